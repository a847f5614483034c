package org.munacademy.contest.entity;

/**
 * An application assigned to the calling juror: the applicant and municipality are null in blind mode.
 */
public record AssignmentRow(long id, long stageId, String stageTitle, String nominationTitle, long applicationId,
        String applicationNumber, String applicant, String municipality, boolean submitted, boolean live) {
}
