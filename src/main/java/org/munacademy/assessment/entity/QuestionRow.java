package org.munacademy.assessment.entity;

import java.time.Instant;

/** A question in the bank list. */
public record QuestionRow(long id, String code, String competencyCode, int level, Difficulty difficulty,
        QuestionStatus status, QuestionType type, String stem, int revision, Instant updatedAt, long version) {
}
