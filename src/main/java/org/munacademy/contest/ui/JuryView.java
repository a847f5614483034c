package org.munacademy.contest.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.munacademy.contest.boundary.JuryFacade;
import org.munacademy.contest.boundary.SeasonFacade;
import org.munacademy.contest.entity.AssignmentRow;
import org.munacademy.contest.entity.ConflictRow;
import org.munacademy.contest.entity.SeasonRow;
import org.munacademy.contest.entity.SeasonStatus;
import org.munacademy.contest.entity.StageRow;
import org.munacademy.contest.entity.StageStatus;
import org.munacademy.identity.entity.Role;
import org.munacademy.shared.ui.MainLayout;

/**
 * «Мои оценочные листы» ({@code contest/jury}): the applications assigned to the juror — by number only on a blind
 * stage — with the sheet's state ({@code #jury-assignments}), the progress ({@code #jury-progress}), a button to score
 * ({@code #jury-open-<assignmentId>}) and one to declare a conflict of interest
 * ({@code #jury-conflict-<assignmentId>}), and the juror's declarations with their decisions ({@code #jury-conflicts}).
 */
@Route(value = "contest/jury", layout = MainLayout.class)
@RolesAllowed(Role.JUROR_NAME)
@Menu(order = 29, title = "contest.jury.menu", icon = "vaadin:gavel")
public class JuryView extends VerticalLayout implements HasDynamicTitle {

    private final JuryFacade jury;
    private final SeasonFacade seasons;

    @Inject
    public JuryView(JuryFacade jury, SeasonFacade seasons) {
        this.jury = jury;
        this.seasons = seasons;
        setId("jury");
        setMaxWidth("80em");
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H2(getTranslation("contest.jury.title")));
        List<AssignmentRow> mine = jury.mine();
        long submitted = mine.stream().filter(AssignmentRow::submitted).count();
        Span progressText = new Span(getTranslation("contest.jury.progress", submitted, mine.size()));
        progressText.setId("jury-progress");
        ProgressBar bar = new ProgressBar(0, Math.max(1, mine.size()), submitted);
        bar.setWidth("20em");
        add(new HorizontalLayout(bar, progressText));
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("contest.jury.none"));
            none.setId("jury-none");
            add(none);
        } else {
            add(assignments(mine));
        }
        add(new H3(getTranslation("contest.jury.conflicts")), conflicts(mine));
    }

    private Component assignments(List<AssignmentRow> mine) {
        Grid<AssignmentRow> grid = new Grid<>(AssignmentRow.class, false);
        grid.setId("jury-assignments");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AssignmentRow::applicationNumber).setHeader(getTranslation("contest.jury.col.number"))
                .setAutoWidth(true);
        grid.addColumn(AssignmentRow::nominationTitle).setHeader(getTranslation("contest.jury.col.nomination"))
                .setFlexGrow(1);
        grid.addColumn(a -> a.stageTitle() + (a.live() ? " (" + getTranslation("contest.jury.live") + ")" : ""))
                .setHeader(getTranslation("contest.jury.col.stage")).setFlexGrow(1);
        grid.addColumn(a -> a.applicant() == null ? getTranslation("contest.jury.blind")
                : a.applicant() + (a.municipality() == null ? "" : ", " + a.municipality()))
                .setHeader(getTranslation("contest.jury.col.applicant")).setFlexGrow(1);
        grid.addComponentColumn(a -> {
            Span s = new Span(getTranslation(a.submitted() ? "contest.jury.state.submitted"
                    : "contest.jury.state.open"));
            s.getElement().getThemeList().add(a.submitted() ? "badge success" : "badge");
            s.setId("jury-state-" + a.id());
            return s;
        }).setHeader(getTranslation("contest.jury.col.state")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Button open = new Button(getTranslation("contest.jury.open"), e -> getUI().ifPresent(ui -> ui.navigate(
                    ScoreSheetView.class, new RouteParameters("assignmentId", String.valueOf(a.id())))));
            open.setId("jury-open-" + a.id());
            open.addThemeVariants(a.submitted() ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY);
            Div buttons = new Div(open);
            if (!a.submitted()) {
                Button conflict = new Button(getTranslation("contest.jury.conflict"), e -> new JuryConflictDialog(
                        jury, a.stageId(), a.applicationId(), a.applicationNumber(), this::refresh).open());
                conflict.setId("jury-conflict-" + a.id());
                conflict.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                buttons.add(conflict);
            }
            return buttons;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(mine);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The juror's declarations on the stages of their assignments and on every stage now open or scoring. */
    private Component conflicts(List<AssignmentRow> mine) {
        Set<Long> stages = new LinkedHashSet<>();
        mine.forEach(a -> stages.add(a.stageId()));
        for (SeasonRow s : seasons.seasons()) {
            if (s.status() == SeasonStatus.OPEN) {
                s.nominations().stream().flatMap(n -> n.stages().stream())
                        .filter(x -> x.status() == StageStatus.OPEN || x.status() == StageStatus.SCORING)
                        .map(StageRow::id).forEach(stages::add);
            }
        }
        List<ConflictRow> rows = new ArrayList<>();
        stages.forEach(id -> rows.addAll(jury.conflicts(id)));
        UnorderedList list = new UnorderedList();
        list.setId("jury-conflicts");
        if (rows.isEmpty()) {
            list.add(new ListItem(getTranslation("contest.jury.conflicts.none")));
        }
        for (ConflictRow c : rows) {
            list.add(new ListItem(getTranslation("contest.jury.conflictLine", c.applicationNumber(),
                    getTranslation("contest.jury.conflictKind." + c.kind().name()),
                    getTranslation("contest.jury.conflictStatus." + c.status().name()))));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest.jury.title");
    }
}
