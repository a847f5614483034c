package org.munacademy.assessment.control;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.Response;

/** Answers as readable text, for the review after an attempt and for exports. */
public final class AnswerText {

    private AnswerText() {
    }

    /** What the taker answered, in words ("—" for nothing). */
    public static String given(ItemContent c, Response r) {
        if (r == null || r.isEmpty()) {
            return "—";
        }
        return switch (c.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE -> r.choices().stream()
                    .filter(i -> i != null && i >= 0 && i < c.options().size())
                    .map(i -> c.options().get(i).text()).collect(Collectors.joining("; "));
            case SHORT_TEXT, NUMERIC, ESSAY -> r.text() == null ? "—" : r.text();
            case MATCHING -> {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < c.lefts() && i < r.order().size(); i++) {
                    Integer j = r.order().get(i);
                    parts.add(c.pairs().get(i).left() + " → "
                            + (j == null || j < 0 || j >= c.pairs().size() ? "—" : c.pairs().get(j).right()));
                }
                yield String.join("; ", parts);
            }
            case ORDERING -> r.order().stream().filter(i -> i != null && i >= 0 && i < c.sequence().size())
                    .map(i -> c.sequence().get(i)).collect(Collectors.joining(" → "));
        };
    }

    /** The right answer, in words. */
    public static String correct(ItemContent c) {
        return switch (c.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, SHORT_TEXT -> c.options().stream()
                    .filter(o -> o.weight() > 0).map(o -> o.weight() >= 100 ? o.text()
                            : o.text() + " (" + format(o.weight()) + " %)")
                    .collect(Collectors.joining("; "));
            case NUMERIC -> c.options().stream().filter(o -> o.weight() > 0)
                    .map(o -> format(o.value()) + (o.tolerance() == null || o.tolerance() == 0 ? ""
                            : " ± " + format(o.tolerance())))
                    .collect(Collectors.joining("; "));
            case MATCHING -> c.pairs().stream().filter(p -> !p.distractor()).map(p -> p.left() + " → " + p.right())
                    .collect(Collectors.joining("; "));
            case ORDERING -> String.join(" → ", c.sequence());
            case ESSAY -> ""; // graded by a person: the model answer is for graders only
        };
    }

    private static String format(Double d) {
        if (d == null) {
            return "";
        }
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
