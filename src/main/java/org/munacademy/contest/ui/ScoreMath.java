package org.munacademy.contest.ui;

import java.util.List;
import java.util.Map;
import org.munacademy.contest.entity.CriterionRow;

/** The sheet's running total as the juror scores, the same weighted mean the boundary reports for a sheet. */
final class ScoreMath {

    private ScoreMath() {
    }

    /**
     * The weighted mean of the given scores over the criteria scored so far (rounded to three decimals), 0 when
     * nothing is scored.
     */
    static double weightedMean(List<CriterionRow> criteria, Map<String, Integer> scores) {
        double sum = 0;
        double weights = 0;
        for (CriterionRow c : criteria) {
            Integer v = scores.get(c.code());
            if (v != null) {
                sum += c.weight().doubleValue() * v;
                weights += c.weight().doubleValue();
            }
        }
        return weights == 0 ? 0 : Math.round(sum / weights * 1000) / 1000.0;
    }

    /** Whether every criterion has a score (the boundary refuses to submit otherwise). */
    static boolean complete(List<CriterionRow> criteria, Map<String, Integer> scores) {
        return criteria.stream().allMatch(c -> scores.get(c.code()) != null);
    }
}
