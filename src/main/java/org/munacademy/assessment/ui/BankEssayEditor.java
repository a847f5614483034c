package org.munacademy.assessment.ui;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.ItemContent.Criterion;
import org.munacademy.assessment.entity.ItemContent.Essay;
import org.munacademy.assessment.entity.ItemContent.LengthUnit;

/**
 * The essay part of the question editor: the answer template, the length limits, the rubric (one criterion a
 * line, «name; maximum points») and the grader's note. What is wrong (no criterion, a maximum that is no number)
 * is reported by the bank's checks like any other problem of a question.
 */
class BankEssayEditor extends VerticalLayout {

    private final TextArea template = new TextArea();
    private final Select<LengthUnit> unit = new Select<>();
    private final IntegerField min = new IntegerField();
    private final IntegerField max = new IntegerField();
    private final TextArea rubric = new TextArea();
    private final TextArea graderNote = new TextArea();

    BankEssayEditor(Runnable changed) {
        setPadding(false);
        setId("bank-essay");
        template.setId("bank-essay-template");
        template.setLabel(getTranslation("admin.essay.template"));
        unit.setId("bank-essay-unit");
        unit.setLabel(getTranslation("admin.essay.unit"));
        unit.setItems(LengthUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation("assessment.essay.unit." + u.name()));
        unit.setValue(LengthUnit.WORDS);
        min.setId("bank-essay-min");
        min.setLabel(getTranslation("admin.essay.min"));
        min.setMin(0);
        max.setId("bank-essay-max");
        max.setLabel(getTranslation("admin.essay.max"));
        max.setMin(1);
        max.setMax(ItemContent.ESSAY_MAX_CHARACTERS);
        rubric.setId("bank-essay-rubric");
        rubric.setLabel(getTranslation("admin.essay.rubric"));
        rubric.setValue(line(new Criterion("Оценка", 1)));
        graderNote.setId("bank-essay-note");
        graderNote.setLabel(getTranslation("admin.essay.graderNote"));
        for (TextArea area : List.of(template, rubric, graderNote)) {
            area.setWidthFull();
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.addValueChangeListener(e -> changed.run());
        }
        unit.addValueChangeListener(e -> changed.run());
        min.addValueChangeListener(e -> changed.run());
        max.addValueChangeListener(e -> changed.run());
        add(template, new HorizontalLayout(unit, min, max), rubric, graderNote);
    }

    void load(Essay essay) {
        template.setValue(essay.template() == null ? "" : essay.template());
        unit.setValue(essay.unit());
        min.setValue(essay.minLength());
        max.setValue(essay.maxLength());
        rubric.setValue(essay.rubric().stream().map(BankEssayEditor::line).collect(Collectors.joining("\n")));
        graderNote.setValue(essay.graderNote() == null ? "" : essay.graderNote());
    }

    Essay value() {
        return new Essay(template.getValue(), unit.getValue(), min.getValue(), max.getValue(),
                criteria(rubric.getValue()), graderNote.getValue().strip());
    }

    /** «name; maximum» per line; a line without a readable maximum gets 0 (reported by the checks). */
    static List<Criterion> criteria(String text) {
        List<Criterion> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int cut = line.lastIndexOf(';');
            String name = cut < 0 ? line : line.substring(0, cut);
            double points = 0;
            if (cut >= 0) {
                try {
                    points = Double.parseDouble(line.substring(cut + 1).strip().replace(',', '.'));
                } catch (NumberFormatException e) {
                    points = 0;
                }
            }
            out.add(new Criterion(name, points));
        }
        return out;
    }

    private static String line(Criterion c) {
        return c.name() + "; " + BigDecimal.valueOf(c.maxPoints()).stripTrailingZeros().toPlainString();
    }
}
