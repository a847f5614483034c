package org.munacademy.assessment.entity;

/** A test is drafted, published (takers may start it within its window) and archived (no new attempts). */
public enum TestStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
