package org.munacademy.assessment.entity;

/** The kinds of question the item bank holds. */
public enum QuestionType {
    /** One correct option among several. */
    SINGLE_CHOICE,
    /** Several options, each with a weight (negative for wrong ones); the item score is their sum, from 0 to 1. */
    MULTIPLE_CHOICE,
    /** A statement that is true or false (two options, «Верно» and «Неверно»). */
    TRUE_FALSE,
    /** A short text answer compared with accepted alternatives after normalisation. */
    SHORT_TEXT,
    /** A number, right within a tolerance. */
    NUMERIC,
    /** Left items matched with right items. */
    MATCHING,
    /** Items put in the right order. */
    ORDERING,
    /**
     * An essay (extended text, QTI extendedTextInteraction): typed freely, graded by a person against a rubric
     * ({@link ItemContent.Essay}); never scored automatically.
     */
    ESSAY;

    /** Whether a person grades answers to such questions (the attempt awaits grading until they do). */
    public boolean gradedManually() {
        return this == ESSAY;
    }
}
