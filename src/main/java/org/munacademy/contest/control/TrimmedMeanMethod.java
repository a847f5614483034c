package org.munacademy.contest.control;

import java.util.Arrays;
import org.munacademy.contest.entity.AggregationMethod;
import org.munacademy.contest.entity.Ranking;
import org.munacademy.contest.entity.ScoreTable;

/**
 * Trimmed mean: as the {@link WeightedMeanMethod weighted mean}, but an application with 3 or more juror totals loses
 * its one highest and its one lowest total first (one of each even when several are equal); with 1 or 2 totals it is
 * the plain mean.
 */
public final class TrimmedMeanMethod implements RankingMethod {

    @Override
    public Ranking rank(ScoreTable t) {
        double[] values = new double[t.applicationCount()];
        double[] totals = new double[Math.max(1, t.jurorCount())];
        for (int a = 0; a < values.length; a++) {
            int count = 0;
            for (int s = t.sheetsFrom(a); s < t.sheetsTo(a); s++) {
                double total = t.sheetTotal(s);
                if (!Double.isNaN(total)) {
                    totals[count++] = total;
                }
            }
            values[a] = trimmedMean(totals, count);
        }
        return TieBreak.rank(AggregationMethod.TRIMMED_MEAN, t, values);
    }

    private static double trimmedMean(double[] totals, int count) {
        if (count == 0) {
            return Double.NaN;
        }
        Arrays.sort(totals, 0, count);
        int from = count >= 3 ? 1 : 0;
        int to = count >= 3 ? count - 1 : count;
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += totals[i];
        }
        return sum / (to - from);
    }
}
