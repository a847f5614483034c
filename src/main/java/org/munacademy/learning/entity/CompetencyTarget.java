package org.munacademy.learning.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A competency of the published standard (by code) and the level of its scale a programme develops it to. The
 * boundary checks both against the standard through the competency context. A class rather than a record: Payara's
 * OpenAPI generator fails on constraint annotations of record components (as {@code EvidenceInput} says); the
 * record-style accessors stay for the code that reads it.
 */
public final class CompetencyTarget {

    @NotBlank(message = "{learning.competency.required}")
    private String competencyCode;

    @NotNull(message = "{learning.targetLevel.required}")
    private Integer targetLevel;

    public CompetencyTarget() {
    }

    public CompetencyTarget(String competencyCode, Integer targetLevel) {
        this.competencyCode = competencyCode;
        this.targetLevel = targetLevel;
    }

    public String competencyCode() {
        return competencyCode;
    }

    public Integer targetLevel() {
        return targetLevel;
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    public void setCompetencyCode(String competencyCode) {
        this.competencyCode = competencyCode;
    }

    public Integer getTargetLevel() {
        return targetLevel;
    }

    public void setTargetLevel(Integer targetLevel) {
        this.targetLevel = targetLevel;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompetencyTarget t && Objects.equals(competencyCode, t.competencyCode)
                && Objects.equals(targetLevel, t.targetLevel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(competencyCode, targetLevel);
    }

    @Override
    public String toString() {
        return competencyCode + " → " + targetLevel;
    }
}
