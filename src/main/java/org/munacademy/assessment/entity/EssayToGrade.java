package org.munacademy.assessment.entity;

import java.time.Instant;

/**
 * An essay answer in the grading queue, with all a grader needs: the question (stem and the essay part with rubric
 * and grader's note), the answer and the item's {@code version} to send back with the marks. {@code taker} is the
 * taker's name, or under blind grading ({@code blind}) the attempt's anonymous {@code attemptCode}; {@code personId}
 * is then null too.
 */
public record EssayToGrade(long attemptId, long itemId, long version, String attemptCode, boolean blind,
        Long personId, String taker, long testId, String testCode, String testTitle, int slot, String competencyCode,
        int level, String stem, ItemContent.Essay essay, String answer, Instant finishedAt) {
}
