package org.munacademy.learning.entity;

import java.util.List;

/**
 * A published programme in HR's "who needs what": how many persons of the scope (or of one municipality) it closes a
 * gap for — not counting those already in or through it — and its open cohorts.
 */
public record ProgrammeNeed(String programmeCode, String programmeTitle, int hours, int persons,
        List<CohortRow> openCohorts) {

    public ProgrammeNeed {
        openCohorts = List.copyOf(openCohorts);
    }
}
