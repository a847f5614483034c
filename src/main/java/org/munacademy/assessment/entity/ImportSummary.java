package org.munacademy.assessment.entity;

/** What an import did: new questions, questions given a new revision, questions already identical. */
public record ImportSummary(int created, int revised, int unchanged) {
}
