package org.munacademy.assessment.entity;

import java.time.Instant;

/** An answer save acknowledged: it is committed, and {@code seq} is what the next save must name. */
public record SaveAck(long attemptId, int slot, long seq, Instant savedAt, long remainingSeconds) {
}
