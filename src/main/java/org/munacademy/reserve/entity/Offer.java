package org.munacademy.reserve.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.munacademy.shared.entity.BaseEntity;
import org.munacademy.shared.entity.FieldLimits;

/**
 * A position offered to a person in the reserve, and their answer by a due date: accepted (their consent, which an
 * appointment from the reserve needs) or refused (counted towards the reserve's refusals allowed).
 */
@Entity
@Table(name = "reserve_offer")
public class Offer extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false, updatable = false)
    private ReserveEntry entry;

    @Column(name = "position_id", nullable = false, updatable = false)
    private Long positionId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private Long municipalityId;

    @Column(name = "offered_on", nullable = false, updatable = false)
    private LocalDate offeredOn;

    @Column(name = "answer_due", nullable = false, updatable = false)
    private LocalDate answerDue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfferAnswer answer = OfferAnswer.PENDING;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(length = FieldLimits.RESERVE_COMMENT)
    private String comment;

    @Column(name = "offered_by", nullable = false, updatable = false)
    private String offeredBy;

    protected Offer() {
    }

    public Offer(ReserveEntry entry, long positionId, long municipalityId, LocalDate offeredOn, String by) {
        this.entry = entry;
        this.positionId = positionId;
        this.municipalityId = municipalityId;
        this.offeredOn = offeredOn;
        this.answerDue = offeredOn.plusDays(entry.getReserve().getAnswerDays());
        this.offeredBy = by;
    }

    /** Records the person's answer (once). */
    public void answer(OfferAnswer given, LocalDate on, String comment) {
        if (answer != OfferAnswer.PENDING || given == OfferAnswer.PENDING) {
            throw new org.munacademy.shared.entity.BusinessException(ReserveError.ENTRY_STATUS, "answer",
                    answer.name());
        }
        this.answer = given;
        this.answeredOn = on;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    /** Whether the offer was refused after its due date (by the person late, or by silence). */
    public boolean lapsed() {
        return answer == OfferAnswer.REFUSED && answeredOn != null && answeredOn.isAfter(answerDue);
    }

    public ReserveEntry getEntry() {
        return entry;
    }

    public Long getPositionId() {
        return positionId;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public LocalDate getOfferedOn() {
        return offeredOn;
    }

    public LocalDate getAnswerDue() {
        return answerDue;
    }

    public OfferAnswer getAnswer() {
        return answer;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public String getComment() {
        return comment;
    }

    public String getOfferedBy() {
        return offeredBy;
    }
}
