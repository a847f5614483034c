package org.munacademy.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the append-only audit log. It has no setters and no version: once written it is never changed.
 * Its id orders the log (timestamps may lose sub-seconds on some databases).
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** Whether the audited attempt succeeded. */
    public enum Outcome { SUCCESS, FAILURE, DENIED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Outcome outcome;

    @Column(name = "target_type", updatable = false, length = 40)
    private String targetType;

    @Column(name = "target_id", updatable = false, length = 60)
    private String targetId;

    @Column(updatable = false, length = 1000)
    private String detail;

    @Column(name = "remote_address", updatable = false, length = 64)
    private String remoteAddress;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, AuditAction action, Outcome outcome, String targetType,
            String targetId, String detail, String remoteAddress) {
        this.occurredAt = occurredAt;
        this.actor = fit(actor, ACTOR_MAX);
        this.action = action;
        this.outcome = outcome;
        this.targetType = fit(targetType, TARGET_TYPE_MAX);
        this.targetId = fit(targetId, TARGET_ID_MAX);
        this.detail = fit(detail, DETAIL_MAX);
        this.remoteAddress = fit(remoteAddress, REMOTE_ADDRESS_MAX);
    }

    public static final int ACTOR_MAX = 60;
    public static final int TARGET_TYPE_MAX = 40;
    public static final int TARGET_ID_MAX = 60;
    public static final int DETAIL_MAX = 1000;
    public static final int REMOTE_ADDRESS_MAX = 64;

    /** Ends a shortened value, so that a reader sees it was cut. */
    public static final String CUT_MARKER = "…";

    /**
     * The value as it fits a column of {@code max} characters: a longer one (a 300-character user name typed at
     * the login) is cut at a code point (never inside a surrogate pair) and ends with {@link #CUT_MARKER}, so that
     * the entry is always written.
     */
    public static String fit(String value, int max) {
        if (value == null || value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        int end = value.offsetByCodePoints(0, max - CUT_MARKER.length());
        return value.substring(0, end) + CUT_MARKER;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDetail() {
        return detail;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }
}
