package org.munacademy.contest.entity;

/** What is wrong with one answer of a questionnaire; the arguments of each are listed with it. */
public enum FieldProblemKind {
    /** A required field has no answer (or a blank one): {}. */
    REQUIRED_MISSING,
    /** The answer is longer than allowed: {maxLength, length}. */
    TOO_LONG,
    /** A number field's answer is not a decimal number: {answer}. */
    NOT_A_NUMBER,
    /** A number is below the minimum: {answer, min}. */
    BELOW_MIN,
    /** A number is above the maximum: {answer, max}. */
    ABOVE_MAX,
    /** A date field's answer is not a date written yyyy-MM-dd: {answer}. */
    NOT_A_DATE,
    /** A choice field's answer is not one of the choices: {answer}. */
    NOT_A_CHOICE,
    /** An answer to a field the questionnaire does not have: {}. */
    UNKNOWN_FIELD
}
