package org.munacademy.learning.entity;

/** A cohort's state: open (people enrol within its window) or cancelled (nobody enrols any more). */
public enum CohortStatus {
    OPEN, CANCELLED
}
