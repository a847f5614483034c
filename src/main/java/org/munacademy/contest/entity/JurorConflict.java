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

/**
 * A conflict of interest a juror declared in writing for one application (relative, other), and the contest
 * administrator's decision. Automatic conflicts are computed from organisation data and not stored.
 */
@Entity
@Table(name = "contest_conflict")
public class JurorConflict extends BaseEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "juror_id", nullable = false, updatable = false)
    private Juror juror;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    private ConflictKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ConflictStatus status;

    @Column(name = "statement")
    private String statement;

    @Column(name = "declared_at", nullable = false, updatable = false)
    private Instant declaredAt;

    @Column(name = "decided_by")
    private String decidedBy;

    protected JurorConflict() {
    }

    public JurorConflict(Juror juror, Application application, ConflictKind kind, ConflictStatus status,
            String statement, Instant declaredAt) {
        this.juror = juror;
        this.application = application;
        this.kind = kind;
        this.status = status;
        this.statement = statement;
        this.declaredAt = declaredAt;
    }

    public Juror getJuror() {
        return juror;
    }

    public Application getApplication() {
        return application;
    }

    public ConflictKind getKind() {
        return kind;
    }

    public ConflictStatus getStatus() {
        return status;
    }

    public void setStatus(ConflictStatus status) {
        this.status = status;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }
}
