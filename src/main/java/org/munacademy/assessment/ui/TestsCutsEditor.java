package org.munacademy.assessment.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.munacademy.assessment.entity.CutScore;

/**
 * Cut scores of a test: the default row (from what per cent of a competency's points a taker attains each
 * level) and optional rows for competencies with their own cuts. New tests start from the academy's default
 * cuts (40, 60, 75, 90 % on a four-level scale).
 */
class TestsCutsEditor extends VerticalLayout {

    private final BankScale scale;
    private final Runnable changed;
    private final List<Integer> levels;
    private final Map<Integer, NumberField> defaults = new LinkedHashMap<>();
    private final BankRows<OverrideRow> overrides;

    TestsCutsEditor(BankScale scale, Runnable changed) {
        this.scale = scale;
        this.changed = changed;
        this.levels = scale.levelNumbers().isEmpty() ? List.of(1, 2, 3, 4) : scale.levelNumbers();
        setPadding(false);
        setSpacing(false);
        HorizontalLayout defaultRow = new HorizontalLayout();
        defaultRow.setId("tests-cuts-default");
        defaultRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        defaultRow.addClassNames(LumoUtility.FlexWrap.WRAP);
        for (int level : levels) {
            NumberField field = percent();
            field.setLabel(getTranslation("admin.tests.cuts.level", level));
            field.setTooltipText(scale.level(level));
            field.setId("tests-cut-" + level);
            defaults.put(level, field);
            defaultRow.add(field);
        }
        Paragraph overridesHelp = new Paragraph(getTranslation("admin.tests.cuts.overridesHelp"));
        overridesHelp.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY,
                LumoUtility.Margin.Bottom.NONE);
        overrides = new BankRows<>("tests-cut-overrides", getTranslation("admin.tests.cuts.addOverride"),
                OverrideRow::new, false, changed);
        add(defaultRow, overridesHelp, overrides);
        load(List.of());
    }

    private NumberField percent() {
        NumberField field = new NumberField();
        field.setSuffixComponent(new Span("%"));
        field.setMin(0);
        field.setMax(100);
        field.setWidth("9em");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> changed.run());
        return field;
    }

    /** Shows a test's cuts; without default cuts the academy's defaults are filled in. */
    void load(List<CutScore> cuts) {
        List<Double> standard = standardCuts(levels.size());
        for (int i = 0; i < levels.size(); i++) {
            int level = levels.get(i);
            Double own = cuts.stream().filter(c -> c.competencyCode() == null && c.level() == level)
                    .map(CutScore::minPercent).findFirst().orElse(null);
            boolean anyDefault = cuts.stream().anyMatch(c -> c.competencyCode() == null);
            defaults.get(level).setValue(anyDefault ? own : standard.get(i));
        }
        overrides.clear();
        cuts.stream().map(CutScore::competencyCode).filter(Objects::nonNull).distinct().forEach(code -> {
            OverrideRow row = overrides.addRow();
            row.competency.setValue(code);
            cuts.stream().filter(c -> code.equals(c.competencyCode())).forEach(c -> {
                NumberField field = row.fields.get(c.level());
                if (field != null) {
                    field.setValue(c.minPercent());
                }
            });
        });
    }

    List<CutScore> value() {
        List<CutScore> out = new ArrayList<>();
        defaults.forEach((level, field) -> {
            if (field.getValue() != null) {
                out.add(new CutScore(null, level, field.getValue()));
            }
        });
        for (OverrideRow row : overrides.rows()) {
            if (row.competency.getValue() == null) {
                continue;
            }
            row.fields.forEach((level, field) -> {
                if (field.getValue() != null) {
                    out.add(new CutScore(row.competency.getValue(), level, field.getValue()));
                }
            });
        }
        return out;
    }

    void setEditable(boolean editable) {
        defaults.values().forEach(f -> f.setReadOnly(!editable));
        overrides.setEditable(editable);
        overrides.rows().forEach(r -> r.setEnabled(editable));
    }

    /** The academy's default cuts: 40 % for level 1 to 90 % for the last level (40, 60, 75, 90 for four). */
    static List<Double> standardCuts(int count) {
        if (count == 4) {
            return List.of(40.0, 60.0, 75.0, 90.0);
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(count == 1 ? 40.0 : (double) Math.round(40 + 50.0 * i / (count - 1)));
        }
        return out;
    }

    /** The own cuts of one competency. */
    private class OverrideRow extends HorizontalLayout {
        final ComboBox<String> competency = new ComboBox<>();
        final Map<Integer, NumberField> fields = new LinkedHashMap<>();

        OverrideRow() {
            setPadding(false);
            setAlignItems(FlexComponent.Alignment.CENTER);
            addClassNames(LumoUtility.FlexWrap.WRAP);
            competency.setPlaceholder(getTranslation("admin.tests.rules.competency"));
            competency.setAriaLabel(getTranslation("admin.tests.rules.competency"));
            scale.competencyPicker(competency);
            competency.setMinWidth("14em");
            competency.addValueChangeListener(e -> changed.run());
            add(competency);
            for (int level : levels) {
                NumberField field = percent();
                field.setPlaceholder(String.valueOf(level));
                field.setAriaLabel(getTranslation("admin.tests.cuts.level", level));
                field.setTooltipText(getTranslation("admin.tests.cuts.level", level) + " (" + scale.level(level) + ")");
                field.setWidth("7em");
                fields.put(level, field);
                add(field);
            }
        }
    }
}
