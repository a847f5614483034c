package org.munacademy.assessment.entity;

/**
 * A question with its current content; {@code used} tells whether an attempt has drawn the current revision;
 * {@code title} and {@code category} as imported (null when none).
 */
public record QuestionDetail(long id, String code, String competencyCode, int level, Difficulty difficulty,
        QuestionStatus status, int revision, long version, boolean used, ItemContent content, String title,
        String category) {
}
