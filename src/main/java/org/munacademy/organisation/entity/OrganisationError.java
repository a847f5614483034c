package org.munacademy.organisation.entity;

import org.munacademy.shared.entity.ErrorCode;

/**
 * The error codes of the organisation context (regions, municipalities).
 * Texts: {@code i18n/errors-organisation_*.properties}.
 */
public enum OrganisationError implements ErrorCode {
    /** No region with this code. Argument: the code. */
    REGION_NOT_FOUND(404),
    /** No municipality with this id. Argument: the id. */
    MUNICIPALITY_NOT_FOUND(404),
    /** A filter names a region code that does not exist. */
    UNKNOWN_REGION(400),
    /** A filter names a municipality type that does not exist. */
    UNKNOWN_MUNICIPALITY_TYPE(400);

    private final int status;

    OrganisationError(int status) {
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String context() {
        return "organisation";
    }
}
