package org.munacademy.contest.entity;

import java.time.LocalDate;

/** A diploma as its holder sees it: number and verification code, outcome, stage, date. */
public record DiplomaRow(String number, String code, ApplicationStatus outcome, String stageTitle,
        LocalDate issuedOn) {
}
