package org.munacademy.learning.entity;

import java.util.List;

/** A person of HR's scope whose gaps a programme closes, with the weighted gap closed and the reason in words. */
public record PersonNeed(long personId, String name, String municipality, int score, String reason,
        List<ClosedGap> closes) {

    public PersonNeed {
        closes = List.copyOf(closes);
    }
}
