package org.munacademy.contest.entity;

import java.time.LocalDate;

/** What the eligibility check knows about a candidate; {@code null} where not known. */
public record CandidateFacts(LocalDate birthDate, Integer experienceYears, String positionGroupCode, Long regionId) {
}
