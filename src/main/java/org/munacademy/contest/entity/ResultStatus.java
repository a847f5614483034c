package org.munacademy.contest.entity;

/** An application's result at a stage. */
public enum ResultStatus {
    PENDING, PASSED, FAILED
}
