package org.munacademy.contest.entity;

/** A juror of a stage with their load (assigned, submitted) and flags. */
public record JurorRow(long id, long stageId, String username, String name, String region, boolean chair,
        int assigned, int submitted) {
}
