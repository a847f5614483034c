package org.munacademy.reserve.entity;

import java.time.LocalDate;

/** Which appointments to list: a region, a municipality, appointed from/to (each optional). */
public record AppointmentFilter(Long regionId, Long municipalityId, LocalDate from, LocalDate to) {
}
