package org.munacademy.assessment.entity;

/**
 * A warning about an item from its statistics (see {@code ItemStatistics}): the item is too hard or too easy for
 * the people who take it, or it does not separate the stronger from the weaker. Shown in the user's language from
 * the bundle key {@code admin.stats.flag.<NAME>}; REST clients get the constant's name.
 */
public enum ItemFlag {
    /** Facility below {@code ItemStatistics.HARD_FACILITY}. */
    TOO_HARD,
    /** Facility above {@code ItemStatistics.EASY_FACILITY}. */
    TOO_EASY,
    /** The stronger score lower on the item than the weaker: check the key. */
    NEGATIVE_DISCRIMINATION,
    /** Discrimination below {@code ItemStatistics.WEAK_DISCRIMINATION_BELOW}. */
    WEAK_DISCRIMINATION
}
