package org.munacademy.learning.entity;

import java.time.LocalDate;

/**
 * Fired (CDI, synchronously inside the completing transaction) when a person completes a programme: the enrolment is
 * COMPLETED and the evidence written. The documents part observes it to issue the programme's document.
 */
public record ProgrammeCompleted(long enrolmentId, long personId, String programmeCode, String cohortCode,
        LocalDate completedOn) {
}
