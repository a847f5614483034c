package org.munacademy.contest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.munacademy.shared.entity.BaseEntity;

/** An application's result at one stage: pending, passed or failed, with the aggregate score and place when ranked. */
@Entity
@Table(name = "contest_result")
public class StageResult extends BaseEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stage_id", nullable = false, updatable = false)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ResultStatus status;

    @Column(name = "score")
    private BigDecimal score;

    @Column(name = "place")
    private Integer place;

    @Column(name = "note")
    private String note;

    protected StageResult() {
    }

    public StageResult(Application application, Stage stage, ResultStatus status) {
        this.application = application;
        this.stage = stage;
        this.status = status;
    }

    public Application getApplication() {
        return application;
    }

    public Stage getStage() {
        return stage;
    }

    public ResultStatus getStatus() {
        return status;
    }

    public void setStatus(ResultStatus status) {
        this.status = status;
    }

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }

    public Integer getPlace() {
        return place;
    }

    public void setPlace(Integer place) {
        this.place = place;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
