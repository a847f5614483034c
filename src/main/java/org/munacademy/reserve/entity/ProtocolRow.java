package org.munacademy.reserve.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * A protocol as listed: number, date, members present, who recorded it, and its decisions; its kind (a commission's,
 * or the contest's results protocol with no members and no decisions, ADR 14).
 */
public record ProtocolRow(Long id, String reserveCode, long seq, String number, LocalDate heldOn,
        List<String> membersPresent, String recordedBy, List<DecisionRow> decisions, ProtocolKind kind) {
}
