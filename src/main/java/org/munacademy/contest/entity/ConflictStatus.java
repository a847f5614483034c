package org.munacademy.contest.entity;

/**
 * A declared conflict: declared (the juror is unassigned at once), confirmed or rejected by the contest administrator.
 */
public enum ConflictStatus {
    DECLARED, CONFIRMED, REJECTED
}
