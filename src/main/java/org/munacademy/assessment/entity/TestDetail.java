package org.munacademy.assessment.entity;

import java.util.List;
import java.util.Map;

/**
 * A test with its settings, what keeps it from being published (rules the bank cannot serve), how many attempts it
 * has, and the names of the persons its accommodations name (person id → full name).
 */
public record TestDetail(long id, String code, String standardCode, TestStatus status, long version,
        TestSettings settings, List<Shortfall> shortfalls, long attempts, Map<Long, String> accommodatedPersons) {
}
