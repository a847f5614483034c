package org.munacademy.contest.entity;

/** The types of a nomination questionnaire's fields. */
public enum FieldType {
    TEXT, LONG_TEXT, NUMBER, DATE, CHOICE, FILE
}
