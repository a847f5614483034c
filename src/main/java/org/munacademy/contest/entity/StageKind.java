package org.munacademy.contest.entity;

/** The kinds of stage, in their usual order. */
public enum StageKind {
    /** Documents and eligibility check by the contest administrator. */
    DOCUMENTS,
    /** A distance test of the assessment context; its per-competency results become evidence. */
    TEST,
    /** Jurors score essays and case solutions against the rubric. */
    JURY,
    /** Interview or presentation scored live by the final jury; results when the chair closes the round. */
    FINAL
}
