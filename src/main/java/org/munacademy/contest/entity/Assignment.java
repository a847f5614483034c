package org.munacademy.contest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.munacademy.shared.entity.BaseEntity;

/**
 * A juror assigned to score an application at a stage; submitted sheets are locked (reopening is the administrator's,
 * with a reason). submitted_seq orders submissions.
 */
@Entity(name = "JuryAssignment")
@Table(name = "contest_assignment")
public class Assignment extends BaseEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stage_id", nullable = false, updatable = false)
    private Stage stage;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "juror_id", nullable = false, updatable = false)
    private Juror juror;

    @Column(name = "submitted", nullable = false)
    private boolean submitted;

    @Column(name = "submitted_seq")
    private Long submittedSeq;

    @Column(name = "remark")
    private String remark;

    protected Assignment() {
    }

    public Assignment(Stage stage, Application application, Juror juror) {
        this.stage = stage;
        this.application = application;
        this.juror = juror;
    }

    public Stage getStage() {
        return stage;
    }

    public Application getApplication() {
        return application;
    }

    public Juror getJuror() {
        return juror;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public void setSubmitted(boolean submitted) {
        this.submitted = submitted;
    }

    public Long getSubmittedSeq() {
        return submittedSeq;
    }

    public void setSubmittedSeq(Long submittedSeq) {
        this.submittedSeq = submittedSeq;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }
}
