package org.munacademy.assessment.entity;

import java.util.List;

/**
 * A taker's answer to one question. Indexes always refer to the canonical lists of the question's revision (the
 * presentation may shuffle them, but presents each option with its canonical index).
 * <ul>
 * <li>SINGLE_CHOICE, TRUE_FALSE: {@code choices} holds the one chosen option index.</li>
 * <li>MULTIPLE_CHOICE: {@code choices} holds every chosen option index.</li>
 * <li>SHORT_TEXT, NUMERIC: {@code text} as typed.</li>
 * <li>MATCHING: {@code order.get(i)} is the index of the pair whose right item the taker matched with left item
 * {@code i} ({@code -1} for none).</li>
 * <li>ORDERING: {@code order} lists sequence indexes in the order the taker put them.</li>
 * </ul>
 */
public record Response(List<Integer> choices, String text, List<Integer> order) {

    public Response {
        choices = choices == null ? List.of() : List.copyOf(choices);
        order = order == null ? List.of() : List.copyOf(order);
    }

    public static Response choice(Integer... indexes) {
        return new Response(List.of(indexes), null, null);
    }

    public static Response text(String text) {
        return new Response(null, text, null);
    }

    public static Response order(Integer... indexes) {
        return new Response(null, null, List.of(indexes));
    }

    /** Whether the taker gave anything at all. */
    public boolean isEmpty() {
        return choices.isEmpty() && (text == null || text.isBlank()) && order.stream().allMatch(i -> i == null || i < 0);
    }
}
