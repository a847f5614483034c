package org.munacademy.reserve.entity;

/**
 * The basis on which a person is included in a reserve (municipal acts under 25-ФЗ, ст. 32–33): a contest for the
 * reserve, the runner-up of a contest for a vacancy (with consent), the attestation commission's recommendation, or a
 * contest such as «Муниципальный лидер».
 */
public enum InclusionBasis {
    RESERVE_CONTEST, VACANCY_CONTEST, ATTESTATION, LEADER_CONTEST
}
