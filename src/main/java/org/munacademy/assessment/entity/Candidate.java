package org.munacademy.assessment.entity;

/** A bank question that a blueprint may draw: its id and the competency and level it assesses. */
public record Candidate(long questionId, String competencyCode, int level) {
}
