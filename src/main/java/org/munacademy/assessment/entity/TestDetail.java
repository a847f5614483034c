package org.munacademy.assessment.entity;

import java.util.List;

/** A test with its settings and what keeps it from being published (rules the bank cannot serve). */
public record TestDetail(long id, String code, String standardCode, TestStatus status, long version,
        TestSettings settings, List<String> shortfalls, long attempts) {
}
