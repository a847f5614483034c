package org.munacademy.organisation.entity;

/** A region as listed: with the number of its municipalities. */
public record RegionRow(Long id, String code, String oktmo, String isoCode, String name, RegionType type,
        String federalDistrict, Long municipalities) {
}
