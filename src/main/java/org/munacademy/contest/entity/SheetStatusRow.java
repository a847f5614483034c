package org.munacademy.contest.entity;

/**
 * One score sheet of a stage as the contest administrator sees it: which application, which juror, submitted or not
 * (to reopen a sheet with a reason, or to pick the sheet whose score an upheld appeal changes).
 */
public record SheetStatusRow(long assignmentId, long applicationId, String applicationNumber, String juror,
        boolean submitted) {
}
