package org.munacademy.learning.entity;

import java.time.LocalDate;

/**
 * An enrolment as lists show it: the cohort and programme, the person (name where the reader may see it), the status,
 * the place on the waiting list (WAITING only) and the share of required lessons done (null where not computed).
 */
public record EnrolmentRow(Long id, String cohortCode, String programmeCode, String programmeTitle, LocalDate startsOn,
        LocalDate endsOn, Long personId, String personName, EnrolmentStatus status, Long waitingNo,
        LocalDate completedOn, Integer percent) {
}
