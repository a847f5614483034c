package org.munacademy.it.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock moved on by an offset that a test sets: time passes as usual, and a test that waits for a
 * deadline moves the clock past it instead of sleeping. Lives in the server the integration tests deploy
 * ({@link MovableClocks}), moved through {@link ClockResource}.
 */
public final class MovableClock extends Clock {

    /** The one instance the server's boundaries read. */
    public static final MovableClock INSTANCE = new MovableClock();

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    private MovableClock() {
    }

    /** Moves the clock on (never back: deadlines and throttles only ever see time pass). */
    public Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("The clock only moves forward");
        }
        offset.accumulateAndGet(by, Duration::plus);
        return instant();
    }

    @Override
    public Instant instant() {
        return Instant.now(Clock.systemUTC()).plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }
}
