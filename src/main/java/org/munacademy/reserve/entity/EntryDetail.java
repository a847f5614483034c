package org.munacademy.reserve.entity;

import java.time.LocalDate;
import java.util.List;

/** One entry with everything recorded about it and its history (an audited read of personal data). */
public record EntryDetail(EntryRow entry, Long reserveId, InclusionBasis basis, String basisDocument,
        String nominatedBy, String nominationNote, int extensions, int refusals, LocalDate closedOn,
        ExclusionGround exclusionGround, String closingComment, Long decisionProtocolId, Double readinessFit,
        Integer readinessBelowMin, LocalDate readinessOn, List<EventRow> history) {
}
