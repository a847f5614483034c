package org.munacademy.learning.entity;

import java.time.LocalDate;

/** An issued document as lists and the API show it to its holder, HR in scope and administrators. */
public record DocumentRow(long id, String registrationNumber, CompletionDocument kind, String programmeCode,
        String programmeTitle, String providerName, long personId, String holderName, int hours, LocalDate issuedOn,
        String verificationCode) {
}
