package org.munacademy.learning.entity;

/**
 * Where a programme stands: a draft methodologists prepare, published in the catalogue (people decide from it and,
 * with cohorts, enrol), or archived (kept for the documents issued on it, no longer offered).
 */
public enum ProgrammeStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
