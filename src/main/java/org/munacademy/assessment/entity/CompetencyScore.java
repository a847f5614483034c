package org.munacademy.assessment.entity;

/**
 * A taker's result on one competency: items answered on it, points (each item 0…1), the percentage, the attained
 * level by the cut scores (0 = below the first cut) and a 95 % confidence band (Wilson interval of the
 * percentage with the number of items) with the levels at its bounds.
 */
public record CompetencyScore(String competencyCode, int items, double points, double percent, int level,
        double percentLow, double percentHigh, int levelLow, int levelHigh) {
}
