package org.munacademy.assessment.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.munacademy.assessment.entity.BankItem;
import org.munacademy.assessment.entity.ImportChange.FieldChange;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.ItemContent.Option;

/**
 * The difference between a question in the bank and the same code in an imported file, field by field and in
 * words a methodologist can check before confirming an update: stem, type, competency, level, difficulty, options
 * (choices with their weights, accepted answers, numbers, pairs, sequence), feedback, title and category.
 */
public final class ImportDiff {

    private ImportDiff() {
    }

    /** The changed fields, in a fixed order; empty when the two are the same. */
    public static List<FieldChange> changes(BankItem before, BankItem after) {
        List<FieldChange> out = new ArrayList<>();
        ItemContent b = before.content();
        ItemContent a = after.content();
        add(out, "stem", b.stem(), a.stem());
        add(out, "type", b.type().name(), a.type().name());
        add(out, "competency", before.competencyCode(), after.competencyCode());
        add(out, "level", String.valueOf(before.level()), String.valueOf(after.level()));
        add(out, "difficulty", String.valueOf(before.difficulty()), String.valueOf(after.difficulty()));
        add(out, "options", options(b), options(a));
        add(out, "feedback", feedback(b), feedback(a));
        if (after.title() != null) { // a file without a title keeps the saved one
            add(out, "title", before.title(), after.title());
        }
        if (after.category() != null) {
            add(out, "category", before.category(), after.category());
        }
        return out;
    }

    private static void add(List<FieldChange> out, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            out.add(new FieldChange(field, before, after));
        }
    }

    /** The answer part of a question in one line. */
    static String options(ItemContent c) {
        return switch (c.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, SHORT_TEXT -> c.options().stream()
                    .map(o -> o.text() + " [" + number(o.weight()) + " %]").collect(Collectors.joining("; "));
            case NUMERIC -> c.options().stream()
                    .map(o -> ItemContent.otherAnswer(o) ? o.text()
                            : number(o.value()) + " ± " + number(o.tolerance()) + " [" + number(o.weight()) + " %]")
                    .collect(Collectors.joining("; "));
            case MATCHING -> c.pairs().stream().map(p -> p.left() + " → " + p.right())
                    .collect(Collectors.joining("; "));
            case ORDERING -> String.join(" → ", c.sequence());
            case ESSAY -> c.essay().rubric().stream().map(r -> r.name() + " [" + number(r.maxPoints()) + "]")
                    .collect(Collectors.joining("; "))
                    + (c.essay().graderNote() == null ? "" : "; " + c.essay().graderNote());
        };
    }

    private static String feedback(ItemContent c) {
        List<String> parts = new ArrayList<>();
        if (c.generalFeedback() != null) {
            parts.add(c.generalFeedback());
        }
        for (Option o : c.options()) {
            if (o.feedback() != null) {
                parts.add(o.feedback());
            }
        }
        return String.join(" | ", parts);
    }

    private static String number(Double d) {
        return d == null ? "0" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
