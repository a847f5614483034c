package org.munacademy.assessment.entity;

import java.time.Instant;
import java.util.List;

/**
 * The result of a finished attempt as far as the review policy allows its taker to see it (HR and administrators
 * in scope see everything but the answers). {@code competencies} is empty under SCORE_ONLY, {@code items} is
 * empty unless CORRECT_ANSWERS.
 */
public record ResultView(long attemptId, long testId, String testCode, String testTitle, long personId,
        String personName, int attemptNo, AttemptStatus status, ClosedBy closedBy, Instant startedAt,
        Instant finishedAt, Double percent, ReviewPolicy review, List<CompetencyResult> competencies,
        List<ReviewItem> items) {
}
