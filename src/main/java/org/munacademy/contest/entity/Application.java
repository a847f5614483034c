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
 * An application to a nomination: the applicant (a team's leader for a team), their place at submission, the
 * questionnaire's answers (JSON object), consent, eligibility reasons, status and the stage reached. The id orders
 * applications for the tie-break (the earlier application first).
 */
@Entity
@Table(name = "contest_application")
public class Application extends BaseEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nomination_id", nullable = false, updatable = false)
    private Nomination nomination;

    @Column(name = "number", nullable = false, updatable = false)
    private String number;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "region_id", nullable = false, updatable = false)
    private long regionId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private long municipalityId;

    @Column(name = "team_name")
    private String teamName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ApplicationStatus status;

    @Column(name = "stage_seq", nullable = false)
    private int stageSeq = 1;

    @Column(name = "answers")
    private String answers;

    @Column(name = "eligibility")
    private String eligibility;

    @Column(name = "consent_at", nullable = false, updatable = false)
    private Instant consentAt;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Application() {
    }

    public Application(Nomination nomination, String number, long personId, long regionId, long municipalityId,
            String teamName, ApplicationStatus status, String answers, Instant consentAt, Instant submittedAt) {
        this.nomination = nomination;
        this.number = number;
        this.personId = personId;
        this.regionId = regionId;
        this.municipalityId = municipalityId;
        this.teamName = teamName;
        this.status = status;
        this.answers = answers;
        this.consentAt = consentAt;
        this.submittedAt = submittedAt;
    }

    public Nomination getNomination() {
        return nomination;
    }

    public String getNumber() {
        return number;
    }

    public long getPersonId() {
        return personId;
    }

    public long getRegionId() {
        return regionId;
    }

    public long getMunicipalityId() {
        return municipalityId;
    }

    public String getTeamName() {
        return teamName;
    }

    public void setTeamName(String teamName) {
        this.teamName = teamName;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public int getStageSeq() {
        return stageSeq;
    }

    public void setStageSeq(int stageSeq) {
        this.stageSeq = stageSeq;
    }

    public String getAnswers() {
        return answers;
    }

    public void setAnswers(String answers) {
        this.answers = answers;
    }

    public String getEligibility() {
        return eligibility;
    }

    public void setEligibility(String eligibility) {
        this.eligibility = eligibility;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public void setWithdrawnAt(Instant withdrawnAt) {
        this.withdrawnAt = withdrawnAt;
    }
}
