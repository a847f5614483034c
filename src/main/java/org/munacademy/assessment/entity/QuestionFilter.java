package org.munacademy.assessment.entity;

/** Filter of the bank list: text in code or stem, competency, level, status, type (each optional). */
public record QuestionFilter(String text, String competencyCode, Integer level, QuestionStatus status,
        QuestionType type) {

    public static QuestionFilter all() {
        return new QuestionFilter(null, null, null, null, null);
    }
}
