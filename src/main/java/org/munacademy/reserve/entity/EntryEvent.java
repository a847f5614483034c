package org.munacademy.reserve.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.munacademy.shared.entity.BaseEntity;
import org.munacademy.shared.entity.FieldLimits;

/** One line of an entry's history: what happened, the status after it, on which day, by whom, with what detail. */
@Entity
@Table(name = "reserve_entry_event")
public class EntryEvent extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false, updatable = false)
    private ReserveEntry entry;

    @Column(nullable = false, updatable = false)
    private long seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private EntryEventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private EntryStatus status;

    @Column(name = "happened_on", nullable = false, updatable = false)
    private LocalDate happenedOn;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(length = FieldLimits.RESERVE_COMMENT, updatable = false)
    private String detail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /**
     * The person was told about this event (V18; set by the notice job's conditional UPDATE, never by a merge). Seeded
     * history is written as told: it is not news.
     */
    @Column(nullable = false, updatable = false)
    private boolean notified;

    protected EntryEvent() {
    }

    EntryEvent(ReserveEntry entry, long seq, EntryEventKind kind, LocalDate on, String actor, String detail,
            Instant now) {
        this.entry = entry;
        this.seq = seq;
        this.kind = kind;
        this.status = entry.getStatus();
        this.happenedOn = on;
        this.actor = actor;
        this.detail = detail == null || detail.length() <= FieldLimits.RESERVE_COMMENT ? detail
                : detail.substring(0, FieldLimits.RESERVE_COMMENT - 1) + "…";
        this.createdAt = now;
    }

    public ReserveEntry getEntry() {
        return entry;
    }

    public long getSeq() {
        return seq;
    }

    public EntryEventKind getKind() {
        return kind;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }

    public boolean isNotified() {
        return notified;
    }

    /** Marks a seeded line of history as told before it is stored (a content loader's history is not news). */
    void markTold() {
        this.notified = true;
    }
}
