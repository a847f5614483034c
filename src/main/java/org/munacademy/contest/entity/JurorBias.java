package org.munacademy.contest.entity;

/**
 * How a juror's totals compare with their co-jurors' on the same applications.
 *
 * @param jurorId       the juror
 * @param applications  the applications the juror and at least one co-juror scored completely
 * @param meanDeviation the mean, over those applications, of the juror's total minus the mean of the co-jurors'
 *                      totals (points of the total's scale; NaN without such applications)
 * @param z             the mean deviation standardised across the jurors who have one (NaN when it cannot be)
 * @param flag          NONE, LENIENT or HARSH, by the rule of {@code JurorBiases}
 */
public record JurorBias(long jurorId, int applications, double meanDeviation, double z, Flag flag) {

    /** A juror's tendency. */
    public enum Flag {
        NONE, LENIENT, HARSH
    }
}
