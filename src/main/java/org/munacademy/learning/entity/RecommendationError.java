package org.munacademy.learning.entity;

import org.munacademy.shared.entity.ErrorCode;

/** The error codes of recommendations (texts in {@code i18n/errors-learning_*.properties}). */
public enum RecommendationError implements ErrorCode {
    /** No person with this id in the caller's scope (the same answer whether the id exists). Argument: the id. */
    PERSON_NOT_IN_SCOPE(404),
    /** Bulk enrolment names the cohort to enrol into. */
    COHORT_REQUIRED(400),
    /** No cohort with this code. Argument: the code. */
    COHORT_UNKNOWN(400),
    /** The cohort belongs to another programme. Arguments: the cohort's code, the programme's code. */
    COHORT_OF_ANOTHER_PROGRAMME(400),
    /** The municipality asked for lies outside the caller's scope (or does not exist). Argument: its id. */
    MUNICIPALITY_NOT_IN_SCOPE(400);

    private final int status;

    RecommendationError(int status) {
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
