package org.munacademy.identity.entity;

import java.time.Duration;
import org.munacademy.shared.entity.BusinessException;

/**
 * Too many wrong passwords for this account or from this client address (the login throttle also guards the
 * current password asked for on a password change): the caller must wait before the next try.
 */
public class TooManyAttemptsException extends BusinessException {

    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super(IdentityError.TOO_MANY_ATTEMPTS, Math.max(1, retryAfter.toSeconds()));
        this.retryAfter = retryAfter;
    }

    /** How long to wait (at least a second). */
    public Duration retryAfter() {
        return retryAfter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter;
    }
}
