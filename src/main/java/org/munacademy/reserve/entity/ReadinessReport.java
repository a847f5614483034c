package org.munacademy.reserve.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * A computed readiness with everything that explains it: the level, the fit and the number of competencies below
 * minimum it came from, the thresholds applied, and one reason per required competency of the target profile.
 *
 * @param entryId   the entry it was computed for, or null (a shortlist candidate without an entry)
 * @param personId  the person
 * @param on        the day it was computed for
 */
public record ReadinessReport(Long entryId, long personId, Readiness level, double fit, int belowMin,
        ReadinessThresholds thresholds, List<ReadinessReason> reasons, LocalDate on) {

    public ReadinessReport {
        reasons = List.copyOf(reasons);
    }

    /** The one-line summary kept in the entry's history when the level changes. */
    public String summary() {
        return "fit=" + String.format(java.util.Locale.ROOT, "%.3f", fit) + ", below min=" + belowMin;
    }
}
