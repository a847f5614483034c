package org.munacademy.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.munacademy.shared.entity.BaseEntity;

/**
 * A person's attempt at a test. The server owns the clock: {@code deadlineAt} is fixed at the start (time limit
 * plus accommodation, never past the test's closing time). {@code seq} counts accepted answer saves; a save
 * must name the current value, so a stale or repeated save is refused.
 */
@Entity
@Table(name = "assessment_attempt")
public class Attempt extends BaseEntity {

    @Column(name = "test_id", nullable = false)
    private Long testId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "attempt_no", nullable = false)
    private int attemptNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttemptStatus status;

    @Column(nullable = false)
    private long seq;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "deadline_at", nullable = false)
    private Instant deadlineAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_by")
    private ClosedBy closedBy;

    private BigDecimal percent;

    protected Attempt() {
    }

    public Attempt(Long testId, Long personId, int attemptNo, Instant startedAt, Instant deadlineAt) {
        this.testId = testId;
        this.personId = personId;
        this.attemptNo = attemptNo;
        this.startedAt = startedAt;
        this.deadlineAt = deadlineAt;
        this.status = AttemptStatus.IN_PROGRESS;
    }

    public void finish(Instant at, ClosedBy by, double percent) {
        this.status = AttemptStatus.FINISHED;
        this.finishedAt = at;
        this.closedBy = by;
        this.percent = BigDecimal.valueOf(percent).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The taker is done but essays await grading: the attempt is closed to saves, has no result yet and writes no
     * evidence; {@link #finish} follows once every essay is graded (the finishing time stays the taker's).
     */
    public void awaitGrading(Instant at, ClosedBy by) {
        if (status != AttemptStatus.IN_PROGRESS) {
            throw new IllegalStateException("attempt " + getId() + " is " + status);
        }
        this.status = AttemptStatus.AWAITING_GRADING;
        this.finishedAt = at;
        this.closedBy = by;
    }

    /** The last essay is graded: the result is final ({@link #awaitGrading} came first). */
    public void finishGrading(double percent) {
        finish(finishedAt, closedBy, percent);
    }

    /** An essay of the finished attempt was graded again: its overall percentage is worked out anew. */
    public void regraded(double percent) {
        if (status != AttemptStatus.FINISHED) {
            throw new IllegalStateException("attempt " + getId() + " is " + status);
        }
        this.percent = BigDecimal.valueOf(percent).setScale(2, RoundingMode.HALF_UP);
    }

    /** A code that names the attempt without naming its taker (for blind grading). */
    public String anonymousCode() {
        return anonymousCode(getId());
    }

    /** The code of an attempt by its id: "A-" and a scrambled id in base 36, upper case. */
    public static String anonymousCode(long attemptId) {
        return "A-" + Long.toString(attemptId * 7919 + 1_000_003L, 36).toUpperCase(java.util.Locale.ROOT);
    }

    public Long getTestId() {
        return testId;
    }

    public Long getPersonId() {
        return personId;
    }

    public int getAttemptNo() {
        return attemptNo;
    }

    public AttemptStatus getStatus() {
        return status;
    }

    public long getSeq() {
        return seq;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadlineAt() {
        return deadlineAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public ClosedBy getClosedBy() {
        return closedBy;
    }

    public Double getPercent() {
        return percent == null ? null : percent.doubleValue();
    }
}
