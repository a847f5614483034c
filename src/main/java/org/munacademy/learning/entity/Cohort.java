package org.munacademy.learning.entity;

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
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.InvalidInputException;

/**
 * A cohort (offering) of a published programme: its dates, seats, the window in which people enrol themselves and
 * whether HR approves. It keeps the seats taken as a counter and the waiting list's sequence, so that whoever holds
 * the cohort's row lock decides a seat alone: seats hold under concurrent enrolments, and places on the waiting list
 * are numbered in the order they were given (never by time).
 */
@Entity
@Table(name = "learning_cohort")
public class Cohort extends BaseEntity {

    @Column(nullable = false, updatable = false)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false, updatable = false)
    private Programme programme;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private int seats;

    @Column(name = "seats_taken", nullable = false)
    private int seatsTaken;

    @Column(name = "enrol_from", nullable = false)
    private LocalDate enrolFrom;

    @Column(name = "enrol_to", nullable = false)
    private LocalDate enrolTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CohortApproval approval;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CohortStatus status;

    @Column(name = "waiting_seq", nullable = false)
    private long waitingSeq;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Cohort() {
    }

    public Cohort(String code, Programme programme, String createdBy, Instant now) {
        if (!programme.isPublished()) {
            throw new BusinessException(EnrolmentError.PROGRAMME_NOT_OFFERED, programme.getCode());
        }
        this.code = code;
        this.programme = programme;
        this.status = CohortStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Sets the terms; the seats may not fall below those taken, the dates must be in order. */
    public void apply(CohortData d) {
        if (d.getEndsOn().isBefore(d.getStartsOn()) || d.getEnrolTo().isBefore(d.getEnrolFrom())) {
            throw new InvalidInputException("endsOn", EnrolmentError.COHORT_DATES);
        }
        if (d.getSeats() < 1) {
            throw new InvalidInputException("seats", EnrolmentError.COHORT_SEATS);
        }
        if (d.getSeats() < seatsTaken) {
            throw new BusinessException(EnrolmentError.COHORT_SEATS_BELOW_TAKEN, seatsTaken);
        }
        this.startsOn = d.getStartsOn();
        this.endsOn = d.getEndsOn();
        this.seats = d.getSeats();
        this.enrolFrom = d.getEnrolFrom();
        this.enrolTo = d.getEnrolTo();
        this.approval = d.getApproval();
    }

    /** Refuses an enrolment into a cancelled cohort. */
    public void requireOpen() {
        if (status == CohortStatus.CANCELLED) {
            throw new BusinessException(EnrolmentError.COHORT_CANCELLED, code);
        }
    }

    /** Whether people may enrol themselves on {@code today}: open, and within the window (both days included). */
    public boolean windowOpen(LocalDate today) {
        return status == CohortStatus.OPEN && !today.isBefore(enrolFrom) && !today.isAfter(enrolTo);
    }

    /**
     * Gives a seat if one is free (the counter grows), else a place on the waiting list (the next number of the
     * cohort's sequence). The caller holds the cohort's row lock.
     *
     * @return ENROLLED or WAITING
     */
    EnrolmentStatus place() {
        if (seatsTaken < seats) {
            seatsTaken++;
            return EnrolmentStatus.ENROLLED;
        }
        return EnrolmentStatus.WAITING;
    }

    long nextWaitingNo() {
        return ++waitingSeq;
    }

    /** A seat frees (a participant withdrew). */
    void release() {
        if (seatsTaken > 0) {
            seatsTaken--;
        }
    }

    /** Whether a seat is free (someone from the waiting list may move up). */
    public boolean seatFree() {
        return seatsTaken < seats;
    }

    public void cancel() {
        status = CohortStatus.CANCELLED;
    }

    public CohortRow row() {
        return new CohortRow(getId(), code, programme.getCode(), programme.getTitle(), startsOn, endsOn, seats,
                seatsTaken, enrolFrom, enrolTo, approval, status, getVersion());
    }

    public String getCode() {
        return code;
    }

    public Programme getProgramme() {
        return programme;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public int getSeats() {
        return seats;
    }

    public int getSeatsTaken() {
        return seatsTaken;
    }

    public LocalDate getEnrolFrom() {
        return enrolFrom;
    }

    public LocalDate getEnrolTo() {
        return enrolTo;
    }

    public CohortApproval getApproval() {
        return approval;
    }

    public CohortStatus getStatus() {
        return status;
    }
}
