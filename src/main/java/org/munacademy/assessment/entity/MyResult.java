package org.munacademy.assessment.entity;

import java.time.Instant;

/** One of the caller's finished attempts in short: the test, when and the score. */
public record MyResult(long attemptId, long testId, String testTitle, Instant finishedAt, Double percent) {
}
