package org.munacademy.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A stored cut score (see {@link CutScore}). */
@Embeddable
public class CutRow {

    @Column(name = "competency_code")
    private String competencyCode;

    @Column(name = "level_no", nullable = false)
    private int level;

    @Column(name = "min_percent", nullable = false)
    private BigDecimal minPercent;

    protected CutRow() {
    }

    public CutRow(CutScore cut) {
        this.competencyCode = cut.competencyCode();
        this.level = cut.level();
        this.minPercent = BigDecimal.valueOf(cut.minPercent());
    }

    public CutScore toCut() {
        return new CutScore(competencyCode, level, minPercent.doubleValue());
    }
}
