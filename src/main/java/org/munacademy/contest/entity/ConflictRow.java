package org.munacademy.contest.entity;

import java.time.Instant;

/** A declared conflict with its status, for the juror and the contest administrator. */
public record ConflictRow(long id, long stageId, String juror, long applicationId, String applicationNumber,
        ConflictKind kind, ConflictStatus status, String statement, Instant declaredAt, String decidedBy,
        long version) {
}
