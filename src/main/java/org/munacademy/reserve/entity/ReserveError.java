package org.munacademy.reserve.entity;

import org.munacademy.shared.entity.ErrorCode;

/**
 * The error codes of the reserve context's core (reserves, commissions, entries, protocols). Texts:
 * {@code i18n/errors-reserve_*.properties}.
 */
public enum ReserveError implements ErrorCode {
    /** No reserve with this code (or none the caller may see). Argument: the code. */
    RESERVE_NOT_FOUND(404),
    /** No entry with this id the caller may see. Argument: the id. */
    ENTRY_NOT_FOUND(404),
    /** The step does not apply to an entry in this status. Arguments: the step, the status. */
    ENTRY_STATUS(409),
    /** The person already has an open entry in this reserve. Argument: the reserve's code. */
    ALREADY_IN_RESERVE(409),
    /** The term may not be extended again (the reserve's rules). Argument: the extensions allowed. */
    NO_MORE_EXTENSIONS(409),
    /** An exclusion needs a ground from the list. */
    GROUND_REQUIRED(400),
    /** Votes do not add up: more votes than members present, or the decision lacks a majority. Argument: detail. */
    VOTES(400),
    /** A protocol with this number exists in the reserve. Argument: the number. */
    PROTOCOL_NUMBER_TAKEN(409),
    /** Only members of the reserve's commission decide for it. Argument: the reserve's code. */
    NOT_A_MEMBER(403),
    /** No position group (or no position in it) with this code. Argument: the code. */
    TARGET_UNKNOWN(400),
    /** The person does not exist or lies outside the caller's scope. Argument: the person's id. */
    PERSON_OUTSIDE_SCOPE(403),
    /** A protocol's decision names an entry of another reserve, or one entry twice. Argument: the entry's id. */
    DECISION_ENTRY(400),
    /** No account with this username to seat on a commission. Argument: the username. */
    MEMBER_UNKNOWN(400),
    /** Only a nomination the commission has not decided on may be withdrawn. Argument: the entry's status. */
    WITHDRAW_NOT_NOMINATED(409),
    /** A withdrawal needs its reason. */
    WITHDRAW_REASON_REQUIRED(400),
    // intake
    /** A contest admission is incomplete or inconsistent. Arguments: the field, the detail. */
    CONTEST_ADMISSION_INVALID(400),
    /** No active reserve takes the stage's winners (the region's, the national one, the deputies'). Argument: which. */
    CONTEST_RESERVE_MISSING(409),
    /** The contest's protocol with this number is in the reserve with another date. Arguments: number, date. */
    CONTEST_PROTOCOL_DATE(409);

    private final int status;

    ReserveError(int status) {
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
