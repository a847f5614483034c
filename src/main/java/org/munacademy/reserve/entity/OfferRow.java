package org.munacademy.reserve.entity;

import java.time.LocalDate;

/**
 * An offer as listed: the position offered, where, when and until when to answer, the answer, and the entry's refusals
 * against the reserve's limit ({@code refusalsExhausted}: a ground the commission may act on, never automatic).
 * {@code overdue}: answered (or left) after the due date, which counts as a refusal.
 */
public record OfferRow(long id, long entryId, long personId, String reserveCode, long positionId, String positionCode,
        String positionName, long municipalityId, LocalDate offeredOn, LocalDate answerDue, OfferAnswer answer,
        LocalDate answeredOn, String comment, boolean overdue, int refusals, int refusalsAllowed,
        boolean refusalsExhausted, long version) {
}
