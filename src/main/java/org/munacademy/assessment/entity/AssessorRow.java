package org.munacademy.assessment.entity;

import java.time.Instant;

/** An assessor of a test: the account's user name, the person's name (if the account has a person), who added it. */
public record AssessorRow(long accountId, String username, String name, String addedBy, Instant addedAt) {
}
