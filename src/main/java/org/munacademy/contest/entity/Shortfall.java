package org.munacademy.contest.entity;

/**
 * An application that got fewer jurors than it needs, and why: {@code eligibleJurors} is the number of jurors of the
 * jury without a conflict with it (all of them got it, so {@code assigned == eligibleJurors}), e.g. "needs 3, only
 * 1 juror without a conflict".
 */
public record Shortfall(long applicationId, int needed, int assigned, ShortfallReason reason, int eligibleJurors) {
}
