package org.munacademy.contest.entity;

import java.time.LocalDate;

/** What the public verification of a diploma shows. */
public record DiplomaCheck(String number, String name, String season, String nomination, String stage,
        ApplicationStatus outcome, LocalDate issuedOn) {
}
