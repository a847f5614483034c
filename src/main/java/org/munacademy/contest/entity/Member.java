package org.munacademy.contest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.munacademy.shared.entity.BaseEntity;

/** A member of a team application (the leader too), with their own consent to personal data processing. */
@Entity
@Table(name = "contest_member")
public class Member extends BaseEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "seq", nullable = false, updatable = false)
    private int seq;

    @Column(name = "consent_at")
    private Instant consentAt;

    protected Member() {
    }

    public Member(Application application, long personId, int seq, Instant consentAt) {
        this.application = application;
        this.personId = personId;
        this.seq = seq;
        this.consentAt = consentAt;
    }

    public Application getApplication() {
        return application;
    }

    public long getPersonId() {
        return personId;
    }

    public int getSeq() {
        return seq;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public void setConsentAt(Instant consentAt) {
        this.consentAt = consentAt;
    }
}
