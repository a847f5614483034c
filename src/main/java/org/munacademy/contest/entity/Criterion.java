package org.munacademy.contest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.munacademy.shared.entity.BaseEntity;

/**
 * A rubric criterion of a stage: weight, maximum score and anchored level descriptors (what a low, middle and high
 * score look like).
 */
@Entity
@Table(name = "contest_criterion")
public class Criterion extends BaseEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stage_id", nullable = false, updatable = false)
    private Stage stage;

    @Column(name = "seq", nullable = false, updatable = false)
    private int seq;

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "weight", nullable = false)
    private BigDecimal weight;

    @Column(name = "max_score", nullable = false)
    private int maxScore;

    @Column(name = "anchor_low")
    private String anchorLow;

    @Column(name = "anchor_mid")
    private String anchorMid;

    @Column(name = "anchor_high")
    private String anchorHigh;

    protected Criterion() {
    }

    public Criterion(Stage stage, int seq, String code, String title, BigDecimal weight, int maxScore,
            String anchorLow, String anchorMid, String anchorHigh) {
        this.stage = stage;
        this.seq = seq;
        this.code = code;
        this.title = title;
        this.weight = weight;
        this.maxScore = maxScore;
        this.anchorLow = anchorLow;
        this.anchorMid = anchorMid;
        this.anchorHigh = anchorHigh;
    }

    public Stage getStage() {
        return stage;
    }

    public int getSeq() {
        return seq;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }

    public int getMaxScore() {
        return maxScore;
    }

    public void setMaxScore(int maxScore) {
        this.maxScore = maxScore;
    }

    public String getAnchorLow() {
        return anchorLow;
    }

    public void setAnchorLow(String anchorLow) {
        this.anchorLow = anchorLow;
    }

    public String getAnchorMid() {
        return anchorMid;
    }

    public void setAnchorMid(String anchorMid) {
        this.anchorMid = anchorMid;
    }

    public String getAnchorHigh() {
        return anchorHigh;
    }

    public void setAnchorHigh(String anchorHigh) {
        this.anchorHigh = anchorHigh;
    }
}
