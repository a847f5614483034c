package org.munacademy.competency.entity;

import java.time.LocalDate;

/**
 * A person's current level in one competency as the configured rule derives it from the evidence.
 *
 * @param level   the level (rounded for the decaying average), or null when there is no usable evidence
 * @param score   the unrounded value (equals {@code level} except for the decaying average)
 * @param state   CURRENT, STALE (only old evidence), EXPIRED (only expired evidence) or NONE
 * @param asOf    the date of the newest evidence used
 * @param pieces  how many pieces of evidence were used
 */
public record CurrentLevel(String competencyCode, Integer level, Double score, State state, LocalDate asOf,
        int pieces) {

    /** How trustworthy the current level is. */
    public enum State { CURRENT, STALE, EXPIRED, NONE }

    public static CurrentLevel none(String competencyCode) {
        return new CurrentLevel(competencyCode, null, null, State.NONE, null, 0);
    }
}
