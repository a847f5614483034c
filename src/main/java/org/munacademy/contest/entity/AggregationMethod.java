package org.munacademy.contest.entity;

/**
 * How a stage turns jurors' scores into a ranking; chosen before scoring opens and recorded with the stage. The
 * sensitivity panel computes the others too.
 */
public enum AggregationMethod {
    /** The mean over jurors who scored of each juror's weighted criterion sum. */
    WEIGHTED_MEAN,
    /** As the weighted mean, after dropping each application's highest and lowest juror total (with 3+ scores). */
    TRIMMED_MEAN,
    /** Each juror's totals standardised over the applications they scored (mean 0, deviation 1), then averaged. */
    Z_SCORE,
    /** Each juror ranks the applications they scored; points by place, summed and normalised by ballots. */
    BORDA,
    /** Jurors' rankings as ballots; the Schulze (beatpath) method over pairwise preferences. */
    SCHULZE
}
