package org.munacademy.contest.entity;

/**
 * What the conflict rules know about one member of an application (the applicant themselves, or one member of a
 * team): their person and place of work, as in {@link JurorFacts}; {@code null} where not known.
 */
public record MemberFacts(long personId, Long municipalityId, String department, Integer positionRank) {
}
