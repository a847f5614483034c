package org.munacademy.contest.control;

import java.util.ArrayList;
import java.util.List;
import org.munacademy.contest.entity.JurorBias;
import org.munacademy.contest.entity.JurorBias.Flag;
import org.munacademy.contest.entity.ScoreTable;

/**
 * Lenient and harsh jurors. For every application a juror scored completely together with at least one co-juror,
 * the deviation is the juror's total minus the mean of the co-jurors' totals there; a juror's mean deviation is its
 * mean over those applications, and z standardises the mean deviations across the jurors who have one (population
 * deviation; NaN with fewer than 2 such jurors or no spread).
 * <p>
 * <b>Rule:</b> a juror with at least {@value #MIN_APPLICATIONS} such applications whose mean deviation is at least
 * {@value #THRESHOLD_ON_FIVE_POINTS} points on a 1–5 scale (scaled to the criteria's range: the threshold is
 * {@value #THRESHOLD_ON_FIVE_POINTS} · {@link ScoreTable#totalRange()} / 4) is LENIENT when above the co-jurors,
 * HARSH when below. The rule is on points, not on z: with the usual 5 jurors no juror's |z| can reach 2 (the most
 * one of five can have is 4/√5 ≈ 1.79), and with many jurors a |z| of 2 may be a negligible difference; z is shown
 * to tell how unusual the juror is within this jury.
 */
public final class JurorBiases {

    /** The flagging threshold in points of a 1–5 scale. */
    public static final double THRESHOLD_ON_FIVE_POINTS = 0.75;
    /** The fewest shared applications for a flag. */
    public static final int MIN_APPLICATIONS = 3;

    private JurorBiases() {
    }

    /** One line per juror, in the table's juror order. */
    public static List<JurorBias> of(ScoreTable t) {
        int jurors = t.jurorCount();
        double[] deviation = new double[jurors];
        int[] shared = new int[jurors];
        for (int a = 0; a < t.applicationCount(); a++) {
            double sum = 0;
            int count = 0;
            for (int s = t.sheetsFrom(a); s < t.sheetsTo(a); s++) {
                if (!Double.isNaN(t.sheetTotal(s))) {
                    sum += t.sheetTotal(s);
                    count++;
                }
            }
            if (count < 2) {
                continue;
            }
            for (int s = t.sheetsFrom(a); s < t.sheetsTo(a); s++) {
                double total = t.sheetTotal(s);
                if (!Double.isNaN(total)) {
                    deviation[t.sheetJuror(s)] += total - (sum - total) / (count - 1);
                    shared[t.sheetJuror(s)]++;
                }
            }
        }
        double mean = 0;
        int with = 0;
        for (int j = 0; j < jurors; j++) {
            if (shared[j] > 0) {
                deviation[j] /= shared[j];
                mean += deviation[j];
                with++;
            } else {
                deviation[j] = Double.NaN;
            }
        }
        mean = with == 0 ? 0 : mean / with;
        double squares = 0;
        for (int j = 0; j < jurors; j++) {
            if (shared[j] > 0) {
                squares += (deviation[j] - mean) * (deviation[j] - mean);
            }
        }
        double sd = with < 2 ? 0 : Math.sqrt(squares / with);
        double threshold = THRESHOLD_ON_FIVE_POINTS * t.totalRange() / 4;
        List<JurorBias> biases = new ArrayList<>(jurors);
        for (int j = 0; j < jurors; j++) {
            double z = shared[j] == 0 || sd <= ZScoreMethod.NO_SPREAD ? Double.NaN : (deviation[j] - mean) / sd;
            Flag flag = Flag.NONE;
            if (shared[j] >= MIN_APPLICATIONS && Math.abs(deviation[j]) >= threshold - 1e-9) {
                flag = deviation[j] > 0 ? Flag.LENIENT : Flag.HARSH;
            }
            biases.add(new JurorBias(t.jurorId(j), shared[j], deviation[j], z, flag));
        }
        return biases;
    }
}
