package org.munacademy.identity.entity;

import java.time.Instant;

/** An audit log entry as listed. */
public record AuditRow(Long id, Instant occurredAt, String actor, AuditAction action, AuditEvent.Outcome outcome,
        String targetType, String targetId, String detail, String remoteAddress) {
}
