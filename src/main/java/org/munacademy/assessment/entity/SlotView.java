package org.munacademy.assessment.entity;

import java.util.List;

/**
 * One question of an attempt as the taker sees it: no weights, keys or feedback. Options (choices), right-hand
 * items (matching) and sequence items (ordering) come in presentation order with their canonical indexes;
 * {@code lefts} are the left-hand items of a matching question in canonical order.
 */
public record SlotView(int slot, QuestionType type, String stem, List<Choice> options, List<String> lefts,
        List<Choice> rights, List<Choice> items, Response response, boolean answered) {
}
