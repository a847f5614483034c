package org.munacademy.assessment.entity;

/** Who closed an attempt: the taker, or the server when the time ran out. */
public enum ClosedBy {
    TAKER, TIMER
}
