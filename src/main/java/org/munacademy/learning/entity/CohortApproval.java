package org.munacademy.learning.entity;

/** Who lets a person into a cohort. */
public enum CohortApproval {
    /** Whoever enrols within the window takes a seat (or a place on the waiting list). */
    FREE,
    /** A person's own enrolment is a request an HR officer of their scope approves; HR's own enrolments need none. */
    HR_APPROVES
}
