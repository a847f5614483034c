package org.munacademy.competency.entity;

import org.munacademy.shared.entity.ErrorCode;

/**
 * The error codes of the competency context (standards, profiles, evidence).
 * Texts: {@code i18n/errors-competency_*.properties}.
 */
public enum CompetencyError implements ErrorCode {
    /** Only a published version allows this. */
    VERSION_NOT_PUBLISHED(409),
    /** The standard already has a draft. Argument: the standard's code. */
    DRAFT_EXISTS(409),
    /** A published or retired version cannot change. */
    VERSION_IMMUTABLE(409),
    /** A version needs a scale and at least one area before it is published. */
    VERSION_INCOMPLETE(409),
    /** Drafts are visible to methodologists only. */
    DRAFTS_FOR_METHODOLOGISTS(403),
    /** No standard version with this id. Argument: the id. */
    VERSION_NOT_FOUND(404),
    /** The standard has no published version. Argument: the standard's code. */
    NO_PUBLISHED_STANDARD(404),
    /** The caller's account has no person card. */
    NO_PERSON_CARD(404),
    /** Evidence about oneself other than a self-assessment. */
    OWN_EVIDENCE(403),
    /** Only HR officers see other people's competencies. */
    HR_ONLY(403),
    /** No such competency in the standard. Argument: the code. */
    UNKNOWN_COMPETENCY(400),
    /** The level is outside the scale. Argument: the number of levels. */
    LEVEL_OUTSIDE_SCALE(400),
    /** No such position group. Argument: the code. */
    UNKNOWN_POSITION_GROUP(400),
    /** No such position. Argument: the code. */
    UNKNOWN_POSITION(400),
    /** The request carries no evidence. */
    EVIDENCE_MISSING(400),
    /** Only the system records evidence from this source. Argument: the source. */
    SOURCE_SYSTEM_ONLY(400),
    /** Only the person records a self-assessment. */
    SELF_ASSESSMENT_BY_SELF(400),
    /** Evidence cannot expire before it was observed. */
    EXPIRES_BEFORE_OBSERVED(400),
    /** The format is neither csv nor case. */
    FORMAT_UNKNOWN(400),
    /** The format asked for is not what the file is. Arguments: the format asked for, the format found. */
    FORMAT_MISMATCH(400),
    /** The body is not the framework as GET returns it. */
    BODY_NOT_FRAMEWORK(400),
    /** A CSV import names the standard code and title. */
    CSV_NEEDS_STANDARD(400),
    /** The change note is too long. Arguments: its length, the maximum. */
    CHANGE_NOTE_TOO_LONG(400),
    /** The heat-map mode is neither people nor municipalities. */
    HEATMAP_MODE_UNKNOWN(400),
    /** An item type mapping entry is not Type=KIND. Arguments: the entry, the targets allowed. */
    ITEM_TYPE_MAP_INVALID(400),
    /**
     * The CASE provider API has no published object with this identifier (drafts are never served). Argument: the
     * identifier. Answered as the specification's imsx status payload, not as a problem.
     */
    CASE_OBJECT_UNKNOWN(404);

    private final int status;

    CompetencyError(int status) {
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String context() {
        return "competency";
    }
}
