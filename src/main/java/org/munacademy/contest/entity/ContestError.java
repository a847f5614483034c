package org.munacademy.contest.entity;

import org.munacademy.shared.entity.ErrorCode;

/** The contest's error codes. Texts: {@code i18n/errors-contest_*.properties}. */
public enum ContestError implements ErrorCode {
    /** No season with this code. Argument: the code. */
    SEASON_NOT_FOUND(404),
    /** No nomination with this code in the season. Argument: the code. */
    NOMINATION_NOT_FOUND(404),
    /** No stage with this id (or none the caller may see). Argument: the id. */
    STAGE_NOT_FOUND(404),
    /** No application with this id the caller may see. Argument: the id. */
    APPLICATION_NOT_FOUND(404),
    /** No assignment with this id for the caller. Argument: the id. */
    ASSIGNMENT_NOT_FOUND(404),
    /** Applications are accepted only while the season is open and inside its dates. Argument: the dates. */
    APPLICATIONS_CLOSED(409),
    /** The person has applied to this nomination already. Argument: the application's number. */
    ALREADY_APPLIED(409),
    /** Consent to the processing of personal data is required (of every team member). Argument: who lacks it. */
    CONSENT_REQUIRED(400),
    /** An answer to the questionnaire is missing or wrong. Arguments: the field, what is wrong. */
    ANSWER_INVALID(400),
    /** A team needs between min and max members. Arguments: min, max. */
    TEAM_SIZE(400),
    /** A team member is unknown or listed twice. Argument: the code. */
    TEAM_MEMBER(400),
    /**
     * A team application passes the documents check only when every member has consented to the processing of
     * their personal data (152-ФЗ). Argument: the members who have not.
     */
    TEAM_CONSENT_MISSING(409),
    /** The step does not apply to a stage in this status. Arguments: the step, the status. */
    STAGE_STATUS(409),
    /** The step does not apply to an application in this status. Arguments: the step, the status. */
    APPLICATION_STATUS(409),
    /** A score is missing or outside 1..max. Arguments: the criterion, the maximum. */
    SCORE_INVALID(400),
    /** The sheet was submitted and is locked; only the administrator reopens it, with a reason. */
    SHEET_LOCKED(409),
    /** A reason is required (reopening a sheet, deciding an appeal, declaring a conflict). */
    REASON_REQUIRED(400),
    /** Not every assigned sheet is submitted. Argument: the number still open. */
    SCORING_INCOMPLETE(409),
    /** The appeal window of this stage is closed (or not open yet). Argument: the last day. */
    APPEAL_WINDOW(409),
    /** No juror account with this username (or the account lacks the JUROR role). Argument: the username. */
    JUROR_UNKNOWN(400),
    /** Jurors cannot be assigned as asked. Argument: the explanation. */
    ASSIGNMENT_IMPOSSIBLE(409),
    /** Only the stage's chair closes a live round. */
    NOT_CHAIR(403),
    /** No diploma with this number and code. Argument: the number. */
    DIPLOMA_NOT_FOUND(404),
    /** The season's definition is inconsistent. Argument: what is wrong. */
    DEFINITION_INVALID(400),
    // attach
    /** The questionnaire has no FILE field with this code. Argument: the slot. */
    ATTACHMENT_SLOT_UNKNOWN(400),
    /**
     * The file's content is not of a type the slot accepts (the type is found from the bytes, not the name).
     * Arguments: the slot, the type found, the accepted types.
     */
    ATTACHMENT_TYPE(400),
    /** The file is larger than the slot allows. Arguments: the slot, the limit in KB. */
    ATTACHMENT_TOO_LARGE(413),
    /** Files are accepted only while the application is active and its documents are not checked yet. Argument: why. */
    ATTACHMENTS_CLOSED(409),
    /** No such attachment (or not one the caller may read). Argument: the id. */
    ATTACHMENT_NOT_FOUND(404);

    private final int status;

    ContestError(int status) {
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String context() {
        return "contest";
    }
}
