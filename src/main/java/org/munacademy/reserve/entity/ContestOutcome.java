package org.munacademy.reserve.entity;

/**
 * What a person achieved at a stage of the contest «Муниципальный лидер» whose final results bring them into the
 * reserve: a winner (победитель) or a finalist (финалист / лауреат). Both are admitted; the outcome is written into
 * the entry's basis and history.
 */
public enum ContestOutcome {
    WINNER, FINALIST;

    /** How the outcome reads in a Russian history line and document. */
    public String titleRu() {
        return this == WINNER ? "победитель" : "финалист";
    }
}
