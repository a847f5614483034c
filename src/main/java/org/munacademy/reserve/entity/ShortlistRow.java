package org.munacademy.reserve.entity;

import java.util.List;

/**
 * One candidate of a shortlist, at their rank: who and where, the fit to the required profile, readiness with the
 * reasons per competency, and (for a person in the reserve) the entry, time in reserve and plan progress.
 *
 * @param entryId        the person's open entry for this target, or null (a candidate from outside the reserve)
 * @param daysInReserve  days since inclusion (0 outside the reserve)
 * @param planPercent    the development plan's share of items done, 0–100 (0 without a plan)
 */
public record ShortlistRow(int rank, long personId, String personName, Long municipalityId, String municipalityName,
        Long entryId, String reserveCode, double fit, int belowMin, Readiness readiness, long daysInReserve,
        int planPercent, List<ReadinessReason> reasons) {

    public ShortlistRow {
        reasons = List.copyOf(reasons);
    }
}
