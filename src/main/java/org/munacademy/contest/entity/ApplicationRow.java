package org.munacademy.contest.entity;

import java.time.Instant;
import java.util.List;

/**
 * An application in a list: its number, nomination, applicant and place (null for a juror in blind mode), status and
 * stage reached, eligibility reasons.
 */
public record ApplicationRow(long id, String number, String season, String nominationCode, String nominationTitle,
        NominationKind kind, Long personId, String applicant, String municipality, String region, String teamName,
        ApplicationStatus status, int stageSeq, String stageTitle, List<String> eligibility, Instant submittedAt,
        long version) {
}
