package org.munacademy.competency.entity;

/**
 * One line of a person's gap list: the requirement, the current level and how far apart they are.
 *
 * @param gap    target minus current (0 when the target is met; the target itself when there is no level)
 * @param status BELOW_MIN, BELOW_TARGET, MEETS, or UNKNOWN (no usable evidence)
 * @param selfAssessed the person's own rating (newest usable self-assessment), or null; shown beside the current
 *               level, never part of it, the gap or the status
 */
public record Gap(String competencyCode, String competencyName, String areaCode, int minLevel, int targetLevel,
        int weight, CurrentLevel current, int gap, Status status, Integer selfAssessed) {

    /** A gap without a self-assessment. */
    public Gap(String competencyCode, String competencyName, String areaCode, int minLevel, int targetLevel,
            int weight, CurrentLevel current, int gap, Status status) {
        this(competencyCode, competencyName, areaCode, minLevel, targetLevel, weight, current, gap, status, null);
    }

    /** Where the current level stands against the required range. */
    public enum Status { BELOW_MIN, BELOW_TARGET, MEETS, UNKNOWN }
}
