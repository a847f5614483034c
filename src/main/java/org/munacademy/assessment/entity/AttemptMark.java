package org.munacademy.assessment.entity;

import java.time.LocalDate;

/**
 * How far a person got with a test, as other contexts track it: FINISHED (with the day of the latest finished
 * attempt) or IN_PROGRESS (an attempt is open and none finished). No scores: results stay behind the results facade.
 */
public record AttemptMark(String testCode, AttemptStatus status, LocalDate finishedOn) {
}
