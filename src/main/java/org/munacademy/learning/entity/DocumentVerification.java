package org.munacademy.learning.entity;

import java.time.LocalDate;

/**
 * What the public verification page confirms about a document — its number, the holder's name, the programme, its
 * hours and the date of issue — and nothing else.
 */
public record DocumentVerification(String registrationNumber, String holderName, String programmeTitle, int hours,
        LocalDate issuedOn) {
}
