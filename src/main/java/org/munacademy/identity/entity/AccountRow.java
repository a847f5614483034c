package org.munacademy.identity.entity;

import java.time.Instant;
import java.util.List;

/** An account as listed for administrators: never the password hash. */
public record AccountRow(Long id, String username, Long personId, String personName, boolean enabled,
        Instant createdAt, Instant lastLoginAt, List<Grant> grants, long version) {
}
