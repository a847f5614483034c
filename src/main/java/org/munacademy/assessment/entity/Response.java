package org.munacademy.assessment.entity;

import java.util.List;

/**
 * A taker's answer to one question. Between the taker and the server (taking view, save API, the attempt's slots)
 * the numbers are the <em>presented ids</em> of the attempt's {@code Presentation}: a random permutation per
 * attempt and question that tells nothing about the key. The server maps them to the <em>canonical indexes</em>
 * of the question's revision before validating and scoring, and stores, scores and reports responses only in
 * canonical indexes. Below, "index" means the presented id on the wire and the canonical index once stored.
 * <ul>
 * <li>SINGLE_CHOICE, TRUE_FALSE: {@code choices} holds the one chosen option index.</li>
 * <li>MULTIPLE_CHOICE: {@code choices} holds every chosen option index.</li>
 * <li>SHORT_TEXT, NUMERIC: {@code text} as typed.</li>
 * <li>MATCHING: {@code order.get(i)} is the index of the pair whose right item the taker matched with left item
 * {@code i} ({@code -1} for none); left items are always in canonical order.</li>
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
        return choices.isEmpty() && (text == null || text.isBlank())
                && order.stream().allMatch(i -> i == null || i < 0);
    }
}
