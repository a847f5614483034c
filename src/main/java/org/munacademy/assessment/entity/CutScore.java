package org.munacademy.assessment.entity;

/**
 * A cut score: from {@code minPercent} per cent of the available points on a competency's items a taker attains
 * {@code level}. A null competency code makes it the test's default for every competency without its own cuts.
 */
public record CutScore(String competencyCode, int level, double minPercent) {
}
