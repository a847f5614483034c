package org.munacademy.competency.entity;

/** What a position group (or a position) requires of one competency: a level range and a weight. */
public record Requirement(String competencyCode, int minLevel, int targetLevel, int weight) {

    public Requirement {
        if (minLevel < 1 || targetLevel < minLevel || weight < 1) {
            throw new IllegalArgumentException("need 1 <= min <= target and weight >= 1");
        }
    }
}
