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
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.BaseEntity;

/**
 * A person's place in a cohort and its life cycle: REQUESTED (HR approves) → ENROLLED (a seat) or WAITING (a numbered
 * place on the waiting list) → COMPLETED, or WITHDRAWN before completion. Seats and waiting numbers come from the
 * cohort, whose row lock the boundary holds while any of these steps runs.
 */
@Entity
@Table(name = "learning_enrolment")
public class Enrolment extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false, updatable = false)
    private Cohort cohort;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnrolmentStatus status;

    @Column(name = "waiting_no")
    private Long waitingNo;

    @Column(name = "enrolled_by", nullable = false, updatable = false)
    private String enrolledBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    /** The "cohort starts" notice went out; set only by the notice job's conditional UPDATE (the claim). */
    @Column(name = "start_notified", nullable = false)
    private boolean startNotified;

    /** The "course ends soon" notice went out; set only by the notice job's conditional UPDATE (the claim). */
    @Column(name = "end_notified", nullable = false)
    private boolean endNotified;

    protected Enrolment() {
    }

    private Enrolment(Cohort cohort, long personId, String by, Instant now) {
        this.cohort = cohort;
        this.personId = personId;
        this.enrolledBy = by;
        this.createdAt = now;
        this.changedAt = now;
    }

    /** A request that waits for HR's approval: it takes neither a seat nor a place on the waiting list yet. */
    public static Enrolment request(Cohort cohort, long personId, String by, Instant now) {
        cohort.requireOpen();
        Enrolment e = new Enrolment(cohort, personId, by, now);
        e.status = EnrolmentStatus.REQUESTED;
        return e;
    }

    /** An enrolment that takes a free seat, else the next place on the waiting list. */
    public static Enrolment place(Cohort cohort, long personId, String by, Instant now) {
        cohort.requireOpen();
        Enrolment e = new Enrolment(cohort, personId, by, now);
        e.seatOrWait();
        return e;
    }

    private void seatOrWait() {
        status = cohort.place();
        waitingNo = status == EnrolmentStatus.WAITING ? cohort.nextWaitingNo() : null;
    }

    /**
     * A person who withdrew enrols again: a request again where HR approves ({@code request}), else a seat or the
     * waiting list's next place.
     */
    public void rejoin(boolean request, Instant now) {
        require(EnrolmentStatus.WITHDRAWN);
        cohort.requireOpen();
        if (request) {
            status = EnrolmentStatus.REQUESTED;
        } else {
            seatOrWait();
        }
        changedAt = now;
    }

    /** HR approves a request: a seat, else the waiting list. */
    public void approve(Instant now) {
        require(EnrolmentStatus.REQUESTED);
        cohort.requireOpen();
        seatOrWait();
        changedAt = now;
    }

    /**
     * Withdraws (the person or HR; HR declining a request too).
     *
     * @return whether a seat freed (the person held one), so that the first on the waiting list may move up
     */
    public boolean withdraw(Instant now) {
        if (!status.active()) {
            throw new BusinessException(EnrolmentError.ENROLMENT_STATE, status.name());
        }
        boolean freed = status == EnrolmentStatus.ENROLLED;
        if (freed) {
            cohort.release();
        }
        status = EnrolmentStatus.WITHDRAWN;
        waitingNo = null;
        changedAt = now;
        return freed;
    }

    /** The first on the waiting list takes the seat that freed. */
    public void moveUp(Instant now) {
        require(EnrolmentStatus.WAITING);
        if (cohort.place() != EnrolmentStatus.ENROLLED) {
            throw new BusinessException(EnrolmentError.ENROLMENT_STATE, status.name());
        }
        status = EnrolmentStatus.ENROLLED;
        waitingNo = null;
        changedAt = now;
    }

    /** The programme is completed: the seat stays taken (the cohort's participants are counted). */
    public void complete(LocalDate on, Instant now) {
        require(EnrolmentStatus.ENROLLED);
        status = EnrolmentStatus.COMPLETED;
        completedOn = on;
        changedAt = now;
    }

    private void require(EnrolmentStatus expected) {
        if (status != expected) {
            throw new BusinessException(EnrolmentError.ENROLMENT_STATE, status.name());
        }
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Long getPersonId() {
        return personId;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public Long getWaitingNo() {
        return waitingNo;
    }

    public String getEnrolledBy() {
        return enrolledBy;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public boolean isStartNotified() {
        return startNotified;
    }

    public boolean isEndNotified() {
        return endNotified;
    }
}
