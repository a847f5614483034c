package org.munacademy.identity.entity;

import java.time.LocalDate;

/**
 * A person's card: everything recorded about them, as shown in the form and returned by the API. Only the person,
 * HR in scope and administrators read it (never in lists); {@code snils} is written {@code 112-233-445 95}.
 */
public record PersonCard(Long id, String code, String lastName, String firstName, String middleName, String email,
        String phone, Long municipalityId, String municipalityName, String municipalityOktmo, String regionName,
        Long positionId, String positionName, String positionGroupCode, boolean consentGiven,
        LocalDate consentDate, long version, Sex sex, String citizenship, String snils, LocalDate birthDate) {

    public String fullName() {
        return Person.fullName(lastName, firstName, middleName);
    }

    /** The card as editable data, with the version read. */
    public PersonData toData() {
        PersonData d = new PersonData();
        d.setLastName(lastName);
        d.setFirstName(firstName);
        d.setMiddleName(middleName);
        d.setEmail(email);
        d.setPhone(phone);
        d.setMunicipalityId(municipalityId);
        d.setPositionId(positionId);
        d.setConsentGiven(consentGiven);
        d.setConsentDate(consentDate);
        d.setVersion(version);
        d.setSex(sex);
        d.setCitizenship(citizenship);
        d.setSnils(snils);
        d.setBirthDate(birthDate);
        return d;
    }
}
