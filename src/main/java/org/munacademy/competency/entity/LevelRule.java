package org.munacademy.competency.entity;

/**
 * How a person's current level follows from their evidence (configurable: {@code academy.competency.*}):
 * <ul>
 * <li>LATEST: the most recent unexpired evidence;</li>
 * <li>HIGHEST_IN_WINDOW: the highest unexpired evidence within the last {@code windowMonths};</li>
 * <li>DECAYING_AVERAGE: the average of unexpired evidence, each weighted by half every {@code halfLifeMonths}.</li>
 * </ul>
 * Evidence older than {@code staleAfterMonths} (the newest one used) makes the level STALE.
 */
public record LevelRule(Kind kind, int windowMonths, int halfLifeMonths, int staleAfterMonths) {

    /** The rule's kind. */
    public enum Kind { LATEST, HIGHEST_IN_WINDOW, DECAYING_AVERAGE }

    public LevelRule {
        if (kind == null || windowMonths < 1 || halfLifeMonths < 1 || staleAfterMonths < 1) {
            throw new IllegalArgumentException("a level rule needs a kind and positive month counts");
        }
    }
}
