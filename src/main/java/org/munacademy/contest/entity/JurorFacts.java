package org.munacademy.contest.entity;

/**
 * What the conflict rules know about a juror: their person and place of work (municipality, region, department and
 * the rank of their position group — rank 1 is the highest). Built by the boundary from the organisation data;
 * {@code null} where a fact is not known, and an unknown fact never makes a conflict.
 */
public record JurorFacts(long jurorId, long personId, Long municipalityId, Long regionId, String department,
        Integer positionRank) {
}
