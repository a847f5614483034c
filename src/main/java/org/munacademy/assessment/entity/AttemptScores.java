package org.munacademy.assessment.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The item scores of one finished attempt: item (question) id → score from 0 to 1, for exactly the items the
 * attempt contained (with random draws, attempts contain different items).
 */
public record AttemptScores(long attemptId, Map<Long, Double> scores) {

    public AttemptScores {
        scores = scores == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }
}
