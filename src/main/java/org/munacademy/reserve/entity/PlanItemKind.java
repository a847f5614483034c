package org.munacademy.reserve.entity;

/** An item of an individual development plan. */
public enum PlanItemKind {
    /** A programme of the learning context (ref_code = its code), done when the person completes it. */
    PROGRAMME,
    /** An assessment test (ref_code = its code), done when the person finishes an attempt. */
    ASSESSMENT,
    /** A task with a due date (a project, an internship), marked done by HR or the person. */
    TASK,
    /** Work with the mentor. */
    MENTORING
}
