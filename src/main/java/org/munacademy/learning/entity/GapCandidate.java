package org.munacademy.learning.entity;

/**
 * A person in the HR officer's scope with a gap in a competency (below the target level of their position's profile,
 * or no level yet): the current and target level, and their status in the cohort asked about (null when not in it).
 */
public record GapCandidate(long personId, String name, String municipality, Integer current, Integer target,
        EnrolmentStatus status) {
}
