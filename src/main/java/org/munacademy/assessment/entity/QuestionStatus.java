package org.munacademy.assessment.entity;

/** A question's life: drafted, active (drawn into attempts), retired (kept for past attempts, never drawn). */
public enum QuestionStatus {
    DRAFT, ACTIVE, RETIRED
}
