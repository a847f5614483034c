package org.munacademy.reserve.entity;

/** What a commission decides about one entry in a protocol. */
public enum DecisionKind {
    /** Include a nominated person in the reserve. */
    INCLUDE,
    /** Refuse a nomination. */
    NOT_INCLUDE,
    /** Extend the term of an entry in the reserve. */
    EXTEND,
    /** Exclude a person from the reserve on a stated ground. */
    EXCLUDE
}
