package org.munacademy.shared.entity;

/** Where an outbox message stands: waiting (perhaps for a retry), sent, or given up after the last retry. */
public enum OutboxStatus {
    PENDING,
    SENT,
    FAILED
}
