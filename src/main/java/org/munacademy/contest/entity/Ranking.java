package org.munacademy.contest.entity;

import java.util.List;

/**
 * The applications of a score table ranked by one method, best first; places are 1..n after the tie-break.
 *
 * @param method       the aggregation method
 * @param applications every application of the table, in place order
 */
public record Ranking(AggregationMethod method, List<RankedApplication> applications) {

    public Ranking {
        applications = List.copyOf(applications);
    }

    /** The first {@code count} application ids (all when there are fewer), in place order. */
    public List<Long> top(int count) {
        return applications.subList(0, Math.max(0, Math.min(count, applications.size()))).stream()
                .map(RankedApplication::applicationId).toList();
    }

    /** The place of the application, or 0 when it is not ranked. */
    public int placeOf(long applicationId) {
        for (RankedApplication r : applications) {
            if (r.applicationId() == applicationId) {
                return r.place();
            }
        }
        return 0;
    }
}
