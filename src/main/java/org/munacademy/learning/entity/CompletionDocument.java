package org.munacademy.learning.entity;

/**
 * The document a graduate of an additional professional programme receives after the final assessment (273-ФЗ,
 * ст. 76): an удостоверение о повышении квалификации or a диплом о профессиональной переподготовке. Which one follows
 * from the programme's kind ({@link ProgrammeKind#document()}); issuing it comes with enrolment and completion.
 */
public enum CompletionDocument {
    /** Удостоверение о повышении квалификации. */
    QUALIFICATION_CERTIFICATE,
    /** Диплом о профессиональной переподготовке. */
    RETRAINING_DIPLOMA
}
