package org.munacademy.reserve.entity;

import org.munacademy.shared.entity.ErrorCode;

/**
 * The error codes of offers, appointments (career lifts) and analytics. Texts: {@code i18n/errors-reserve_*.properties}
 * (the block «lift»).
 */
public enum LiftError implements ErrorCode {
    /** No offer with this id the caller may see or answer. Argument: the id. */
    OFFER_NOT_FOUND(404),
    /** No position with this code. Argument: the code. */
    POSITION_NOT_FOUND(400),
    /** No municipality with this id in the caller's scope. Argument: the id. */
    MUNICIPALITY_OUT_OF_SCOPE(403),
    /** The region or municipality asked for lies outside the caller's scope. Argument: the id. */
    PLACE_OUT_OF_SCOPE(403),
    /** The entry already has an offer waiting for an answer. Argument: its answer due date. */
    OFFER_PENDING(409),
    /** The offer was answered already. Argument: the answer. */
    OFFER_ANSWERED(409),
    /** The answer must be ACCEPTED or REFUSED. */
    ANSWER_REQUIRED(400),
    /** A refusal needs a comment (the reason). */
    COMMENT_REQUIRED(400),
    /** Appointing from the reserve needs the person's consent: an accepted offer or the consent flag. */
    CONSENT_REQUIRED(409),
    /** The entry belongs to another person. Argument: the entry's id. */
    ENTRY_OF_ANOTHER_PERSON(400),
    /** The period is not a quarter (2026-Q1), a year (2026) or a date, or it ends before it starts. Arg: the value. */
    PERIOD(400),
    /** The request has no body. */
    BODY_EMPTY(400),
    /**
     * Consent given after the offer's due date: silence past it counts as a refusal, so the offer can no longer be
     * accepted. Argument: the due date.
     */
    OFFER_OVERDUE(409);

    private final int status;

    LiftError(int status) {
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String context() {
        return "reserve";
    }
}
