package org.munacademy.reserve.entity;

import java.util.List;

/**
 * A ranked shortlist for a vacancy (see the order stated in {@code ShortlistRanker}).
 *
 * @param candidates  how many candidates were ranked (the rows are the best {@code limit} of them)
 * @param truncated   whether the pool of employees was cut at its limit (everyone=true in a large place)
 */
public record Shortlist(String groupCode, String positionCode, String targetName, boolean everyone,
        int candidates, boolean truncated, ReadinessThresholds thresholds, List<ShortlistRow> rows) {

    public Shortlist {
        rows = List.copyOf(rows);
    }
}
