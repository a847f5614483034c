package org.munacademy.contest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.munacademy.shared.entity.BaseEntity;

/** An applicant's appeal against a stage's result, filed in the appeal window, and its decision. */
@Entity
@Table(name = "contest_appeal")
public class Appeal extends BaseEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stage_id", nullable = false, updatable = false)
    private Stage stage;

    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AppealStatus status;

    @Column(name = "decision")
    private String decision;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    protected Appeal() {
    }

    public Appeal(Application application, Stage stage, String reason, AppealStatus status, Instant filedAt) {
        this.application = application;
        this.stage = stage;
        this.reason = reason;
        this.status = status;
        this.filedAt = filedAt;
    }

    public Application getApplication() {
        return application;
    }

    public Stage getStage() {
        return stage;
    }

    public String getReason() {
        return reason;
    }

    public AppealStatus getStatus() {
        return status;
    }

    public void setStatus(AppealStatus status) {
        this.status = status;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public Instant getFiledAt() {
        return filedAt;
    }
}
