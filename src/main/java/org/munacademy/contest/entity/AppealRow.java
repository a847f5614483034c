package org.munacademy.contest.entity;

import java.time.Instant;

/** An appeal with its decision. */
public record AppealRow(long id, long applicationId, String applicationNumber, long stageId, String stageTitle,
        String reason, AppealStatus status, String decision, String decidedBy, Instant filedAt, long version) {
}
