package org.munacademy.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.munacademy.shared.entity.BaseEntity;

/**
 * An account assigned to grade the essays of one test. Being listed is what lets an account without the methodologist
 * or administrator role grade: there is no assessor role.
 */
@Entity
@Table(name = "assessment_test_assessor")
public class TestAssessor extends BaseEntity {

    @Column(name = "test_id", nullable = false, updatable = false)
    private Long testId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected TestAssessor() {
    }

    public TestAssessor(long testId, long accountId, String addedBy, Instant addedAt) {
        this.testId = testId;
        this.accountId = accountId;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Long getTestId() {
        return testId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
