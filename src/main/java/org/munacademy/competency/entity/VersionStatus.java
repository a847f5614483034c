package org.munacademy.competency.entity;

/**
 * Life cycle of a standard version: a draft is edited by methodologists; a published version is immutable and is
 * what everybody measures against (one per standard at a time); a retired one is kept readable for history.
 */
public enum VersionStatus {
    DRAFT, PUBLISHED, RETIRED
}
