package org.munacademy.assessment.entity;

/** A competency score with the competency's name and the level the taker's position requires (null if none). */
public record CompetencyResult(String competencyCode, String competencyName, CompetencyScore score,
        Integer requiredLevel) {
}
