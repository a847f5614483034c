package org.munacademy.learning.entity;

/** What a prerequisite names: a position group, a least current level in a competency, or another programme. */
public enum PrerequisiteKind {
    /** The participant holds a position of this group (organisation's code: LEADING, CHIEF...). */
    POSITION_GROUP,
    /** The participant's current level in a competency is at least the given one. */
    COMPETENCY_LEVEL,
    /** The participant completed this programme before. */
    PROGRAMME
}
