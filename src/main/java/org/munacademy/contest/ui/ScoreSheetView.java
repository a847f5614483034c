package org.munacademy.contest.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.munacademy.contest.boundary.JuryFacade;
import org.munacademy.contest.boundary.SeasonFacade;
import org.munacademy.contest.entity.AssignmentRow;
import org.munacademy.contest.entity.CriterionRow;
import org.munacademy.contest.entity.NominationRow;
import org.munacademy.contest.entity.ScoreSheet;
import org.munacademy.contest.entity.SheetData;
import org.munacademy.contest.entity.StageKind;
import org.munacademy.contest.entity.StageStatus;
import org.munacademy.identity.entity.Role;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.ui.Confirmations;
import org.munacademy.shared.ui.ErrorList;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * A juror's score sheet ({@code contest/jury/<assignmentId>}), for a jury stage and for the live final alike: the
 * application's answers ({@code #sheet-answer-<code>}; no name on a blind stage), its files
 * ({@code #sheet-attachments}: downloads named by the questionnaire's labels on a blind stage, never a photo there),
 * the rubric with each criterion's weight and the anchored descriptors of a 1, a 3 and a 5 beside it, large score
 * buttons 1..max
 * ({@code #sheet-score-<criterion>-<n>}, tablet-friendly), the running total ({@code #sheet-total}), a remark
 * ({@code #sheet-remark}), «Сохранить черновик» ({@code #sheet-save}), «Отправить оценки» ({@code #sheet-submit},
 * confirmed in {@code #sheet-submit-confirm}: after submission the scores cannot be changed) and a conflict
 * declaration ({@code #sheet-conflict}). The other jurors' sheets ({@code #sheet-others}) appear only once the
 * boundary says so ({@code ScoreSheet.othersVisible}: after the juror's own submission, for a live final after the
 * round is closed); before that {@code #sheet-others-hidden} says when they will.
 */
@Route(value = "contest/jury/:assignmentId", layout = MainLayout.class)
@RolesAllowed(Role.JUROR_NAME)
public class ScoreSheetView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Up to this maximum a criterion gets one button per score; above it a number field. */
    static final int MAX_BUTTONS = 10;

    private final JuryFacade jury;
    private final SeasonFacade seasons;
    private final Map<String, Integer> scores = new HashMap<>();
    private final Map<String, Map<Integer, Button>> buttons = new HashMap<>();
    private final ErrorList errors = new ErrorList("sheet-errors");
    private ScoreSheet sheet;
    private Span total;
    private TextArea remark;
    private String title = "";

    private final org.munacademy.contest.boundary.RankingFacade rankings;
    private final org.munacademy.contest.boundary.ContestAttachments attachments;

    @Inject
    public ScoreSheetView(JuryFacade jury, SeasonFacade seasons,
            org.munacademy.contest.boundary.RankingFacade rankings,
            org.munacademy.contest.boundary.ContestAttachments attachments) {
        this.attachments = attachments;
        this.jury = jury;
        this.seasons = seasons;
        this.rankings = rankings;
        setId("sheet");
        setMaxWidth("80em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = Long.parseLong(event.getRouteParameters().get("assignmentId").orElse(""));
            render(jury.sheet(id));
        } catch (NumberFormatException e) {
            problem(getTranslation("contest.sheet.missing"));
        } catch (BusinessException e) {
            problem(Messages.of(this, e));
        }
    }

    private void problem(String text) {
        removeAll();
        Paragraph p = new Paragraph(text);
        p.setId("sheet-problem");
        add(back(), p);
    }

    private RouterLink back() {
        RouterLink back = new RouterLink(getTranslation("contest.sheet.back"), JuryView.class);
        back.setId("sheet-back");
        return back;
    }

    private void render(ScoreSheet s) {
        this.sheet = s;
        removeAll();
        scores.clear();
        scores.putAll(s.scores());
        buttons.clear();
        errors.clear();
        title = getTranslation("contest.sheet.title", s.applicationNumber());
        H2 heading = new H2(title);
        heading.setId("sheet-number");
        Span stage = new Span(getTranslation("contest.sheet.stage", s.stage().title(), getTranslation(
                s.submitted() ? "contest.jury.state.submitted" : "contest.jury.state.open")));
        stage.setId("sheet-state");
        stage.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(back(), heading, stage);
        if (s.applicant() != null) {
            add(new Span(getTranslation("contest.sheet.applicant", s.applicant(),
                    s.municipality() == null ? "" : s.municipality())));
        }
        add(answers(s));
        if (!s.attachments().isEmpty()) {
            add(new H3(getTranslation("contest.attach.title")),
                    AttachmentLinks.of(s.attachments(), attachments, "sheet-attachments", this::getTranslation));
        }
        add(new H3(getTranslation("contest.sheet.rubric")));
        boolean editable = editable();
        s.stage().criteria().forEach(c -> add(criterion(c, editable)));
        total = new Span();
        total.setId("sheet-total");
        total.addClassNames(LumoUtility.FontWeight.BOLD, LumoUtility.FontSize.LARGE);
        updateTotal();
        remark = new TextArea(getTranslation("contest.sheet.remark"));
        remark.setId("sheet-remark");
        remark.setWidthFull();
        remark.setMaxLength(FieldLimits.CONTEST_NOTE);
        remark.setValue(s.remark() == null ? "" : s.remark());
        remark.setReadOnly(!editable);
        add(total, remark, errors);
        if (editable) {
            Button save = new Button(getTranslation("contest.sheet.save"), e -> save(false));
            save.setId("sheet-save");
            save.addThemeVariants(ButtonVariant.LUMO_LARGE);
            Button submit = new Button(getTranslation("contest.sheet.submit"), e -> Confirmations.affirm(
                    "sheet-submit-confirm", getTranslation("contest.sheet.submit.title"),
                    getTranslation("contest.sheet.submit.text"), getTranslation("contest.sheet.submit.ok"),
                    getTranslation("common.cancel"), () -> save(true)));
            submit.setId("sheet-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            Button conflict = new Button(getTranslation("contest.jury.conflict"), e -> conflict());
            conflict.setId("sheet-conflict");
            conflict.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            HorizontalLayout actions = new HorizontalLayout(save, submit, conflict);
            actions.setAlignItems(FlexComponent.Alignment.CENTER);
            add(actions);
        } else {
            Paragraph locked = new Paragraph(getTranslation(s.submitted() ? "contest.sheet.locked"
                    : "contest.sheet.notScoring"));
            locked.setId("sheet-locked");
            add(locked);
        }
        if (s.stage().kind() == StageKind.FINAL && s.stage().status() == StageStatus.SCORING
                && jury.chairs(s.stage().id())) {
            // the live final: the chair closes the round; only then do the jurors see each other's scores
            Button closeRound = new Button(getTranslation("contest.sheet.closeRound"), e -> Confirmations.affirm(
                    "sheet-close-round-confirm", getTranslation("contest.sheet.closeRound"),
                    getTranslation("contest.sheet.closeRound.text"), getTranslation("contest.sheet.closeRound"),
                    getTranslation("common.cancel"), this::closeRound));
            closeRound.setId("sheet-close-round");
            closeRound.addThemeVariants(ButtonVariant.LUMO_LARGE);
            add(closeRound);
        }
        add(others(s));
    }

    private void closeRound() {
        try {
            rankings.closeRound(sheet.stage().id(), sheet.stage().version());
            Messages.success(getTranslation("contest.sheet.roundClosed"));
            render(jury.sheet(sheet.assignmentId()));
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    private boolean editable() {
        return !sheet.submitted() && sheet.stage().status() == StageStatus.SCORING;
    }

    /** The answers under the questionnaire's labels, in the questionnaire's order (unknown codes last). */
    private Component answers(ScoreSheet s) {
        Div box = new Div();
        box.setId("sheet-answers");
        box.add(new H3(getTranslation("contest.sheet.answers")));
        Map<String, String> labels = new LinkedHashMap<>();
        seasons.seasons().stream().flatMap(x -> x.nominations().stream())
                .filter(n -> n.id() == s.stage().nominationId()).findFirst().map(NominationRow::questionnaire)
                .orElse(List.of()).forEach(f -> labels.put(f.code(), f.label()));
        s.answers().keySet().forEach(code -> labels.putIfAbsent(code, code));
        labels.forEach((code, label) -> {
            String value = s.answers().get(code);
            if (value != null) {
                H4 l = new H4(label);
                l.addClassNames(LumoUtility.Margin.Bottom.XSMALL);
                Paragraph p = new Paragraph(value);
                p.setId("sheet-answer-" + code);
                p.getStyle().set("white-space", "pre-wrap");
                box.add(l, p);
            }
        });
        return box;
    }

    private Component criterion(CriterionRow c, boolean editable) {
        Div card = new Div();
        card.setId("sheet-criterion-" + c.code());
        card.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.MEDIUM,
                LumoUtility.Margin.Bottom.SMALL);
        card.setWidthFull();
        card.getStyle().set("box-sizing", "border-box");
        H4 name = new H4(c.title());
        name.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
        Span weight = new Span(getTranslation("contest.sheet.weight", percent(c.weight()), c.maxScore()));
        weight.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Div anchors = new Div();
        anchors.addClassNames(LumoUtility.Display.GRID, LumoUtility.Gap.MEDIUM, LumoUtility.FontSize.SMALL);
        anchors.getStyle().set("grid-template-columns", "repeat(auto-fit, minmax(14em, 1fr))");
        anchor(anchors, "contest.sheet.anchor.low", c.anchorLow());
        anchor(anchors, "contest.sheet.anchor.mid", c.anchorMid());
        anchor(anchors, "contest.sheet.anchor.high", c.anchorHigh());
        card.add(name, weight, anchors, scoreInput(c, editable));
        return card;
    }

    private static void anchor(Div anchors, String key, String text) {
        if (text != null && !text.isBlank()) {
            Paragraph p = new Paragraph(anchors.getTranslation(key, text));
            p.addClassNames(LumoUtility.Margin.NONE);
            anchors.add(p);
        }
    }

    private Component scoreInput(CriterionRow c, boolean editable) {
        if (c.maxScore() > MAX_BUTTONS) {
            IntegerField field = new IntegerField();
            field.setId("sheet-score-" + c.code());
            field.setMin(1);
            field.setMax(c.maxScore());
            field.setStepButtonsVisible(true);
            field.setValue(scores.get(c.code()));
            field.setReadOnly(!editable);
            field.addValueChangeListener(e -> {
                scores.put(c.code(), e.getValue());
                updateTotal();
            });
            return field;
        }
        HorizontalLayout row = new HorizontalLayout();
        row.setId("sheet-scores-" + c.code());
        row.getStyle().set("flex-wrap", "wrap");
        Map<Integer, Button> mine = new HashMap<>();
        for (int n = 1; n <= c.maxScore(); n++) {
            int value = n;
            Button b = new Button(String.valueOf(n), e -> choose(c.code(), value));
            b.setId("sheet-score-" + c.code() + "-" + n);
            b.addThemeVariants(ButtonVariant.LUMO_LARGE);
            b.setMinWidth("3.5em");
            b.setHeight("3em");
            b.setEnabled(editable);
            mine.put(n, b);
            row.add(b);
        }
        buttons.put(c.code(), mine);
        highlight(c.code());
        return row;
    }

    /** A click on the chosen score clears it; any other sets it. */
    private void choose(String criterion, int value) {
        Integer old = scores.get(criterion);
        scores.put(criterion, old != null && old == value ? null : value);
        highlight(criterion);
        updateTotal();
    }

    private void highlight(String criterion) {
        Integer chosen = scores.get(criterion);
        buttons.getOrDefault(criterion, Map.of()).forEach((n, b) -> {
            if (chosen != null && chosen.equals(n)) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                b.getElement().setAttribute("aria-pressed", "true");
            } else {
                b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
                b.getElement().setAttribute("aria-pressed", "false");
            }
        });
    }

    private void updateTotal() {
        total.setText(getTranslation("contest.sheet.total", format(ScoreMath.weightedMean(sheet.stage().criteria(),
                scores))));
    }

    private String format(double value) {
        DecimalFormat f = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(getLocale() == null
                ? Locale.ROOT : getLocale()));
        return f.format(value);
    }

    private static String percent(BigDecimal weight) {
        return weight.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    private void save(boolean submit) {
        errors.clear();
        try {
            ScoreSheet saved = jury.save(sheet.assignmentId(), new SheetData(sheet.version(), new HashMap<>(scores),
                    remark.getValue(), submit));
            Messages.success(getTranslation(submit ? "contest.sheet.submitted" : "contest.sheet.saved"));
            render(saved);
        } catch (InvalidInputException e) {
            errors.showFields(Messages.fields(this, e));
            Messages.error(Messages.of(this, e));
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    private void conflict() {
        jury.mine().stream().filter(a -> a.id() == sheet.assignmentId()).findFirst().map(AssignmentRow::applicationId)
                .ifPresent(app -> new JuryConflictDialog(jury, sheet.stage().id(), app, sheet.applicationNumber(),
                        () -> getUI().ifPresent(ui -> ui.navigate(JuryView.class))).open());
    }

    private Component others(ScoreSheet s) {
        Div box = new Div();
        box.setWidthFull();
        box.add(new H3(getTranslation("contest.sheet.others")));
        if (!s.othersVisible()) {
            Paragraph hidden = new Paragraph(getTranslation(s.submitted() && s.stage().kind() == StageKind.FINAL
                    ? "contest.sheet.others.live" : "contest.sheet.others.hidden"));
            hidden.setId("sheet-others-hidden");
            box.add(hidden);
            return box;
        }
        if (s.others().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("contest.sheet.others.none"));
            none.setId("sheet-others");
            box.add(none);
            return box;
        }
        Grid<ScoreSheet.OtherSheet> grid = new Grid<>(ScoreSheet.OtherSheet.class, false);
        grid.setId("sheet-others");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ScoreSheet.OtherSheet::juror).setHeader(getTranslation("contest.sheet.others.juror"))
                .setAutoWidth(true);
        for (CriterionRow c : s.stage().criteria()) {
            grid.addColumn(o -> o.scores().get(c.code()) == null ? "" : String.valueOf(o.scores().get(c.code())))
                    .setHeader(c.title()).setAutoWidth(true);
        }
        grid.addColumn(o -> format(o.total())).setHeader(getTranslation("contest.sheet.others.total"))
                .setAutoWidth(true);
        grid.setItems(s.others());
        grid.setAllRowsVisible(true);
        box.add(grid);
        return box;
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("contest.jury.title") : title;
    }
}
