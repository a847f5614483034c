package org.munacademy.contest.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import org.munacademy.contest.boundary.ApplicationFacade;
import org.munacademy.contest.boundary.ContestAttachments;
import org.munacademy.contest.boundary.JuryFacade;
import org.munacademy.contest.boundary.RankingFacade;
import org.munacademy.contest.boundary.SeasonFacade;
import org.munacademy.contest.entity.AggregationMethod;
import org.munacademy.contest.entity.ApplicationRow;
import org.munacademy.contest.entity.ApplicationStatus;
import org.munacademy.contest.entity.AssignmentSummary;
import org.munacademy.contest.entity.ConflictRow;
import org.munacademy.contest.entity.ConflictStatus;
import org.munacademy.contest.entity.JurorData;
import org.munacademy.contest.entity.JurorRow;
import org.munacademy.contest.entity.NominationRow;
import org.munacademy.contest.entity.SeasonRow;
import org.munacademy.contest.entity.SheetStatusRow;
import org.munacademy.contest.entity.StageKind;
import org.munacademy.contest.entity.StageLevel;
import org.munacademy.contest.entity.StageRow;
import org.munacademy.contest.entity.StageStatus;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.ui.Confirmations;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * The contest administrator's desk ({@code contest/admin}): a season, a nomination and a stage; the stage's status
 * with the step buttons (open, start scoring — which fixes the aggregation method —, close, publish) and the method
 * chooser while scoring has not opened; the applications at the stage with their eligibility and, on an open
 * documents stage, the documents check; the jury (seat a juror by username and region, «Назначить жюри» with the
 * summary: loads, conflicts avoided, shortfalls), scoring progress per juror, declared conflicts to confirm or reject,
 * the sheets (reopen one with a reason), and the way to the ranking ({@link RankingStageView}).
 */
@Route(value = "contest/admin", layout = MainLayout.class)
@RolesAllowed({"CONTEST_ADMIN", "ADMIN"})
@Menu(order = 45, title = "contest-admin.menu", icon = "vaadin:trophy")
public class AdminContestView extends VerticalLayout implements HasDynamicTitle {

    private final SeasonFacade seasons;
    private final ApplicationFacade applications;
    private final JuryFacade jury;
    private final RankingFacade rankings;
    private final ContestAttachments attachments;
    private final ComboBox<SeasonRow> season = new ComboBox<>();
    private final ComboBox<NominationRow> nomination = new ComboBox<>();
    private final ComboBox<StageRow> stage = new ComboBox<>();
    private final Div panel = new Div();

