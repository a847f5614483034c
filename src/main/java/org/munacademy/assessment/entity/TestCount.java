package org.munacademy.assessment.entity;

/** A test with a number of something about it (attempts in progress, people overdue), for overviews. */
public record TestCount(long testId, String code, String title, long count) {
}
