package org.munacademy.contest.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.munacademy.contest.entity.PassRuleKind;

/**
 * Who passes a stage, from the final ranking (ties already broken by the stage's stated rule, so places are
 * unique):
 * <ul>
 * <li>{@link PassRuleKind#TOP_N}: exactly the first N places ({@code value} = N, a whole number ≥ 0); a tie in value
 * at the line does not widen it — the ranking's tie rule has decided;</li>
 * <li>{@link PassRuleKind#THRESHOLD}: everyone whose value is at or above {@code value}; every tied value at the
 * threshold passes. Values are compared exactly as {@link BigDecimal#valueOf(double)}, so 3.7 passes a threshold of
 * 3.7; a {@code null} value (nothing to rank by) never passes;</li>
 * <li>{@link PassRuleKind#SHARE}: the first ⌈value % × n⌉ places ({@code value} a per cent from 0 to 100), computed
 * exactly: 30 % of 7 is 2.1, so 3 pass.</li>
 * </ul>
 * The passing ids are returned in ranking order.
 */
public final class PassRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PassRules() {
    }

    /**
     * The passing ids.
     *
     * @param rule the stage's pass rule
     * @param value N, the threshold, or the share in per cent
     * @param rankedIds the ranking, first place first
     * @param values the ranking's values in the same order (needed for THRESHOLD only; may be {@code null} otherwise)
     * @throws IllegalArgumentException if the value does not fit the rule or the values do not match the ranking
     */
    public static List<Long> passing(PassRuleKind rule, BigDecimal value, List<Long> rankedIds, List<Double> values) {
        if (value == null) {
            throw new IllegalArgumentException("a pass rule needs a value");
        }
        int n = rankedIds.size();
        return switch (rule) {
            case TOP_N -> {
                if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
                    throw new IllegalArgumentException("TOP_N needs a whole number of places, was " + value);
                }
                int places = value.compareTo(BigDecimal.valueOf(n)) >= 0 ? n : value.intValueExact();
                yield List.copyOf(rankedIds.subList(0, places));
            }
            case SHARE -> {
                if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
                    throw new IllegalArgumentException("SHARE needs a per cent from 0 to 100, was " + value);
                }
                int places = value.multiply(BigDecimal.valueOf(n)).divide(HUNDRED, 0, RoundingMode.CEILING)
                        .intValueExact();
                yield List.copyOf(rankedIds.subList(0, places));
            }
            case THRESHOLD -> {
                if (values == null || values.size() != n) {
                    throw new IllegalArgumentException("THRESHOLD needs one value per ranked id");
                }
                List<Long> passing = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    Double v = values.get(i);
                    if (v != null && !v.isNaN() && !v.isInfinite() && BigDecimal.valueOf(v).compareTo(value) >= 0) {
                        passing.add(rankedIds.get(i));
                    }
                }
                yield List.copyOf(passing);
            }
        };
    }
}
