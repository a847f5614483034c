package org.munacademy.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.munacademy.assessment.boundary.GradingFacade;
import org.munacademy.assessment.boundary.TestFacade;
import org.munacademy.assessment.entity.AttemptStatus;
import org.munacademy.assessment.entity.EssayToGrade;
import org.munacademy.assessment.entity.GradeAck;
import org.munacademy.assessment.entity.GradeInput;
import org.munacademy.assessment.entity.ItemContent.Criterion;
import org.munacademy.assessment.entity.RichText;
import org.munacademy.assessment.entity.TestRow;
import org.munacademy.identity.entity.Role;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.entity.FileRefs;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * «Проверка ответов»: the essays awaiting grading, oldest first (a test filter), and the grading form of the one
 * picked: the question, the grader's note, the answer, a mark per rubric criterion and a comment. Under blind
 * grading the grid and the form show the attempt code only.
 */
@Route(value = "assessment/grading", layout = MainLayout.class)
@RolesAllowed({Role.METHODOLOGIST_NAME, Role.ADMIN_NAME})
@Menu(order = 17, title = "grading.menu", icon = "vaadin:edit")
public class GradingView extends VerticalLayout implements HasDynamicTitle {

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
    private EssayToGrade current;

    @Inject
    public GradingView(GradingFacade grading, TestFacade tests) {
        this.grading = grading;
        setSizeFull();
        test.setId("grading-test");
        test.setLabel(getTranslation("grading.filter.test"));
        test.setItems(tests.list());
        test.setItemLabelGenerator(t -> t.code() + " — " + t.title());
        test.setClearButtonVisible(true);
        test.setWidth("24em");
        test.addValueChangeListener(e -> refresh());

        grid.setId("grading-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(EssayToGrade::taker).setHeader(getTranslation("grading.column.taker")).setAutoWidth(true);
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

        add(new H3(getTranslation("grading.title")), test, grid, empty, status, form);
        refresh();
    }

    private void refresh() {
        TestRow t = test.getValue();
        List<EssayToGrade> rows = grading.queue(t == null ? null : t.id(), 0, GradingFacade.MAX_PAGE);
        grid.setItems(rows);
        empty.setVisible(rows.isEmpty());
        open(null);
    }

    private void open(EssayToGrade e) {
        current = e;
        form.removeAll();
        points.clear();
        if (e == null) {
            return;
        }
        H4 who = new H4(e.taker() + " · " + e.testCode() + " · " + e.attemptCode());
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
        Button save = new Button(getTranslation("grading.save"), click -> save());
        save.setId("grading-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(comment, save);
        status.setText("");
    }

    private void save() {
        if (current == null) {
            return;
        }
        List<Double> marks = points.stream().map(NumberField::getValue).toList();
        try {
            GradeAck ack = grading.grade(current.attemptId(), current.itemId(),
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

    @Override
    public String getPageTitle() {
        return getTranslation("grading.title");
    }
}