    @Inject
    public AdminContestView(SeasonFacade seasons, ApplicationFacade applications, JuryFacade jury,
            RankingFacade rankings, ContestAttachments attachments) {
        this.attachments = attachments;
        this.seasons = seasons;
        this.applications = applications;
        this.jury = jury;
        this.rankings = rankings;
        setId("contest-admin");
        setMaxWidth("90em");
        season.setId("admin-season");
        season.setLabel(getTranslation("contest-admin.season"));
        season.setItems(seasons.seasons());
        season.setItemLabelGenerator(s -> s.code() + " — " + s.title());
        season.setWidth("32em");
        nomination.setId("admin-nomination");
        nomination.setLabel(getTranslation("contest-admin.nomination"));
        nomination.setItemLabelGenerator(NominationRow::title);
        nomination.setWidth("24em");
        stage.setId("admin-stage");
        stage.setLabel(getTranslation("contest-admin.stage"));
        stage.setItemLabelGenerator(s -> s.seq() + ". " + s.title() + " (" + getTranslation("contest-admin.status."
                + s.status().name()) + ")");
        stage.setWidth("28em");
        season.addValueChangeListener(e -> {
            nomination.setItems(e.getValue() == null ? List.of() : e.getValue().nominations());
            nomination.clear();
        });
        nomination.addValueChangeListener(e -> {
            stage.setItems(e.getValue() == null ? List.of() : e.getValue().stages());
            stage.clear();
        });
        stage.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                show(e.getValue());
            } else {
                panel.removeAll();
            }
        });
        HorizontalLayout choose = new HorizontalLayout(season, nomination, stage);
        choose.setWrap(true);
        panel.setId("admin-stage-panel");
        panel.setWidthFull();
        add(new H2(getTranslation("contest-admin.title")), choose, panel);
    }

    private void show(StageRow value) {
        panel.removeAll();
        if (value == null) {
            return;
        }
        StageRow s;
        try {
            s = seasons.stage(value.id());
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
            return;
        }
        panel.add(new H3(s.seq() + ". " + s.title()));
        Paragraph facts = new Paragraph(getTranslation("contest-admin.stage.facts",
                getTranslation("contest-admin.status." + s.status().name()), getTranslation("contest-admin.kind."
                        + s.kind().name()), getTranslation("contest-admin.level." + s.level().name()),
                s.opensOn(), s.closesOn()));
        facts.setId("admin-stage-status");
        panel.add(facts, steps(s));
        safely(() -> applicationsOf(s));
        if (s.kind() == StageKind.JURY || s.kind() == StageKind.FINAL) {
            safely(() -> jurors(s));
            safely(() -> conflicts(s));
            safely(() -> sheets(s));
        }
    }

    private void safely(Supplier<Component> part) {
        try {
            panel.add(part.get());
        } catch (BusinessException e) {
            panel.add(new Paragraph(Messages.of(this, e)));
        }
    }

    private Component steps(StageRow s) {
        boolean scored = s.kind() == StageKind.JURY || s.kind() == StageKind.FINAL;
        ComboBox<AggregationMethod> method = new ComboBox<>(getTranslation("contest-admin.method"));
        method.setId("admin-method");
        method.setItems(AggregationMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("contest-admin.method." + m.name()));
        method.setValue(s.method());
        method.setEnabled(scored && !s.methodFixed());
        method.setWidth("18em");
        method.setHelperText(s.methodFixed() ? getTranslation("contest-admin.method.fixed") : null);
        Button saveMethod = new Button(getTranslation("contest-admin.method.save"), e -> act(() ->
                seasons.setMethod(s.id(), method.getValue(), s.version()), "contest-admin.method.saved"));
        saveMethod.setId("admin-method-save");
        saveMethod.setEnabled(scored && !s.methodFixed());

        Button open = new Button(getTranslation("contest-admin.step.OPEN"), e -> act(() ->
                seasons.open(s.id(), s.version()), "contest-admin.step.done"));
        open.setId("admin-step-open");
        open.setEnabled(s.status() == StageStatus.PLANNED);
        Button scoring = new Button(getTranslation("contest-admin.step.START_SCORING"), e -> Confirmations.affirm(
                "admin-scoring-confirm", getTranslation("contest-admin.step.START_SCORING"),
                getTranslation("contest-admin.step.scoringWarning", getTranslation("contest-admin.method."
                        + s.method().name())), getTranslation("contest-admin.step.START_SCORING"),
                getTranslation("contest-admin.cancel"), () -> act(() -> seasons.startScoring(s.id(), s.version()),
                        "contest-admin.step.done")));
        scoring.setId("admin-step-scoring");
        scoring.setEnabled(scored && s.status() == StageStatus.OPEN);
        Button close = new Button(getTranslation("contest-admin.step.CLOSE"), e -> act(() ->
                rankings.close(s.id(), s.version()), "contest-admin.step.done"));
        close.setId("admin-step-close");
        close.setEnabled(s.status() == (scored ? StageStatus.SCORING : StageStatus.OPEN));
        Button publish = new Button(getTranslation("contest-admin.step.PUBLISH"), e -> Confirmations.affirm(
                "admin-publish-confirm", getTranslation("contest-admin.step.PUBLISH"),
                getTranslation("contest-admin.step.publishWarning"), getTranslation("contest-admin.step.PUBLISH"),
                getTranslation("contest-admin.cancel"), () -> act(() -> rankings.publish(s.id(), s.version()),
                        "contest-admin.step.done")));
        publish.setId("admin-step-publish");
        publish.setEnabled(s.status() == StageStatus.CLOSED);
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        Button ranking = new Button(getTranslation("contest-admin.ranking.open"), e -> getUI().ifPresent(ui ->
                ui.navigate(RankingStageView.class, new RouteParameters("id", String.valueOf(s.id())))));
        ranking.setId("admin-ranking");
        ranking.setEnabled(s.status() == StageStatus.CLOSED || s.status() == StageStatus.PUBLISHED);
        HorizontalLayout row = new HorizontalLayout(method, saveMethod, open, scoring, close, publish, ranking);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void act(Supplier<?> action, String doneKey) {
        try {
            action.get();
            Messages.success(getTranslation(doneKey));
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
        refresh();
    }

    /** Reloads the season (versions and statuses change) and shows the same stage again. */
    private void refresh() {
        if (season.getValue() == null || nomination.getValue() == null || stage.getValue() == null) {
            return;
        }
        long stageId = stage.getValue().id();
        String code = season.getValue().code();
        long nominationId = nomination.getValue().id();
        List<SeasonRow> all = seasons.seasons();
        season.setItems(all);
        all.stream().filter(x -> x.code().equals(code)).findFirst().ifPresent(x -> {
            season.setValue(x);
            x.nominations().stream().filter(n -> n.id() == nominationId).findFirst().ifPresent(n -> {
                nomination.setValue(n);
                n.stages().stream().filter(t -> t.id() == stageId).findFirst().ifPresent(stage::setValue);
            });
        });
    }

    private Component applicationsOf(StageRow s) {
        Div box = new Div();
        box.setId("admin-applications");
        box.add(new H3(getTranslation("contest-admin.applications.title")));
        boolean documents = s.kind() == StageKind.DOCUMENTS && s.status() == StageStatus.OPEN;
        List<ApplicationRow> rows = applications.applications(season.getValue().code(), nomination.getValue().code())
                .stream().filter(a -> a.stageSeq() >= s.seq() || a.status() == ApplicationStatus.INELIGIBLE
                        || a.status() == ApplicationStatus.SUBMITTED).toList();
        NativeTable table = RankingStageView.table("admin-applications-table");
        table.getHead().addRow().add(header("contest-admin.col.number", "contest-admin.col.applicant",
                "contest-admin.col.municipality", "contest-admin.col.status", "contest-admin.col.eligibility",
                "contest-admin.col.actions"));
        NativeTableBody body = table.addBody();
        for (ApplicationRow a : rows) {
            NativeTableRow row = body.addRow();
            row.setId("admin-application-" + a.number());
            String who = a.teamName() == null ? RankingStageView.nullToEmpty(a.applicant())
                    : a.teamName() + " (" + RankingStageView.nullToEmpty(a.applicant()) + ")";
            row.add(RankingStageView.cells(a.number(), who, RankingStageView.nullToEmpty(a.municipality()),
                    getTranslation("contest-admin.applicationStatus." + a.status().name()),
                    a.eligibility().isEmpty() ? getTranslation("contest-admin.eligible")
                            : String.join("; ", a.eligibility())));
            NativeTableCell actions = new NativeTableCell();
            if (hasFileFields()) {
                Button files = new Button(getTranslation("contest.attach.title"), e -> files(a));
                files.setId("admin-attachments-" + a.number());
                files.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                actions.add(files);
            }
            if (documents && a.status() == ApplicationStatus.ACTIVE && a.stageSeq() == s.seq()) {
                TextField note = new TextField();
                note.setPlaceholder(getTranslation("contest-admin.documents.note"));
                note.setId("admin-documents-note-" + a.number());
                Button pass = new Button(getTranslation("contest-admin.documents.pass"), e -> documents(a, s, true,
                        note.getValue()));
                pass.setId("admin-documents-pass-" + a.number());
                Button fail = new Button(getTranslation("contest-admin.documents.fail"), e -> documents(a, s, false,
                        note.getValue()));
                fail.setId("admin-documents-fail-" + a.number());
                fail.addThemeVariants(ButtonVariant.LUMO_ERROR);
                actions.add(new HorizontalLayout(note, pass, fail));
            }
            row.add(actions);
        }
        box.add(rows.isEmpty() ? new Paragraph(getTranslation("contest-admin.applications.none")) : table);
        return box;
    }

    private boolean hasFileFields() {
        return nomination.getValue() != null && nomination.getValue().questionnaire().stream()
                .anyMatch(f -> f.type() == org.munacademy.contest.entity.FieldType.FILE);
    }

    /** The application's files with the names the applicant gave (the read is audited by the boundary). */
    private void files(ApplicationRow a) {
        try {
            List<org.munacademy.contest.entity.AttachmentRow> rows = applications.application(a.id()).attachments();
            Dialog dialog = new Dialog(getTranslation("contest-admin.attachments.title", a.number()));
            dialog.setId("admin-attachments-dialog");
            dialog.add(rows.isEmpty() ? new Paragraph(getTranslation("contest.attach.none"))
                    : AttachmentLinks.of(rows, attachments, "admin-attachments-list", this::getTranslation));
            dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
            dialog.open();
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    private void documents(ApplicationRow a, StageRow s, boolean passed, String note) {
        try {
            applications.decideDocuments(a.id(), s.id(), passed, note);
            Messages.success(getTranslation(passed ? "contest-admin.documents.passed"
                    : "contest-admin.documents.failed", a.number()));
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    private Component jurors(StageRow s) {
        Div box = new Div();
        box.setId("admin-jurors");
        box.add(new H3(getTranslation("contest-admin.jurors.title")));
        List<JurorRow> list = jury.jurors(s.id());
        NativeTable table = RankingStageView.table("admin-jurors-table");
        table.getHead().addRow().add(header("contest-admin.jurors.username", "contest-admin.jurors.name",
                "contest-admin.jurors.region", "contest-admin.jurors.chair", "contest-admin.jurors.assigned",
                "contest-admin.jurors.submitted"));
        NativeTableBody body = table.addBody();
        for (JurorRow j : list) {
            NativeTableRow row = body.addRow();
            row.setId("admin-juror-" + j.username());
            row.add(RankingStageView.cells(j.username(), RankingStageView.nullToEmpty(j.name()),
                    j.region() == null ? "—" : j.region(), j.chair() ? getTranslation("contest-admin.yes") : "",
                    String.valueOf(j.assigned()), String.valueOf(j.submitted())));
        }
        box.add(list.isEmpty() ? new Paragraph(getTranslation("contest-admin.jurors.none")) : table);

        TextField username = new TextField(getTranslation("contest-admin.jurors.username"));
        username.setId("admin-juror-username");
        TextField region = new TextField(getTranslation("contest-admin.jurors.regionCode"));
        region.setId("admin-juror-region");
        region.setVisible(s.level() == StageLevel.REGIONAL);
        Checkbox chair = new Checkbox(getTranslation("contest-admin.jurors.chair"));
        chair.setId("admin-juror-chair");
        boolean seating = s.status() != StageStatus.CLOSED && s.status() != StageStatus.PUBLISHED;
        Button seat = new Button(getTranslation("contest-admin.jurors.seat"), e -> {
            try {
                jury.seat(s.id(), new JurorData(username.getValue(), region.getValue(), chair.getValue()));
                Messages.success(getTranslation("contest-admin.jurors.seated", username.getValue()));
                show(s);
            } catch (BusinessException ex) {
                Messages.error(Messages.of(this, ex));
            }
        });
        seat.setId("admin-juror-seat");
        Paragraph summary = new Paragraph();
        summary.setId("admin-assign-summary");
        Button assign = new Button(getTranslation("contest-admin.jurors.assign"), e -> {
            try {
                AssignmentSummary a = jury.assign(s.id());
                show(s);
                Paragraph shown = new Paragraph(summary(a));
                shown.setId("admin-assign-summary");
                panel.addComponentAtIndex(Math.min(3, panel.getComponentCount()), shown);
            } catch (BusinessException ex) {
                Messages.error(Messages.of(this, ex));
            }
        });
        assign.setId("admin-assign");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setEnabled(s.status() == StageStatus.OPEN || s.status() == StageStatus.SCORING);
        HorizontalLayout form = new HorizontalLayout(username, region, chair, seat, assign);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.setVisible(seating);
        box.add(form);
        return box;
    }

    String summary(AssignmentSummary a) {
        String text = getTranslation("contest-admin.assign.summary", a.applications(), a.pairs(), a.minLoad(),
                a.maxLoad(), a.conflictsAvoided());
        if (a.shortfalls().isEmpty()) {
            return text + " " + getTranslation("contest-admin.assign.noShortfalls");
        }
        return text + " " + getTranslation("contest-admin.assign.shortfalls") + ": " + String.join("; ",
                a.shortfalls());
    }

    private Component conflicts(StageRow s) {
        Div box = new Div();
        box.setId("admin-conflicts");
        box.add(new H3(getTranslation("contest-admin.conflicts.title")));
        List<ConflictRow> list = jury.conflicts(s.id());
        if (list.isEmpty()) {
            box.add(new Paragraph(getTranslation("contest-admin.conflicts.none")));
            return box;
        }
        NativeTable table = RankingStageView.table("admin-conflicts-table");
        table.getHead().addRow().add(header("contest-admin.jurors.username", "contest-admin.col.number",
                "contest-admin.conflicts.kind", "contest-admin.conflicts.statement", "contest-admin.col.status",
                "contest-admin.col.actions"));
        NativeTableBody body = table.addBody();
        for (ConflictRow c : list) {
            NativeTableRow row = body.addRow();
            row.setId("admin-conflict-" + c.id());
            row.add(RankingStageView.cells(c.juror(), c.applicationNumber(),
                    getTranslation("contest-admin.conflictKind." + c.kind().name()),
                    RankingStageView.nullToEmpty(c.statement()),
                    getTranslation("contest-admin.conflictStatus." + c.status().name())));
            NativeTableCell actions = new NativeTableCell();
            if (c.status() == ConflictStatus.DECLARED) {
                Button confirm = new Button(getTranslation("contest-admin.conflicts.confirm"), e ->
                        decide(c, true, s));
                confirm.setId("admin-conflict-confirm-" + c.id());
                Button reject = new Button(getTranslation("contest-admin.conflicts.reject"), e ->
                        decide(c, false, s));
                reject.setId("admin-conflict-reject-" + c.id());
                actions.add(new HorizontalLayout(confirm, reject));
            }
            row.add(actions);
        }
        box.add(table);
        return box;
    }

    private void decide(ConflictRow c, boolean confirmed, StageRow s) {
        try {
            jury.decide(c.id(), confirmed, c.version());
            Messages.success(getTranslation("contest-admin.conflicts.decided"));
            show(s);
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    private Component sheets(StageRow s) {
        Div box = new Div();
        box.setId("admin-sheets");
        box.add(new H3(getTranslation("contest-admin.sheets.title")));
        List<SheetStatusRow> list = jury.sheets(s.id());
        if (list.isEmpty()) {
            box.add(new Paragraph(getTranslation("contest-admin.sheets.none")));
            return box;
        }
        NativeTable table = RankingStageView.table("admin-sheets-table");
        table.getHead().addRow().add(header("contest-admin.col.number", "contest-admin.jurors.username",
                "contest-admin.col.status", "contest-admin.col.actions"));
        NativeTableBody body = table.addBody();
        for (SheetStatusRow x : list) {
            NativeTableRow row = body.addRow();
            row.add(RankingStageView.cells(x.applicationNumber(), x.juror(), getTranslation(x.submitted()
                    ? "contest-admin.sheets.submitted" : "contest-admin.sheets.inProgress")));
            NativeTableCell actions = new NativeTableCell();
            if (x.submitted() && s.status() == StageStatus.SCORING) {
                Button reopen = new Button(getTranslation("contest-admin.sheets.reopen"), e -> reopen(x, s));
                reopen.setId("admin-sheet-reopen-" + x.assignmentId());
                actions.add(reopen);
            }
            row.add(actions);
        }
        box.add(table);
        return box;
    }

    private void reopen(SheetStatusRow x, StageRow s) {
        Dialog d = new Dialog();
        d.setId("admin-reopen-dialog");
        d.setHeaderTitle(getTranslation("contest-admin.sheets.reopenTitle", x.applicationNumber(), x.juror()));
        TextArea reason = new TextArea(getTranslation("contest-admin.sheets.reason"));
        reason.setId("admin-reopen-reason");
        reason.setWidth("30em");
        d.add(reason);
        Button ok = new Button(getTranslation("contest-admin.sheets.reopen"), e -> {
            try {
                jury.reopen(x.assignmentId(), reason.getValue());
                Messages.success(getTranslation("contest-admin.sheets.reopened"));
                d.close();
                show(s);
            } catch (BusinessException ex) {
                Messages.error(Messages.of(this, ex));
            }
        });
        ok.setId("admin-reopen-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("contest-admin.cancel"), e -> d.close()), ok);
        d.open();
    }

    private NativeTableHeaderCell[] header(String... keys) {
        NativeTableHeaderCell[] out = new NativeTableHeaderCell[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = new NativeTableHeaderCell(getTranslation(keys[i]));
            out[i].getStyle().set("text-align", "left").set("padding", "2px 8px");
        }
        return out;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest-admin.title") + " — " + getTranslation("app.name");
    }
}
