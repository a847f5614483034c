package org.munacademy.reserve.entity;

/** A reserve as listed: where it belongs (names of its region and municipality) and its rules. */
public record ReserveRow(Long id, String code, String name, ReserveLevel level, Long regionId, String regionName,
        Long municipalityId, String municipalityName, int termMonths, int extensionMonths, int extensionsAllowed,
        int refusalsAllowed, int answerDays, boolean active, long version) {
}
