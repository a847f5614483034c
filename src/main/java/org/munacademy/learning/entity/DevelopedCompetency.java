package org.munacademy.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stored competency a programme develops, with the target level of the standard's scale. */
@Embeddable
public class DevelopedCompetency {

    @Column(name = "competency_code", nullable = false)
    private String competencyCode;

    @Column(name = "target_level", nullable = false)
    private int targetLevel;

    protected DevelopedCompetency() {
    }

    public DevelopedCompetency(String competencyCode, int targetLevel) {
        this.competencyCode = competencyCode;
        this.targetLevel = targetLevel;
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    public int getTargetLevel() {
        return targetLevel;
    }

    public CompetencyTarget toTarget() {
        return new CompetencyTarget(competencyCode, targetLevel);
    }
}
