package org.munacademy.reserve.entity;

import java.time.LocalDate;

/**
 * An entry as listed: the reserve, the person (name and workplace when nominated), the target, status, readiness,
 * dates and the days in the reserve (as of today).
 */
public record EntryRow(Long id, String reserveCode, String reserveName, Long personId, String personName,
        Long municipalityId, String municipalityName, Long targetGroupId, String targetGroupCode,
        String targetGroupName, Long targetPositionId, String targetPositionName, EntryStatus status,
        Readiness readiness, LocalDate nominatedOn, LocalDate includedOn, LocalDate validUntil, long daysInReserve,
        long version) {
}
