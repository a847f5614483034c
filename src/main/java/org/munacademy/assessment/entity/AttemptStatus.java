package org.munacademy.assessment.entity;

/**
 * An attempt is in progress until the taker finishes it or the overdue job closes it. An attempt with essays then
 * awaits grading: its automatically scored items are scored, but it has no result (and writes no evidence) until a
 * grader has graded every essay; then it is finished like any other.
 */
public enum AttemptStatus {
    IN_PROGRESS, FINISHED, AWAITING_GRADING;
}
