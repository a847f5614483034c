package org.munacademy.learning.entity;

import java.time.LocalDate;

/** A cohort as lists and the programme page show it: dates, seats (and how many are taken), window and rule. */
public record CohortRow(Long id, String code, String programmeCode, String programmeTitle, LocalDate startsOn,
        LocalDate endsOn, int seats, int seatsTaken, LocalDate enrolFrom, LocalDate enrolTo, CohortApproval approval,
        CohortStatus status, long version) {

    /** Seats still free. */
    public int seatsFree() {
        return Math.max(0, seats - seatsTaken);
    }
}
