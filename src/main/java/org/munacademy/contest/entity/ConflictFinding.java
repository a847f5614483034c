package org.munacademy.contest.entity;

/** A conflict of interest between a juror and an application, of one kind; one pair may have several kinds. */
public record ConflictFinding(long jurorId, long applicationId, ConflictKind kind) {

    /** The juror–application pair this finding forbids, as the assigner takes it. */
    public AssignmentPlan.Pair pair() {
        return new AssignmentPlan.Pair(jurorId, applicationId);
    }
}
