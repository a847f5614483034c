package org.munacademy.assessment.entity;

/**
 * One line of a test blueprint: draw {@code count} questions on a competency, at one level or, when
 * {@code level} is null, at any level.
 */
public record BlueprintRule(String competencyCode, Integer level, int count) {
}
