package org.munacademy.contest.entity;

/** The nominations' kinds: who may apply. */
public enum NominationKind {
    /** Глава муниципального образования. */
    HEAD,
    /** Муниципальный служащий. */
    EMPLOYEE,
    /** Депутат и кандидат в депутаты представительного органа (their own pool in the reserve). */
    DEPUTY,
    /** Муниципальная команда: a team of 3–5 with each member's consent. */
    TEAM
}
