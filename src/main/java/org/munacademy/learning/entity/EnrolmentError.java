package org.munacademy.learning.entity;

import org.munacademy.shared.entity.ErrorCode;

/**
 * The error codes of cohorts, enrolment and progress (the learning context's; texts in
 * {@code i18n/errors-learning_*.properties}).
 */
public enum EnrolmentError implements ErrorCode {
    /** No cohort with this code (or none the caller may see). Argument: the code. */
    COHORT_NOT_FOUND(404),
    /** No enrolment with this id the caller may see. Argument: the id. */
    ENROLMENT_NOT_FOUND(404),
    /** A cohort with this code exists. Argument: the code. */
    COHORT_CODE_TAKEN(400),
    /** A cohort ends before it starts, or its window closes before it opens. */
    COHORT_DATES(400),
    /** A cohort has at least one seat. */
    COHORT_SEATS(400),
    /** Fewer seats than people already hold. Argument: the seats taken. */
    COHORT_SEATS_BELOW_TAKEN(409),
    /** Cohorts are offered for published programmes only. Argument: the programme's code. */
    PROGRAMME_NOT_OFFERED(409),
    /** The cohort is cancelled. Argument: the code. */
    COHORT_CANCELLED(409),
    /** The self-enrolment window is closed. Arguments: its first and last day (dd.MM.yyyy). */
    WINDOW_CLOSED(409),
    /** The person is already in this cohort (or waits for it). Argument: the cohort's code. */
    ALREADY_ENROLLED(409),
    /** The person does not meet a prerequisite. Argument: what is missing, in words. */
    PREREQUISITE_NOT_MET(409),
    /** Enrolment needs a person card (the account is not linked to a person). */
    NO_PERSON_CARD(409),
    /** The enrolment is not in a state that allows this. Argument: its state. */
    ENROLMENT_STATE(409),
    /** The person is not enrolled in a cohort of this programme. Argument: the programme's code. */
    NOT_ENROLLED(403),
    /** This lesson is completed by its own means (a module check by the test, SCORM by the package). */
    LESSON_NOT_MARKABLE(409),
    /** The person is outside the HR officer's scope. */
    PERSON_OUT_OF_SCOPE(403),
    /** Too many persons in one bulk enrolment. Argument: the most. */
    TOO_MANY_PERSONS(400);

    private final int status;

    EnrolmentError(int status) {
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String context() {
        return "learning";
    }
}
