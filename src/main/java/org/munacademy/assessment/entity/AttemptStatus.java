package org.munacademy.assessment.entity;

/** An attempt is in progress until the taker finishes it or the overdue job closes it. */
public enum AttemptStatus {
    IN_PROGRESS, FINISHED;
}
