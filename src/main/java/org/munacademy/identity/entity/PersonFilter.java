package org.munacademy.identity.entity;

/** Filter of the people list: text in name or e-mail, a municipality, a region, consent state (each optional). */
public record PersonFilter(String text, Long municipalityId, Long regionId, Boolean consentGiven) {

    public static PersonFilter all() {
        return new PersonFilter(null, null, null, null);
    }
}
