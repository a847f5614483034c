package org.munacademy.competency.entity;

import java.time.Instant;
import java.time.LocalDate;

/** A standard version as listed. */
public record VersionRow(Long id, String standardCode, String standardTitle, int number, VersionStatus status,
        LocalDate effectiveDate, Instant createdAt, Instant publishedAt, Instant retiredAt, Integer basedOnNumber,
        String changeNote, long version) {
}
