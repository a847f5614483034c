package org.munacademy.archfixture.alpha.control;

import java.time.Instant;

/** Bad: control logic reading the system time instead of taking "now" as a parameter. */
public final class BadClockReader {

    private BadClockReader() {
    }

    public static boolean expired(Instant deadline) {
        return Instant.now().isAfter(deadline);
    }
}
