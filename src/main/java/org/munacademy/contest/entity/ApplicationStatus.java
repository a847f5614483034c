package org.munacademy.contest.entity;

/** An application's state. */
public enum ApplicationStatus {
    SUBMITTED, INELIGIBLE, ACTIVE, ELIMINATED, WITHDRAWN, FINALIST, WINNER
}
