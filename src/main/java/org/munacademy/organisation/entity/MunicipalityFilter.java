package org.munacademy.organisation.entity;

/**
 * What to show of the municipalities: a text matched against name or OKTMO code, a type, a region and a
 * parent (each optional).
 */
public record MunicipalityFilter(String text, MunicipalityType type, Long regionId, Long parentId) {

    public static MunicipalityFilter all() {
        return new MunicipalityFilter(null, null, null, null);
    }
}
