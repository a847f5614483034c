package org.munacademy.home.entity;

import java.util.List;

/**
 * A tile on the home page: a title, optionally one big figure with its caption (a headcount, a share, a number of
 * overdue tests), lines (the top gaps, the next deadlines, the latest audit events), the text shown when there are
 * no lines, and where "more" leads.
 *
 * @param id      the DOM id (stable: browser tests and help texts refer to it), e.g. {@code home-my-tests}
 * @param figure  the big figure as shown (already formatted: "72 %", "18"), or null
 * @param empty   shown instead of the lines when there are none (null: nothing)
 * @param more    where the tile's "more" link leads, or null
 */
public record HomeTile(String id, HomeText title, String figure, HomeText caption, HomeTone tone,
        List<HomeLine> lines, HomeText empty, HomeLink more) {

    public HomeTile {
        if (id == null || id.isBlank() || title == null) {
            throw new IllegalArgumentException("A tile needs an id and a title");
        }
        tone = tone == null ? HomeTone.NORMAL : tone;
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
