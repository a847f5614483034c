package org.munacademy.assessment.entity;

/** Extra minutes a named person gets on a test (an accommodation). */
public record Accommodation(long personId, int extraMinutes) {
}
