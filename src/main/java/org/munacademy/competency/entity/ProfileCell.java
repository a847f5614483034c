package org.munacademy.competency.entity;

/** A requirement as the profile matrix shows it: group, optional position, competency, range and weight. */
public record ProfileCell(String positionGroupCode, String positionCode, String competencyCode, int minLevel,
        int targetLevel, int weight) {
}
