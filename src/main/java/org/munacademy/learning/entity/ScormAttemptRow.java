package org.munacademy.learning.entity;

import java.time.Instant;

/**
 * A person's SCORM lesson as the platform reads it: status and score as the SCO last reported them, where they
 * stopped, the time spent over all sessions so far, and when the lesson was first passed or completed (null until).
 */
public record ScormAttemptRow(long lessonId, long packageId, String username, String lessonStatus, Double scoreRaw,
        Double scoreMin, Double scoreMax, String lessonLocation, String totalTime, int sessions,
        Instant completedAt) {
}
