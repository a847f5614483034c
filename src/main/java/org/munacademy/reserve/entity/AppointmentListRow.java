package org.munacademy.reserve.entity;

import java.time.LocalDate;

/** An appointment as listed: who, from which position to which, where, when, by which order, from the reserve. */
public record AppointmentListRow(long id, long personId, String personName, String fromPosition, String toPosition,
        long municipalityId, String municipalityName, LocalDate appointedOn, String orderNumber, boolean fromReserve,
        Long entryId) {
}
