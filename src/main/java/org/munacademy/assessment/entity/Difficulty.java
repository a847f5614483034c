package org.munacademy.assessment.entity;

/** The difficulty a methodologist intends for a question (statistics later show the observed facility). */
public enum Difficulty {
    EASY, MEDIUM, HARD
}
