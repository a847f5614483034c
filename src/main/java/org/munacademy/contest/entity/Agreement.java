package org.munacademy.contest.entity;

/**
 * Juror agreement over a score table, computed on juror totals (Σ weight·score / Σ weight; incomplete sheets
 * ignored). Every figure is NaN where it is not defined; {@link #basis()} and the counts say what data it was
 * computed on — nothing is computed on data it does not fit.
 *
 * @param basis              the data Kendall's W and the two-way ICCs were computed on
 * @param blockApplications  applications in that block (0 when none)
 * @param blockJurors        jurors in that block (0 when none)
 * @param kendallW           Kendall's W with the correction for tied ranks, on the block
 * @param chiSquare          its chi-square, m·(n − 1)·W
 * @param degreesOfFreedom   n − 1 (0 when W is undefined)
 * @param icc21              ICC(2,1), two-way random, absolute agreement, single juror (Shrout &amp; Fleiss), on the
 *                           block
 * @param icc2k              ICC(2,k), the same for the mean of the block's k jurors
 * @param icc31              ICC(3,1), two-way mixed, consistency, single juror, on the block
 * @param icc3k              ICC(3,k), the same for the mean of the block's k jurors
 * @param oneWayApplications applications with at least one complete sheet, which the one-way ICCs use
 * @param oneWaySheets       complete sheets over them
 * @param oneWayK            the (adjusted mean) number of jurors per application, k₀; equal to k when every
 *                           application has k
 * @param icc11              ICC(1,1), one-way random, single juror: every application with its own jurors
 * @param icc1k              ICC(1,k) for the mean of k₀ jurors
 */
public record Agreement(Basis basis, int blockApplications, int blockJurors, double kendallW, double chiSquare,
        int degreesOfFreedom, double icc21, double icc2k, double icc31, double icc3k, int oneWayApplications,
        int oneWaySheets, double oneWayK, double icc11, double icc1k) {

    /** The complete block Kendall's W and the two-way ICCs were computed on. */
    public enum Basis {
        /** Every juror scored every application completely. */
        COMPLETE,
        /**
         * Not every juror scored every application: the block is the t jurors with the most complete sheets
         * (ties: earlier juror) and the applications all of them scored completely, t ≥ 2 chosen for the most
         * cells (at least 2 applications). A greedy choice, not necessarily the largest complete block.
         */
        BLOCK,
        /** No complete block of at least 2 applications × 2 jurors: W and the two-way ICCs are undefined. */
        NONE
    }
}
