package org.munacademy.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.munacademy.assessment.entity.ItemContent.Option;
import org.munacademy.assessment.entity.ItemContent.Pair;

/** The rows of the question editor's type-specific lists: options, numbers, pairs, items to order. */
final class BankItemRows {

    private BankItemRows() {
    }

    /** An option of a choice question or an accepted short answer: text, weight in per cent, feedback. */
    static class OptionRow extends HorizontalLayout {
        final TextField text = text("admin.bank.option.text");
        final NumberField weight = weight(this);
        final TextField feedback = text("admin.bank.option.feedback");
        /** Kept from the loaded answer (a QTI import's case-sensitive answer); the editor has no field for it yet. */
        private boolean caseSensitive;

        OptionRow(Runnable changed, double defaultWeight) {
            weight.setValue(defaultWeight);
            row(this, changed, text, weight, feedback);
            setFlexGrow(2, text);
            setFlexGrow(1, feedback);
        }

        void set(Option o) {
            text.setValue(o.text());
            weight.setValue(o.weight());
            feedback.setValue(o.feedback() == null ? "" : o.feedback());
            caseSensitive = o.caseSensitive();
        }

        Option value() {
            return new Option(text.getValue().strip(), orZero(weight.getValue()), null, null,
                    feedback.getValue().strip(), caseSensitive);
        }
    }

    /** A right number of a numeric question: value ± tolerance, weight in per cent, feedback. */
    static class NumberRow extends HorizontalLayout {
        final NumberField number = new NumberField();
        final NumberField tolerance = new NumberField();
        final NumberField weight = weight(this);
        final TextField feedback = text("admin.bank.option.feedback");

        NumberRow(Runnable changed) {
            number.setPlaceholder(getTranslation("admin.bank.number.value"));
            number.setAriaLabel(getTranslation("admin.bank.number.value"));
            number.setWidth("9em");
            tolerance.setPlaceholder(getTranslation("admin.bank.number.tolerance"));
            tolerance.setAriaLabel(getTranslation("admin.bank.number.tolerance"));
            tolerance.setPrefixComponent(new Span("±"));
            tolerance.setMin(0);
            tolerance.setValue(0.0);
            tolerance.setWidth("8em");
            weight.setValue(100.0);
            row(this, changed, number, tolerance, weight, feedback);
            setFlexGrow(1, feedback);
        }

        void set(Option o) {
            number.setValue(o.value());
            tolerance.setValue(o.tolerance() == null ? 0.0 : o.tolerance());
            weight.setValue(o.weight());
            feedback.setValue(o.feedback() == null ? "" : o.feedback());
        }

        Option value() {
            return new Option("", orZero(weight.getValue()), number.getValue(),
                    tolerance.getValue() == null ? 0.0 : tolerance.getValue(), feedback.getValue().strip());
        }
    }

    /** A pair of a matching question: the left item and the right item it belongs with. */
    static class PairRow extends HorizontalLayout {
        final TextField left = text("admin.bank.pair.left");
        final TextField right = text("admin.bank.pair.right");
        /** Kept from the loaded pair (a QTI import's per-pair weight); the editor has no field for it yet. */
        private Double weight;
        /** Kept from the loaded pair (a QTI import's penalty for a wrong match); no field for it either. */
        private Double penalty;

        PairRow(Runnable changed) {
            row(this, changed, left, new Span("→"), right);
            setFlexGrow(1, left, right);
        }

        void set(Pair p) {
            left.setValue(p.left() == null ? "" : p.left());
            right.setValue(p.right() == null ? "" : p.right());
            weight = p.weight();
            penalty = p.penalty();
        }

        Pair value() {
            return new Pair(left.getValue().strip(), right.getValue().strip(), weight, penalty);
        }
    }

    /** An item of an ordering question (the rows are in the right order). */
    static class ItemRow extends HorizontalLayout {
        final TextField text = text("admin.bank.sequence.item");

        ItemRow(Runnable changed) {
            row(this, changed, text);
            setFlexGrow(1, text);
        }

        String value() {
            return text.getValue().strip();
        }
    }

    private static void row(HorizontalLayout row, Runnable changed, Component... parts) {
        row.setPadding(false);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        row.add(parts);
        for (Component part : parts) {
            if (part instanceof HasValue<?, ?> field) {
                field.addValueChangeListener(e -> changed.run());
            }
        }
    }

    private static TextField text(String key) {
        TextField field = new TextField();
        String label = field.getTranslation(key);
        field.setPlaceholder(label);
        field.setAriaLabel(label);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setMinWidth("8em");
        return field;
    }

    private static NumberField weight(HorizontalLayout row) {
        NumberField weight = new NumberField();
        weight.setPlaceholder(row.getTranslation("admin.bank.option.weight"));
        weight.setAriaLabel(row.getTranslation("admin.bank.option.weight"));
        weight.setTooltipText(row.getTranslation("admin.bank.option.weight"));
        weight.setSuffixComponent(new Span("%"));
        weight.setMin(-100);
        weight.setMax(100);
        weight.setWidth("8em");
        weight.setValueChangeMode(ValueChangeMode.LAZY);
        return weight;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }
}
