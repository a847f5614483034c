package org.munacademy.identity.entity;

/** What the audit log records. Personal data read in bulk is logged as well as single cards (152-ФЗ). */
public enum AuditAction {
    LOGIN,
    LOGIN_THROTTLED,
    LOGOUT,
    PERSON_READ,
    PERSON_CREATED,
    PERSON_UPDATED,
    ACCOUNT_CREATED,
    ACCOUNT_UPDATED,
    ROLES_CHANGED,
    PASSWORD_CHANGED,
    ACCESS_DENIED,
    /** A list of persons (people view, REST listing) was read; the detail names the filter and the row count. */
    PERSONS_LISTED,
    /** A heat-map of competency gaps (screen or XLSX) was read. */
    HEATMAP_READ,
    /** Assessment results of other persons were listed. */
    RESULTS_LISTED,
    /** Assessment results (or a heat-map) were downloaded as a file. */
    DATA_EXPORTED,
    /** Evidence of a person's competency level was recorded by a person (not by the system). */
    EVIDENCE_RECORDED,
    /** A test was assigned to a person, municipality or region, or an assignment withdrawn. */
    TEST_ASSIGNED,
    /** Accommodations (extra time, health hint) of persons were read or changed. */
    ACCOMMODATIONS_READ,
    /** "Forgot password" was asked for an e-mail address (the outcome says whether an account was found). */
    PASSWORD_RESET_REQUESTED,
    /** A password was set through a "forgot password" link (or a link was refused). */
    PASSWORD_RESET,
    /** A staff list was checked (dry run) or loaded; the detail names the municipality and the counts. */
    STAFF_LIST_IMPORTED,
    /**
     * A staff-list import created accounts (and queued their invitations); the detail names the counts, never a
     * token or a password.
     */
    ACCOUNTS_CREATED_BY_IMPORT,
    /** The first password of an invited account was set with its invitation link (or a link was refused). */
    INVITATION_ACCEPTED,
    /**
     * The personnel reserve changed: a nomination, a commission's protocol, a reserve's rules or commission (the target
     * names the reserve, entry or protocol).
     */
    RESERVE_CHANGED,
    // essay
    /** The essays awaiting grading were listed with their answers (the detail names the test filter and count). */
    ESSAYS_LISTED,
    /** An essay answer was graded (the target names the attempt item; the detail the marks and the score). */
    ESSAY_GRADED,
    // grading
    /** An essay answer was opened for grading (the detail names the taker's person id, even under blind grading). */
    ESSAY_OPENED,
    /** A graded essay was graded again (the detail holds the old and new marks and the reason). */
    ESSAY_REGRADED,
    /** A test's assessors changed (the target names the test; the detail the account added or removed). */
    TEST_ASSESSORS_CHANGED,
    // contest
    /** The contest changed: a season's set-up, a stage's step, jurors, assignment, a conflict's decision, an appeal. */
    CONTEST_CHANGED,
    /** A contest application's personal data was read (by its applicant, a juror, the administrator). */
    CONTEST_APPLICATION_READ,
    /** Scores changed after submission: a sheet reopened or a score changed on appeal (the detail has the reason). */
    CONTEST_SCORES_CHANGED
}
