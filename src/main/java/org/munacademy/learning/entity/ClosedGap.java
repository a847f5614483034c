package org.munacademy.learning.entity;

/**
 * A gap a programme closes for a person: the competency, the person's current level (null: no level yet) and the
 * level the programme brings them to — its target, but never beyond what the person's profile requires.
 */
public record ClosedGap(String competencyCode, Integer from, int to) {

    /** How many levels it closes (no level counts as 0). */
    public int levels() {
        return to - (from == null ? 0 : from);
    }

    /** "BUD-01 1 → 3" ("—" for no level yet). */
    public String text() {
        return competencyCode + " " + (from == null ? "—" : from) + " → " + to;
    }
}
