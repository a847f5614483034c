package org.munacademy.identity.entity;

import java.time.LocalDate;

/**
 * What a document of education and the federal registry (ФИС ФРДО) say about its holder: name, СНИЛС (eleven digits
 * or null), date of birth, sex (null while not recorded) and citizenship (ОКСМ code).
 */
public record RegistryPerson(long id, String lastName, String firstName, String middleName, String snils,
        LocalDate birthDate, Sex sex, String citizenship) {

    public String fullName() {
        return Person.fullName(lastName, firstName, middleName);
    }
}
