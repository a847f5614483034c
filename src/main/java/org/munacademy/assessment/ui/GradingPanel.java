package org.munacademy.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.munacademy.assessment.boundary.GradingFacade;
import org.munacademy.assessment.entity.AttemptStatus;
import org.munacademy.assessment.entity.EssayToGrade;
import org.munacademy.assessment.entity.GradeAck;
import org.munacademy.assessment.entity.GradeInput;
import org.munacademy.assessment.entity.RichText;
import org.munacademy.assessment.entity.ItemContent.Criterion;
import org.munacademy.assessment.entity.RegradeInput;
import org.munacademy.assessment.entity.TestRow;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.entity.FileRefs;
import org.munacademy.shared.ui.Messages;

/**
 * The grading queue and form «Проверка ответов» shows to methodologists and administrators ({@link GradingView}) and
 * to a test's assessors ({@link AssessorGradingView}): the essays awaiting grading the caller may grade, oldest first
 * (a filter by the caller's tests), and the grading form of the one picked: the question, the grader's note, the
 * answer, a mark per rubric criterion and a comment. Under blind grading the grid and the form show «Ответ № A-…»
 * (the attempt code) only. Opening an answer goes through the facade (audited with the taker's id). Methodologists
 * and administrators switch to the graded essays of final results to regrade one, with a reason.
 */
class GradingPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Moscow"));

    private final GradingFacade grading;
    private final ComboBox<TestRow> test = new ComboBox<>();
    private final Grid<EssayToGrade> grid = new Grid<>(EssayToGrade.class, false);
    private final Paragraph empty = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Div form = new Div();
    private final List<NumberField> points = new ArrayList<>();
    private final TextArea comment = new TextArea();
    private final TextField reason = new TextField();
    private final Checkbox regrading = new Checkbox();
    private EssayToGrade current;

    GradingPanel(GradingFacade grading) {
        this.grading = grading;
        setSizeFull();
        setPadding(false);
        test.setId("grading-test");
        test.setLabel(getTranslation("grading.filter.test"));
        test.setItems(grading.tests());
        test.setItemLabelGenerator(t -> t.code() + " — " + t.title());
        test.setClearButtonVisible(true);
        test.setWidth("24em");
        test.addValueChangeListener(e -> refresh());

        grid.setId("grading-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(this::taker).setHeader(getTranslation("grading.column.taker")).setAutoWidth(true);
        grid.addColumn(EssayToGrade::testCode).setHeader(getTranslation("grading.column.test")).setAutoWidth(true);
        grid.addColumn(e -> shorten(FileRefs.plain(RichText.plain(e.stem()))))
                .setHeader(getTranslation("grading.column.question"))
                .setFlexGrow(1);
        grid.addColumn(e -> e.finishedAt() == null ? "" : WHEN.format(e.finishedAt()))
                .setHeader(getTranslation("grading.column.finished")).setAutoWidth(true);
        grid.setHeight("16em");
        grid.asSingleSelect().addValueChangeListener(e -> open(e.getValue()));

        empty.setId("grading-empty");
        empty.setText(getTranslation("grading.empty"));
        status.setId("grading-status");
        form.setId("grading-form");
        form.setWidthFull();
        comment.setId("grading-comment");
        comment.setLabel(getTranslation("grading.comment"));
        comment.setMaxLength(FieldLimits.DESCRIPTION);
        comment.setWidthFull();

        reason.setId("grading-reason");
        reason.setLabel(getTranslation("grading.reason"));
        reason.setMaxLength(300);
        reason.setWidthFull();
        regrading.setId("grading-regrade-mode");
        regrading.setLabel(getTranslation("grading.regradeMode"));
        regrading.setVisible(grading.gradesAll());
        regrading.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(test, regrading);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("grading.title")), filters, grid, empty, status, form);
        refresh();
    }

    private void refresh() {
        TestRow t = test.getValue();
        Long id = t == null ? null : t.id();
        List<EssayToGrade> rows = regrading.getValue() ? grading.graded(id, 0, GradingFacade.MAX_PAGE)
                : grading.queue(id, 0, GradingFacade.MAX_PAGE);
        grid.setItems(rows);
        empty.setText(getTranslation(regrading.getValue() ? "grading.emptyGraded" : "grading.empty"));
        empty.setVisible(rows.isEmpty());
        open(null);
    }

    private String taker(EssayToGrade e) {
        return e.blind() ? getTranslation("grading.blind.answer", e.attemptCode()) : e.taker();
    }

    private void open(EssayToGrade picked) {
        current = null;
        form.removeAll();
        points.clear();
        if (picked == null) {
            return;
        }
        EssayToGrade e;
        try {
            e = grading.open(picked.attemptId(), picked.itemId());
        } catch (BusinessException ex) {
            status.setText(Messages.of(this, ex));
            return;
        }
        current = e;
        H4 who = new H4(taker(e) + " · " + e.testCode() + (e.blind() ? "" : " · " + e.attemptCode()));
        who.setId("grading-taker");
        Paragraph question = paragraph("grading-question", RichText.plain(e.stem()));
        Paragraph answer = paragraph("grading-answer", e.answer());
        answer.addClassNames(LumoUtility.Background.CONTRAST_5, LumoUtility.Padding.SMALL);
        form.add(who, caption("grading.question"), question, caption("grading.answer"), answer);
        if (e.essay().graderNote() != null) {
            form.add(caption("grading.graderNote"), paragraph("grading-note", e.essay().graderNote()));
        }
        int i = 0;
        for (Criterion c : e.essay().rubric()) {
            NumberField field = new NumberField(getTranslation("grading.criterion", c.name(), number(c.maxPoints())));
            field.setId("grading-points-" + i++);
            field.setMin(0);
            field.setMax(c.maxPoints());
            field.setStep(0.5);
            field.setStepButtonsVisible(true);
            points.add(field);
            form.add(new Div(field));
        }
        comment.clear();
        reason.clear();
        Button save = new Button(getTranslation(regrading.getValue() ? "grading.regrade" : "grading.save"),
                click -> save());
        save.setId("grading-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(comment);
        if (regrading.getValue()) {
            form.add(reason);
        }
        form.add(save);
        status.setText("");
    }

    private void save() {
        if (current == null) {
            return;
        }
        List<Double> marks = points.stream().map(NumberField::getValue).toList();
        try {
            GradeAck ack = regrading.getValue()
                    ? grading.regrade(current.attemptId(), current.itemId(), new RegradeInput(new ArrayList<>(marks),
                            comment.getValue(), current.version(), reason.getValue()))
                    : grading.grade(current.attemptId(), current.itemId(),
                            new GradeInput(new ArrayList<>(marks), comment.getValue(), current.version()));
            String text = ack.status() == AttemptStatus.FINISHED
                    ? getTranslation("grading.final", number(ack.percent() == null ? 0 : ack.percent()))
                    : getTranslation("grading.saved", ack.essaysLeft());
            Messages.success(text);
            refresh();
            status.setText(text);
        } catch (BusinessException ex) {
            status.setText(Messages.of(this, ex));
        }
    }

    private Paragraph paragraph(String id, String text) {
        Paragraph p = new Paragraph(FileRefs.plain(text == null ? "" : text));
        p.setId(id);
        p.getStyle().set("white-space", "pre-wrap");
        return p;
    }

    private Paragraph caption(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Margin.Bottom.NONE);
        return p;
    }

    private static String shorten(String text) {
        String line = text.replace('\n', ' ');
        return line.length() <= 90 ? line : line.substring(0, 89) + "…";
    }

    private static String number(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
