package org.munacademy.contest.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.munacademy.contest.entity.AggregationMethod;
import org.munacademy.contest.entity.RankedApplication;
import org.munacademy.contest.entity.Ranking;
import org.munacademy.contest.entity.ScoreTable;

/**
 * The tie-break rule, the same for every method: <b>equal aggregate values → the earlier application first</b>,
 * i.e. the lower tie-break key of the score table (the lead passes the submission time or number); with equal keys,
 * the table's order. Values are compared rounded to 9 decimal places, so that sums taken in another order count as
 * equal; a higher value is better. Applications without a value (NaN: no complete sheet counts for them) come after
 * all others, among themselves by the same rule. A line is marked {@code tied} when its value equals a neighbour's,
 * i.e. when this rule, not the scores, decided between them.
 */
public final class TieBreak {

    private TieBreak() {
    }

    /** Ranks the table's applications by {@code values} (indexed like the table's applications), best first. */
    public static Ranking rank(AggregationMethod method, ScoreTable t, double[] values) {
        int n = t.applicationCount();
        long[] keys = new long[n];
        Integer[] order = new Integer[n];
        for (int a = 0; a < n; a++) {
            keys[a] = rounded(values[a]);
            order[a] = a;
        }
        Arrays.sort(order, (x, y) -> {
            int byValue = Long.compare(keys[y], keys[x]);
            if (byValue != 0) {
                return byValue;
            }
            int byKey = Long.compare(t.tieKey(x), t.tieKey(y));
            return byKey != 0 ? byKey : Integer.compare(x, y);
        });
        List<RankedApplication> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int a = order[i];
            boolean tied = i > 0 && keys[order[i - 1]] == keys[a] || i + 1 < n && keys[order[i + 1]] == keys[a];
            lines.add(new RankedApplication(t.applicationId(a), values[a], i + 1, tied));
        }
        return new Ranking(method, lines);
    }

    /** The value as compared: rounded to 9 decimal places; NaN below every number. */
    static long rounded(double value) {
        return Double.isNaN(value) ? Long.MIN_VALUE : Math.round(value * 1e9);
    }
}
