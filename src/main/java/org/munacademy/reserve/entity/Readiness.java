package org.munacademy.reserve.entity;

/**
 * How ready a person is for the target of their entry, computed from competency evidence against the target's
 * required profile (never typed in): best first.
 */
public enum Readiness {
    READY_NOW, WITHIN_1_YEAR, ONE_TO_TWO_YEARS, NOT_READY
}
