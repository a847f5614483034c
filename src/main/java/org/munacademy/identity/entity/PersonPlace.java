package org.munacademy.identity.entity;

/**
 * Where a person works: their municipality, the municipality it lies in (for a settlement inside a municipal
 * district, else null) and the region. Whatever is addressed to any of the three reaches the person.
 */
public record PersonPlace(long personId, long municipalityId, Long parentMunicipalityId, long regionId) {

    /** Whether something addressed to this municipality reaches the person (their own or the one it lies in). */
    public boolean inMunicipality(long id) {
        return municipalityId == id || parentMunicipalityId != null && parentMunicipalityId == id;
    }
}
