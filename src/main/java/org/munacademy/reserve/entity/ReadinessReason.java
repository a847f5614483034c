package org.munacademy.reserve.entity;

import java.time.LocalDate;

/**
 * Why readiness is what it is, for one required competency of the target profile: the requirement, the current level
 * and the evidence behind it.
 *
 * @param level        the current level, or null without usable evidence
 * @param status       MEETS, BELOW_TARGET, BELOW_MIN or UNKNOWN (no usable evidence; counts as below minimum)
 * @param belowMin     whether it counts as below minimum (BELOW_MIN or UNKNOWN)
 * @param evidence     CURRENT, STALE (only old evidence), EXPIRED (only expired evidence) or NONE
 * @param asOf         the date of the newest evidence used, or null
 * @param pieces       how many pieces of evidence the level rests on
 * @param ageDays      the age of the newest evidence used, in days on the day of the computation, or null
 */
public record ReadinessReason(String competencyCode, String competencyName, Integer level, int minLevel,
        int targetLevel, int weight, int gap, String status, boolean belowMin, String evidence, LocalDate asOf,
        int pieces, Long ageDays) {
}
