package org.munacademy.assessment.entity;

import java.util.List;

/** A published test as other contexts plan with it: its code, title and the competencies its blueprint draws from. */
public record TestCoverage(String code, String title, List<String> competencyCodes) {

    public TestCoverage {
        competencyCodes = List.copyOf(competencyCodes);
    }
}
