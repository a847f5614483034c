package org.munacademy.assessment.entity;

/**
 * A grading accepted: the essay's score (0…1), how many essays of the attempt still wait, and the attempt's status
 * and overall percentage (null until the last essay is graded and the result is final).
 */
public record GradeAck(long attemptId, long itemId, double score, long essaysLeft, AttemptStatus status,
        Double percent) {
}
