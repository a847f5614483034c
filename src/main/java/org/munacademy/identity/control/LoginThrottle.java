package org.munacademy.identity.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Failures are counted per user name (known or not, so that throttling reveals
 * nothing about which names exist) within a window; from the {@code freeAttempts}-th failure on, further
 * attempts are refused for a lock that doubles with every further failure, up to {@code maxLock}. A success
 * clears the count.
 */
public final class LoginThrottle {

    private final Clock clock;
    private final int freeAttempts;
    private final Duration window;
    private final Duration firstLock;
    private final Duration maxLock;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    private record State(int failures, Instant firstFailure, Instant lockedUntil) {
    }

    public LoginThrottle() {
        this(Clock.systemUTC(), 5, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15));
    }

    public LoginThrottle(Clock clock, int freeAttempts, Duration window, Duration firstLock, Duration maxLock) {
        this.clock = clock;
        this.freeAttempts = freeAttempts;
        this.window = window;
        this.firstLock = firstLock;
        this.maxLock = maxLock;
    }

    /** How long the user name must still wait; zero when an attempt is allowed now. */
    public Duration remainingLock(String username) {
        State s = states.get(key(username));
        Instant now = clock.instant();
        if (s == null || s.lockedUntil() == null || !now.isBefore(s.lockedUntil())) {
            return Duration.ZERO;
        }
        return Duration.between(now, s.lockedUntil());
    }

    public void failed(String username) {
        Instant now = clock.instant();
        states.compute(key(username), (k, s) -> {
            if (s == null || now.isAfter(s.firstFailure().plus(window))
                    && (s.lockedUntil() == null || now.isAfter(s.lockedUntil()))) {
                s = new State(0, now, null);
            }
            int failures = s.failures() + 1;
            Instant lockedUntil = s.lockedUntil();
            if (failures >= freeAttempts) {
                int doublings = Math.min(failures - freeAttempts, 20);
                Duration lock = firstLock.multipliedBy(1L << doublings);
                if (lock.compareTo(maxLock) > 0) {
                    lock = maxLock;
                }
                lockedUntil = now.plus(lock);
            }
            return new State(failures, s.firstFailure(), lockedUntil);
        });
        if (states.size() > 100_000) {
            // keep memory bounded under a spraying attack: forget states whose window and lock are over
            states.entrySet().removeIf(e -> now.isAfter(e.getValue().firstFailure().plus(window))
                    && (e.getValue().lockedUntil() == null || now.isAfter(e.getValue().lockedUntil())));
        }
    }

    public void succeeded(String username) {
        states.remove(key(username));
    }

    /** Forgets every count (used by tests and by an administrator's unlock). */
    public void reset(String username) {
        states.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
