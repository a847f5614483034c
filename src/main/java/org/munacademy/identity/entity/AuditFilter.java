package org.munacademy.identity.entity;

import java.time.LocalDate;

/** Filter of the audit log: actor (user name), action, outcome, target, a date range (each optional). */
public record AuditFilter(String actor, AuditAction action, AuditEvent.Outcome outcome, String targetType,
        String targetId, LocalDate from, LocalDate to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
