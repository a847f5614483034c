package org.munacademy.contest.control;

import org.munacademy.contest.entity.AggregationMethod;
import org.munacademy.contest.entity.Ranking;
import org.munacademy.contest.entity.ScoreTable;

/**
 * Weighted mean: an application's value is the mean, over the jurors who scored it completely, of each juror's total
 * Σ weight·score / Σ weight. Jurors who did not score it (not assigned, conflicted, or an incomplete sheet) are not
 * counted at all — never as zero.
 */
public final class WeightedMeanMethod implements RankingMethod {

    @Override
    public Ranking rank(ScoreTable t) {
        return TieBreak.rank(AggregationMethod.WEIGHTED_MEAN, t, values(t));
    }

    /** The mean totals, indexed like the table's applications (NaN without a complete sheet). */
    static double[] values(ScoreTable t) {
        double[] values = new double[t.applicationCount()];
        for (int a = 0; a < values.length; a++) {
            double sum = 0;
            int count = 0;
            for (int s = t.sheetsFrom(a); s < t.sheetsTo(a); s++) {
                double total = t.sheetTotal(s);
                if (!Double.isNaN(total)) {
                    sum += total;
                    count++;
                }
            }
            values[a] = count == 0 ? Double.NaN : sum / count;
        }
        return values;
    }
}
