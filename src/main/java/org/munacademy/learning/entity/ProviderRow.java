package org.munacademy.learning.entity;

import java.time.LocalDate;

/** A provider as lists, forms and the API show it, with its region's code and name (organisation context). */
public record ProviderRow(Long id, String code, String name, String shortName, String inn, String licenceNumber,
        LocalDate licenceDate, String regionCode, String regionName, long version) {
}
