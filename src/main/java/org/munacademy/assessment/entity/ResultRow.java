package org.munacademy.assessment.entity;

import java.time.Instant;
import java.util.Map;

/** A finished attempt in the HR results list, with attained levels per competency. */
public record ResultRow(long attemptId, long personId, String personName, String municipality, String testCode,
        String testTitle, int attemptNo, Instant finishedAt, ClosedBy closedBy, Double percent,
        Map<String, Integer> levels) {
}
