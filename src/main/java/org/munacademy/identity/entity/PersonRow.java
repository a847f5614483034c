package org.munacademy.identity.entity;

/** A person as listed in the people grid and over the API (no card details). */
public record PersonRow(Long id, String code, String lastName, String firstName, String middleName, String email,
        String phone, Long municipalityId, String municipalityName, String regionCode, String regionName,
        String positionName, Boolean consentGiven, Long positionId, String positionGroupCode) {

    public String fullName() {
        return Person.fullName(lastName, firstName, middleName);
    }
}
