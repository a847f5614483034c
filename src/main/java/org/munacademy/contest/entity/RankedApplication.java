package org.munacademy.contest.entity;

/**
 * One application's line of a {@link Ranking}.
 *
 * @param applicationId the application
 * @param value         what the method ranked by (a mean total, a mean z-score, mean Borda points, the number of
 *                      applications beaten under Schulze); NaN when no juror's complete sheet counts for it
 * @param place         1..n after the tie-break, no two equal
 * @param tied          whether the value equals a neighbour's (to 9 decimal places) before the tie-break decided
 */
public record RankedApplication(long applicationId, double value, int place, boolean tied) {
}
