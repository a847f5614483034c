package org.munacademy.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.munacademy.shared.entity.BaseEntity;

/** A finished attempt's result on one competency (see {@link CompetencyScore}). */
@Entity
@Table(name = "assessment_result")
public class AttemptResult extends BaseEntity {

    @Column(name = "attempt_id", nullable = false)
    private Long attemptId;

    @Column(name = "competency_code", nullable = false)
    private String competencyCode;

    @Column(nullable = false)
    private int items;

    @Column(nullable = false)
    private BigDecimal points;

    @Column(nullable = false)
    private BigDecimal percent;

    @Column(name = "level_no", nullable = false)
    private int level;

    @Column(name = "percent_low", nullable = false)
    private BigDecimal percentLow;

    @Column(name = "percent_high", nullable = false)
    private BigDecimal percentHigh;

    @Column(name = "level_low", nullable = false)
    private int levelLow;

    @Column(name = "level_high", nullable = false)
    private int levelHigh;

    protected AttemptResult() {
    }

    public AttemptResult(Long attemptId, CompetencyScore s) {
        this.attemptId = attemptId;
        this.competencyCode = s.competencyCode();
        this.items = s.items();
        this.points = scale(s.points(), 4);
        this.percent = scale(s.percent(), 2);
        this.level = s.level();
        this.percentLow = scale(s.percentLow(), 2);
        this.percentHigh = scale(s.percentHigh(), 2);
        this.levelLow = s.levelLow();
        this.levelHigh = s.levelHigh();
    }

    private static BigDecimal scale(double d, int scale) {
        return BigDecimal.valueOf(d).setScale(scale, RoundingMode.HALF_UP);
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public CompetencyScore toScore() {
        return new CompetencyScore(competencyCode, items, points.doubleValue(), percent.doubleValue(), level,
                percentLow.doubleValue(), percentHigh.doubleValue(), levelLow, levelHigh);
    }
}
