package org.munacademy.assessment.entity;

/** A test in the list of tests. */
public record TestRow(long id, String code, String title, String positionGroupCode, TestStatus status,
        int timeLimitSeconds, int items, int attemptsAllowed, ReviewPolicy review, boolean openForSelf,
        long version) {
}
