package org.munacademy.reserve.entity;

import org.munacademy.shared.entity.ErrorCode;

/**
 * The error codes of readiness and vacancy shortlists. Texts: {@code i18n/errors-reserve_*.properties} (the block
 * "fit").
 */
public enum FitError implements ErrorCode {
    /** A shortlist needs a position or a position group (one of them). */
    TARGET_REQUIRED(400),
    /** No position with this code. Argument: the code. */
    POSITION_NOT_FOUND(404),
    /** No position group with this code. Argument: the code. */
    GROUP_NOT_FOUND(404),
    /** The position does not belong to the group given with it. Arguments: the position, the group. */
    POSITION_NOT_IN_GROUP(400),
    /** A shortlist is for one place: a municipality or a region, not both. */
    ONE_PLACE(400),
    /** The municipality or region lies outside the caller's scope (or does not exist). */
    PLACE_OUTSIDE_SCOPE(403),
    /** The number of rows asked for is out of range. Argument: the largest allowed. */
    LIMIT_RANGE(400);

    private final int status;

    FitError(int status) {
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
