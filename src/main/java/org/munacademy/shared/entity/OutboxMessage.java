package org.munacademy.shared.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A mail in the transactional outbox: written (already rendered in the recipient's language) in the same
 * transaction as the change it tells about, so that it exists exactly when the change was committed, and sent
 * later by the outbox job. A node owns a message while its lease ({@code claimedBy}, {@code claimedUntil}) runs;
 * the claim is a conditional UPDATE, so with several nodes one of them sends it.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends BaseEntity {

    @Column(name = "recipient_email", nullable = false, length = FieldLimits.EMAIL)
    private String recipientEmail;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(nullable = false, length = 80)
    private String template;

    @Column(nullable = false, length = FieldLimits.MAIL_SUBJECT)
    private String subject;

    @Column(nullable = false, length = FieldLimits.MAIL_BODY)
    private String body;

    /**
     * Whether the body is wiped once sent (a reset link). The column is not "sensitive", a reserved word in MariaDB.
     */
    @Column(name = "body_sensitive", nullable = false)
    private boolean sensitive;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OutboxStatus status = OutboxStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 80)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = FieldLimits.MAIL_ERROR)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(String recipientEmail, String language, String template, String subject, String body,
            boolean sensitive, Instant now) {
        this.recipientEmail = recipientEmail;
        this.language = language;
        this.template = template;
        this.subject = cut(subject, FieldLimits.MAIL_SUBJECT);
        this.body = cut(body, FieldLimits.MAIL_BODY);
        this.sensitive = sensitive;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Sent: the lease ends; a secret body is wiped. */
    public void sent(Instant at) {
        status = OutboxStatus.SENT;
        sentAt = at;
        attempts++;
        release();
    }

    /** A failed try: retried at {@code retryAt}, or given up ({@code retryAt == null}). */
    public void failed(String error, Instant retryAt) {
        attempts++;
        lastError = cut(error == null ? "unknown error" : error, FieldLimits.MAIL_ERROR);
        if (retryAt == null) {
            status = OutboxStatus.FAILED;
            release();
        } else {
            nextAttemptAt = retryAt;
            claimedBy = null;
            claimedUntil = null;
        }
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
        if (sensitive) {
            body = "";
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public String getLanguage() {
        return language;
    }

    public String getTemplate() {
        return template;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
