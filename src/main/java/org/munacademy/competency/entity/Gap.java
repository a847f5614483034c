package org.munacademy.competency.entity;

/**
 * One line of a person's gap list: the requirement, the current level and how far apart they are.
 *
 * @param gap    target minus current (0 when the target is met; the target itself when there is no level)
 * @param status BELOW_MIN, BELOW_TARGET, MEETS, or UNKNOWN (no usable evidence)
 */
public record Gap(String competencyCode, String competencyName, String areaCode, int minLevel, int targetLevel,
        int weight, CurrentLevel current, int gap, Status status) {

    /** Where the current level stands against the required range. */
    public enum Status { BELOW_MIN, BELOW_TARGET, MEETS, UNKNOWN }
}
