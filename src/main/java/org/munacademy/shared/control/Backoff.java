package org.munacademy.shared.control;

import java.time.Duration;
import java.time.Instant;

/**
 * When to retry a message that could not be sent: exponential back-off, the first retry after {@code base}, each
 * following one twice as late, never later than {@code max}; after {@code maxAttempts} tries it is given up.
 */
public record Backoff(Duration base, Duration max, int maxAttempts) {

    public Backoff {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("base > 0, max >= base, maxAttempts >= 1");
        }
    }

    /** The delay before the next try after {@code failedAttempts} failed ones (1 → base, 2 → 2·base, …). */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failedAttempts - 1, 30);
        Duration d = base.multipliedBy(1L << doublings);
        return d.compareTo(max) > 0 ? max : d;
    }

    /** When to try again after {@code failedAttempts} failed tries, or {@code null} when it is given up. */
    public Instant retryAt(int failedAttempts, Instant now) {
        return failedAttempts >= maxAttempts ? null : now.plus(delayAfter(failedAttempts));
    }
}
