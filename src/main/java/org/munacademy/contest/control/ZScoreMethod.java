package org.munacademy.contest.control;

import org.munacademy.contest.entity.AggregationMethod;
import org.munacademy.contest.entity.Ranking;
import org.munacademy.contest.entity.ScoreTable;

/**
 * Per-juror z-scores: each juror's totals are standardised over the applications that juror scored completely,
 * z = (total − the juror's mean) / the juror's standard deviation (population form, divided by the count); an
 * application's value is the mean z over its jurors. A juror with a single application or with no spread (the same
 * total everywhere) gives z = 0 to each of theirs — they still count in the mean, but cannot move anyone. A juror who
 * scores everyone higher (or lower) than the others therefore changes nothing.
 */
public final class ZScoreMethod implements RankingMethod {

    /** A spread at or below this counts as none. */
    static final double NO_SPREAD = 1e-12;

    @Override
    public Ranking rank(ScoreTable t) {
        double[] z = new double[t.sheetCount()];
        for (int j = 0; j < t.jurorCount(); j++) {
            double sum = 0;
            double squares = 0;
            int count = 0;
            for (int i = 0; i < t.sheetCountOfJuror(j); i++) {
                double total = t.sheetTotal(t.sheetOfJuror(j, i));
                if (!Double.isNaN(total)) {
                    sum += total;
                    count++;
                }
            }
            double mean = count == 0 ? 0 : sum / count;
            for (int i = 0; i < t.sheetCountOfJuror(j); i++) {
                double total = t.sheetTotal(t.sheetOfJuror(j, i));
                if (!Double.isNaN(total)) {
                    squares += (total - mean) * (total - mean);
                }
            }
            double sd = count < 2 ? 0 : Math.sqrt(squares / count);
            for (int i = 0; i < t.sheetCountOfJuror(j); i++) {
                int s = t.sheetOfJuror(j, i);
                double total = t.sheetTotal(s);
                z[s] = Double.isNaN(total) ? Double.NaN : sd <= NO_SPREAD ? 0 : (total - mean) / sd;
            }
        }
        double[] values = new double[t.applicationCount()];
        for (int a = 0; a < values.length; a++) {
            double sum = 0;
            int count = 0;
            for (int s = t.sheetsFrom(a); s < t.sheetsTo(a); s++) {
                if (!Double.isNaN(z[s])) {
                    sum += z[s];
                    count++;
                }
            }
            values[a] = count == 0 ? Double.NaN : sum / count;
        }
        return TieBreak.rank(AggregationMethod.Z_SCORE, t, values);
    }
}
