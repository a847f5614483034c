package org.munacademy.competency.entity;

/** Where a piece of evidence of a person's competency level comes from. */
public enum EvidenceSource {
    ASSESSMENT, COURSE, CONTEST_JURY, MANAGER, SELF_ASSESSMENT
}
