package org.munacademy.assessment.entity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A test as its taker sees it in "My tests": why it is there (assigned or open for self-assessment), time allowed
 * (with their accommodation), attempts used, an attempt in progress to resume, the last result, and whether a new
 * attempt may start (if not, why: {@code blockedReason} is a message key).
 */
public record MyTest(long testId, String code, String title, String description, boolean assigned,
        LocalDate dueDate, int timeLimitSeconds, int attemptsAllowed, int attemptsUsed, Instant opensAt,
        Instant closesAt, Long activeAttemptId, Long lastFinishedAttemptId, Double lastPercent, boolean canStart,
        String blockedReason) {
}
