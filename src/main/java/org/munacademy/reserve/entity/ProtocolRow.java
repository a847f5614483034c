package org.munacademy.reserve.entity;

import java.time.LocalDate;
import java.util.List;

/** A protocol as listed: number, date, members present, who recorded it, and its decisions. */
public record ProtocolRow(Long id, String reserveCode, long seq, String number, LocalDate heldOn,
        List<String> membersPresent, String recordedBy, List<DecisionRow> decisions) {
}
