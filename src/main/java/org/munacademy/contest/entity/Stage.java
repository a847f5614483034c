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
import java.time.Instant;
import java.time.LocalDate;
import org.munacademy.shared.entity.BaseEntity;

/**
 * A stage of a nomination, in order (seq): documents, test, jury, final; regional or federal; its pass rule and
 * aggregation method (fixed when scoring opens), its status and appeal window.
 */
@Entity
@Table(name = "contest_stage")
public class Stage extends BaseEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "nomination_id", nullable = false, updatable = false)
    private Nomination nomination;

    @Column(name = "seq", nullable = false, updatable = false)
    private int seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private StageKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage_level", nullable = false, length = 20)
    private StageLevel level;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "pass_rule", nullable = false, length = 20)
    private PassRuleKind passRule;

    @Column(name = "pass_value", nullable = false)
    private BigDecimal passValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 20)
    private AggregationMethod method;

    @Column(name = "jurors_per_application", nullable = false)
    private int jurorsPerApplication;

    @Column(name = "blind", nullable = false)
    private boolean blind;

    @Column(name = "test_code")
    private String testCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private StageStatus status;

    @Column(name = "appeal_days", nullable = false)
    private int appealDays;

    @Column(name = "appeal_until")
    private LocalDate appealUntil;

    @Column(name = "method_fixed_at")
    private Instant methodFixedAt;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    protected Stage() {
    }

    public Stage(Nomination nomination, int seq, StageKind kind, StageLevel level, String title, LocalDate opensOn,
            LocalDate closesOn, PassRuleKind passRule, BigDecimal passValue, AggregationMethod method,
            int jurorsPerApplication, boolean blind, String testCode, StageStatus status, int appealDays) {
        this.nomination = nomination;
        this.seq = seq;
        this.kind = kind;
        this.level = level;
        this.title = title;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.passRule = passRule;
        this.passValue = passValue;
        this.method = method;
        this.jurorsPerApplication = jurorsPerApplication;
        this.blind = blind;
        this.testCode = testCode;
        this.status = status;
        this.appealDays = appealDays;
    }

    public Nomination getNomination() {
        return nomination;
    }

    public int getSeq() {
        return seq;
    }

    public StageKind getKind() {
        return kind;
    }

    public void setKind(StageKind kind) {
        this.kind = kind;
    }

    public StageLevel getLevel() {
        return level;
    }

    public void setLevel(StageLevel level) {
        this.level = level;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public PassRuleKind getPassRule() {
        return passRule;
    }

    public void setPassRule(PassRuleKind passRule) {
        this.passRule = passRule;
    }

    public BigDecimal getPassValue() {
        return passValue;
    }

    public void setPassValue(BigDecimal passValue) {
        this.passValue = passValue;
    }

    public AggregationMethod getMethod() {
        return method;
    }

    public void setMethod(AggregationMethod method) {
        this.method = method;
    }

    public int getJurorsPerApplication() {
        return jurorsPerApplication;
    }

    public void setJurorsPerApplication(int jurorsPerApplication) {
        this.jurorsPerApplication = jurorsPerApplication;
    }

    public boolean isBlind() {
        return blind;
    }

    public void setBlind(boolean blind) {
        this.blind = blind;
    }

    public String getTestCode() {
        return testCode;
    }

    public void setTestCode(String testCode) {
        this.testCode = testCode;
    }

    public StageStatus getStatus() {
        return status;
    }

    public void setStatus(StageStatus status) {
        this.status = status;
    }

    public int getAppealDays() {
        return appealDays;
    }

    public void setAppealDays(int appealDays) {
        this.appealDays = appealDays;
    }

    public LocalDate getAppealUntil() {
        return appealUntil;
    }

    public void setAppealUntil(LocalDate appealUntil) {
        this.appealUntil = appealUntil;
    }

    public Instant getMethodFixedAt() {
        return methodFixedAt;
    }

    public void setMethodFixedAt(Instant methodFixedAt) {
        this.methodFixedAt = methodFixedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public void setClosedBy(String closedBy) {
        this.closedBy = closedBy;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }
}
