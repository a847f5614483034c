package org.munacademy.learning.entity;

import java.util.List;

/**
 * A programme recommended to a person: the weighted gap it closes in their required profile ({@code score}: Σ weight
 * × levels closed), the reason in words ("закрывает: BUD-01 1 → 3, LAW-02 2 → 3"), the gaps one by one, and the
 * cohorts one can enrol in now (none: the programme has no open cohort today).
 */
public record Recommendation(String programmeCode, String programmeTitle, int hours, int score, String reason,
        List<ClosedGap> closes, List<CohortRow> openCohorts) {

    public Recommendation {
        closes = List.copyOf(closes);
        openCohorts = List.copyOf(openCohorts);
    }

    /** Whether one can enrol now: an open cohort (its window open today; a seat or the waiting list). */
    public boolean open() {
        return !openCohorts.isEmpty();
    }
}
