package org.munacademy.assessment.entity;

/** A question after the attempt, when the review policy shows answers: what was given, what was right. */
public record ReviewItem(int slot, String competencyCode, QuestionType type, String stem, String given,
        String correct, double score, String feedback) {
}
