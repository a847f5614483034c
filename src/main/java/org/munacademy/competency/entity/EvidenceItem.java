package org.munacademy.competency.entity;

import java.time.LocalDate;

/** One piece of evidence as the rules and views see it; {@code id} orders evidence of the same day. */
public record EvidenceItem(Long id, String competencyCode, int level, EvidenceSource source, LocalDate observedOn,
        LocalDate expiresOn, String reference) {

    public boolean expiredOn(LocalDate day) {
        return expiresOn != null && expiresOn.isBefore(day);
    }
}
