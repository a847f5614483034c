package org.munacademy.assessment.entity;

import java.util.List;

/**
 * One question of an attempt as the taker sees it: no weights, keys or feedback. Options (choices), right-hand
 * items (matching) and sequence items (ordering) come in display order, each with its presented id (a random
 * permutation per attempt, independent of the display order; never the canonical index, which would give the key
 * away); {@code lefts} are the left-hand items of a matching question in canonical order. {@code response} is the
 * saved answer in presented ids, as the taker sends it. {@code essay}: for an essay, the template and length limits
 * (never the rubric or the grader's note); null otherwise.
 */
public record SlotView(int slot, QuestionType type, String stem, List<Choice> options, List<String> lefts,
        List<Choice> rights, List<Choice> items, Response response, boolean answered, EssayPrompt essay) {

    /** What a taker is told about an essay: the text the answer starts with and the length limits. */
    public record EssayPrompt(String template, ItemContent.LengthUnit unit, Integer minLength, Integer maxLength) {
    }
}
