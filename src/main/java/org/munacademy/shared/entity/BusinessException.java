package org.munacademy.shared.entity;

/**
 * An expected business failure: it rolls the transaction back (it is unchecked, and
 * {@code jakarta.transaction.Transactional} rolls back on unchecked exceptions), carries a stable error
 * {@link #code()} for API clients and a message fit to show a user.
 */
public class BusinessException extends RuntimeException {

    private final String code;
    private final int status;

    public BusinessException(String code, int status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    /** A stable, upper-case error code such as {@code DUPLICATE_LOGIN}. */
    public String code() {
        return code;
    }

    /** The HTTP status that best describes the failure. */
    public int status() {
        return status;
    }

    /**
     * Every single problem behind the failure (a refused import lists each faulty row or item), for the problem
     * response's {@code errors}; empty by default.
     */
    public java.util.List<InvalidInputException.FieldError> details() {
        return java.util.List.of();
    }
}
