package org.munacademy.assessment.entity;

/** One answered item of an attempt: the competency it assesses and its score from 0 to 1. */
public record ScoredItem(String competencyCode, double score) {
}
