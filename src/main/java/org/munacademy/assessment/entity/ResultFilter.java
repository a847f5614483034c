package org.munacademy.assessment.entity;

/** Filter of the HR results list: a test, text in the person's name (each optional). */
public record ResultFilter(Long testId, String text) {

    public static ResultFilter all() {
        return new ResultFilter(null, null);
    }
}
