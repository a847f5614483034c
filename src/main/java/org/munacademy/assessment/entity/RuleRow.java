package org.munacademy.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stored blueprint rule: how many items of a competency (at a level, or any) each attempt draws. */
@Embeddable
public class RuleRow {

    @Column(name = "competency_code", nullable = false)
    private String competencyCode;

    @Column(name = "level_no")
    private Integer level;

    @Column(name = "item_count", nullable = false)
    private int count;

    protected RuleRow() {
    }

    public RuleRow(String competencyCode, Integer level, int count) {
        this.competencyCode = competencyCode;
        this.level = level;
        this.count = count;
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    public Integer getLevel() {
        return level;
    }

    public int getCount() {
        return count;
    }
}
