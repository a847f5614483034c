package org.munacademy.learning.entity;

/**
 * Where a person stands in a cohort: REQUESTED (waits for HR's approval) → ENROLLED (holds a seat) or WAITING (on the
 * waiting list, moved up when a seat frees) → COMPLETED; WITHDRAWN from any state before completion.
 */
public enum EnrolmentStatus {
    REQUESTED, ENROLLED, WAITING, COMPLETED, WITHDRAWN;

    /** Whether the enrolment still counts (the person is in the cohort, waits for a seat, or asked to be). */
    public boolean active() {
        return this == REQUESTED || this == ENROLLED || this == WAITING;
    }
}
