package org.munacademy.competency.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.munacademy.competency.boundary.EvidenceFacade;
import org.munacademy.competency.boundary.StandardFacade;
import org.munacademy.competency.entity.CurrentLevel;
import org.munacademy.competency.entity.Gap;
import org.munacademy.competency.entity.GapReport;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.entity.PersonCard;
import org.munacademy.organisation.boundary.OrganisationFacade;
import org.munacademy.organisation.entity.PositionGroupRow;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * The employee's own competencies: how well they fit the required profile of their position, as one figure, a
 * chart and a list of gaps with the current level and how trustworthy it is.
 */
@Route(value = "competencies/me", layout = MainLayout.class)
@PermitAll
@Menu(order = 15, title = "competency.my.menu", icon = "vaadin:chart-3d")
public class MyCompetenciesView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public MyCompetenciesView(EvidenceFacade evidence, StandardFacade standards, PersonFacade persons,
            OrganisationFacade organisation) {
        setMaxWidth("72em");
        addClassNames(LumoUtility.Padding.MEDIUM);

        Optional<PersonCard> card = persons.myCard();
        if (card.isEmpty()) {
            add(note("my-no-card", getTranslation("competency.my.noCard")));
            return;
        }
        GapReport report;
        int maxLevel;
        try {
            report = evidence.myGaps();
            String code = report.standardCode();
            maxLevel = standards.published(code).map(v -> standards.framework(v.id()).levels().size())
                    .orElseThrow(() -> new NotFoundException("No published standard " + code));
        } catch (NotFoundException e) {
            add(note("my-no-standard", getTranslation("competency.my.noStandard")));
            return;
        } catch (BusinessException e) {
            add(note("my-error", Messages.of(this, e)));
            return;
        }

        add(summary(card.get(), report, groupName(organisation, report.positionGroupCode())));
        if (report.gaps().isEmpty()) {
            add(note("my-no-profile", getTranslation("competency.my.noProfile")));
            return;
        }
        H3 chartHeading = new H3(getTranslation("competency.my.chart"));
        chartHeading.addClassNames(LumoUtility.FontSize.MEDIUM);
        H3 listHeading = new H3(getTranslation("competency.my.list"));
        listHeading.addClassNames(LumoUtility.FontSize.MEDIUM);
        add(chartHeading, new GapChartPanel(report.gaps(), maxLevel), listHeading, gapGrid(report));
    }

    private Div summary(PersonCard card, GapReport report, String group) {
        Span fit = new Span(GapStyle.percent(report.fit()));
        fit.setId("my-fit");
        fit.addClassNames(LumoUtility.FontSize.XXXLARGE, LumoUtility.FontWeight.BOLD, LumoUtility.TextColor.PRIMARY);
        Span caption = new Span(getTranslation("competency.my.fit"));
        caption.addClassNames(LumoUtility.TextColor.SECONDARY);
        Div figure = new Div(fit, caption);
        figure.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.LARGE,
                LumoUtility.BorderRadius.LARGE, LumoUtility.Background.CONTRAST_5);

        Paragraph profile = new Paragraph(getTranslation("competency.my.profile",
                card.positionName() == null ? "—" : card.positionName(), group == null ? "—" : group,
                report.standardCode(), String.valueOf(report.standardVersion())));
        profile.setId("my-profile");
        profile.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

        Map<Gap.Status, Long> counts = report.gaps().stream()
                .collect(Collectors.groupingBy(Gap::status, Collectors.counting()));
        Div statuses = new Div();
        statuses.setId("my-summary");
        statuses.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        for (Gap.Status s : Gap.Status.values()) {
            if (counts.containsKey(s)) {
                Span badge = GapStyle.badge(this, s);
                badge.setText(GapStyle.label(this, s) + ": " + counts.get(s));
                statuses.add(badge);
            }
        }
        Div text = new Div(profile, statuses);
        text.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
                LumoUtility.JustifyContent.CENTER);
        Div box = new Div(figure, text);
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE);
        return box;
    }

    private Grid<Gap> gapGrid(GapReport report) {
        Grid<Gap> grid = new Grid<>(Gap.class, false);
        grid.setId("gap-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addColumn(g -> g.competencyCode() + " " + g.competencyName())
                .setHeader(getTranslation("competency.gap.competency")).setFlexGrow(3);
        grid.addColumn(g -> g.minLevel() + "–" + g.targetLevel())
                .setHeader(getTranslation("competency.gap.required")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::current).setHeader(getTranslation("competency.gap.current")).setAutoWidth(true)
                .setFlexGrow(1).setTooltipGenerator(g -> g.current() == null || g.current().asOf() == null ? null
                        : getTranslation("competency.gap.asOf", VersionLabels.date(g.current().asOf()),
                                String.valueOf(g.current().pieces())));
        grid.addColumn(new ComponentRenderer<>(g -> GapStyle.badge(this, g.status())))
                .setHeader(getTranslation("competency.gap.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Gap::gap).setHeader(getTranslation("competency.gap.gap")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(report.gaps());
        return grid;
    }

    /** "3 (актуально)", "— (нет данных)". */
    private String current(Gap g) {
        CurrentLevel c = g.current();
        CurrentLevel.State state = c == null ? CurrentLevel.State.NONE : c.state();
        String level = c == null || c.level() == null ? "—" : String.valueOf(c.level());
        return level + " (" + GapStyle.state(this, state) + ")";
    }

    private static String groupName(OrganisationFacade organisation, String code) {
        if (code == null) {
            return null;
        }
        Function<PositionGroupRow, String> name = VersionLabels.english() ? PositionGroupRow::nameEn
                : PositionGroupRow::nameRu;
        return organisation.positionGroups().stream().filter(g -> code.equals(g.code())).findFirst().map(name)
                .orElse(code);
    }

    private Paragraph note(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Background.CONTRAST_5, LumoUtility.BorderRadius.MEDIUM);
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("competency.my.title");
    }
}
