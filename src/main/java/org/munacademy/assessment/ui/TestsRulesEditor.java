package org.munacademy.assessment.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.munacademy.assessment.entity.BlueprintRule;

/**
 * The blueprint of a test: per rule, how many questions to draw on a competency, at one level or at any level.
 * Rows without a competency are left out.
 */
class TestsRulesEditor extends VerticalLayout {

    private final BankScale scale;
    private final Runnable changed;
    private final BankRows<RuleRow> rows;
    private final Span total = new Span();

    TestsRulesEditor(BankScale scale, Runnable changed) {
        this.scale = scale;
        this.changed = changed;
        setPadding(false);
        setSpacing(false);
        rows = new BankRows<>("tests-rules", getTranslation("admin.tests.rules.add"), RuleRow::new, false,
                this::update);
        total.setId("tests-rules-total");
        total.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add(rows, total);
        update();
    }

    void load(List<BlueprintRule> rules) {
        rows.clear();
        for (BlueprintRule r : rules) {
            RuleRow row = rows.addRow();
            row.competency.setValue(r.competencyCode());
            row.level.setValue(r.level());
            row.count.setValue(r.count());
        }
        update();
    }

    List<BlueprintRule> value() {
        return rows.rows().stream().filter(r -> r.competency.getValue() != null)
                .map(r -> new BlueprintRule(r.competency.getValue(), r.level.getValue(),
                        r.count.getValue() == null ? 0 : r.count.getValue()))
                .toList();
    }

    void setEditable(boolean editable) {
        rows.setEditable(editable);
        rows.rows().forEach(r -> r.setEnabled(editable));
    }

    private void update() {
        int sum = value().stream().mapToInt(BlueprintRule::count).sum();
        total.setText(getTranslation("admin.tests.rules.total", sum));
        changed.run();
    }

    /** One rule: competency, level («любой» when empty) and number of questions. */
    private class RuleRow extends HorizontalLayout {
        final ComboBox<String> competency = new ComboBox<>();
        final Select<Integer> level = new Select<>();
        final IntegerField count = new IntegerField();

        RuleRow() {
            setPadding(false);
            setAlignItems(FlexComponent.Alignment.CENTER);
            competency.setPlaceholder(getTranslation("admin.tests.rules.competency"));
            competency.setAriaLabel(getTranslation("admin.tests.rules.competency"));
            scale.competencyPicker(competency);
            competency.setMinWidth("16em");
            level.setAriaLabel(getTranslation("admin.tests.rules.level"));
            level.setItems(scale.levelNumbers());
            level.setItemLabelGenerator(scale::level);
            level.setEmptySelectionAllowed(true);
            level.setEmptySelectionCaption(getTranslation("admin.tests.rules.anyLevel"));
            level.setPlaceholder(getTranslation("admin.tests.rules.anyLevel"));
            level.setWidth("13em");
            count.setAriaLabel(getTranslation("admin.tests.rules.count"));
            count.setSuffixComponent(new Span(getTranslation("admin.tests.rules.countSuffix")));
            count.setMin(1);
            count.setMax(100);
            count.setValue(5);
            count.setStepButtonsVisible(true);
            count.setWidth("10em");
            add(competency, level, count);
            setFlexGrow(1, competency);
            competency.addValueChangeListener(e -> update());
            level.addValueChangeListener(e -> update());
            count.addValueChangeListener(e -> update());
        }
    }
}
