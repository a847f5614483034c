package org.munacademy.reserve.entity;

import java.time.LocalDate;

/**
 * What the contest context passes to the reserve when a stage's final results are published: one person admitted to
 * the reserve of the stage's level (ADR 14).
 *
 * @param personId the winner's or finalist's person id
 * @param outcome winner or finalist
 * @param level the stage's level: {@code REGIONAL} (the regional reserve of {@code regionId}) or {@code NATIONAL} (the
 *        federal stage: the national reserve of the contest's winners, {@code NAT-LEADER})
 * @param regionId the region of a regional stage (ignored for a federal one)
 * @param deputies whether the nomination is «депутат и кандидат в депутаты представительного органа»: the person goes
 *        into the deputies' pool ({@code NAT-DEPUTIES}) whatever the stage's level
 * @param contestReference the season and nomination titles as the history shows them (at most 180 characters)
 * @param protocolNumber the number of the contest's results protocol (at most 40 characters)
 * @param protocolDate the date of that protocol (the entry is in the reserve from it; not in the future)
 * @param targetGroupCode the target position group's code, or null for the default: {@code DEPUTY} in the deputies'
 *        pool, {@code HIGHEST} otherwise
 * @param mentorPersonId the mentor's person id, or null for none
 */
public record ContestAdmission(long personId, ContestOutcome outcome, ReserveLevel level, Long regionId,
        boolean deputies, String contestReference, String protocolNumber, LocalDate protocolDate,
        String targetGroupCode, Long mentorPersonId) {

    /** The code of the national reserve of the contest's winners (federal stage). */
    public static final String NATIONAL_RESERVE = "NAT-LEADER";

    /** The code of the deputies' pool: candidates for deputies of municipal representative bodies. */
    public static final String DEPUTIES_RESERVE = "NAT-DEPUTIES";

    /** The target group when none is given, outside the deputies' pool: the highest municipal service positions. */
    public static final String DEFAULT_GROUP = "HIGHEST";

    /** The target group when none is given, in the deputies' pool. */
    public static final String DEPUTIES_GROUP = "DEPUTY";

    /** The longest contest reference kept (it goes into the entry's basis document with the protocol). */
    public static final int REFERENCE_MAX = 180;
}
