package org.munacademy.organisation.entity;

/** Whether a position group is one of the five groups of municipal service or an elected office. */
public enum PositionGroupKind {
    MUNICIPAL_SERVICE, ELECTED
}
