package org.munacademy.learning.entity;

import java.time.LocalDate;

/**
 * Where a person stands in a programme, as other contexts track it (a development plan's programme item): the most
 * advanced of the person's enrolments in its cohorts — COMPLETED before ENROLLED before WAITING before REQUESTED;
 * withdrawn enrolments do not count — with that enrolment's cohort and completion date.
 */
public record ProgrammeState(String programmeCode, EnrolmentStatus status, String cohortCode, LocalDate completedOn) {

    /** Whether the state is more advanced than another (null: none). */
    public boolean beyond(ProgrammeState other) {
        return other == null || rank(status) > rank(other.status);
    }

    private static int rank(EnrolmentStatus s) {
        return switch (s) {
            case COMPLETED -> 4;
            case ENROLLED -> 3;
            case WAITING -> 2;
            case REQUESTED -> 1;
            case WITHDRAWN -> 0;
        };
    }
}
