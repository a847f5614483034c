package org.munacademy.reserve.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * One of the caller's own entries, as «Мой резерв» shows it: the reserve, the target (group and optional position,
 * names in Russian and English), the status and term, the stored readiness (computed from evidence; null until first
 * computed) and the whole history in order.
 */
public record MyEntryRow(long id, String reserveCode, String reserveName, ReserveLevel level, String targetGroupCode,
        String targetGroupName, String targetGroupNameEn, String targetPositionName, EntryStatus status,
        InclusionBasis basis, LocalDate nominatedOn, LocalDate includedOn, LocalDate validUntil, int extensions,
        LocalDate closedOn, ExclusionGround exclusionGround, Readiness readiness, Double readinessFit,
        Integer readinessBelowMin, LocalDate readinessOn, long daysInReserve, List<HistoryLine> history) {

    /** A line of the entry's history. */
    public record HistoryLine(long seq, EntryEventKind kind, EntryStatus status, LocalDate happenedOn, String actor,
            String detail) {
    }
}
