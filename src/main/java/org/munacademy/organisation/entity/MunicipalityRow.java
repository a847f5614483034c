package org.munacademy.organisation.entity;

import java.math.BigDecimal;

/** A municipality as listed in grids and over the API. */
public record MunicipalityRow(Long id, String oktmo, String name, MunicipalityType type, Long regionId,
        String regionCode, String regionName, Long parentId, String parentName, BigDecimal population) {
}
