package org.munacademy.contest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.munacademy.shared.entity.BaseEntity;

/** A diploma of a winner or finalist of a published stage, with a number and a verification code. */
@Entity
@Table(name = "contest_diploma")
public class Diploma extends BaseEntity {
    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "stage_id", nullable = false, updatable = false)
    private long stageId;

    @Column(name = "number", nullable = false, updatable = false)
    private String number;

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false, length = 20)
    private ApplicationStatus outcome;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    protected Diploma() {
    }

    public Diploma(long applicationId, long stageId, String number, String code, ApplicationStatus outcome,
            LocalDate issuedOn) {
        this.applicationId = applicationId;
        this.stageId = stageId;
        this.number = number;
        this.code = code;
        this.outcome = outcome;
        this.issuedOn = issuedOn;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getStageId() {
        return stageId;
    }

    public String getNumber() {
        return number;
    }

    public String getCode() {
        return code;
    }

    public ApplicationStatus getOutcome() {
        return outcome;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }
}
