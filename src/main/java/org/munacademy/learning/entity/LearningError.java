package org.munacademy.learning.entity;

import org.munacademy.shared.entity.ErrorCode;

/**
 * The error codes of the learning context (providers, programmes, courses, the catalogue).
 * Texts: {@code i18n/errors-learning_*.properties}.
 */
public enum LearningError implements ErrorCode {
    /** No provider with this code. Argument: the code. */
    PROVIDER_NOT_FOUND(404),
    /** No programme with this code (or none the caller may see). Argument: the code. */
    PROGRAMME_NOT_FOUND(404),
    /** No module with this id in the programme. Argument: the id. */
    MODULE_NOT_FOUND(404),
    /** No lesson with this id in the programme. Argument: the id. */
    LESSON_NOT_FOUND(404),
    /** The competency standard programmes refer to has no published version. Argument: its code. */
    STANDARD_NOT_PUBLISHED(404),
    /** The lesson is not read on a page (a SCORM package or a module check). */
    LESSON_HAS_NO_PAGE(404),
    /** Only a draft programme is published. Argument: the code. */
    PROGRAMME_NOT_DRAFT(409),
    /** Only a published programme is archived. Argument: the code. */
    PROGRAMME_NOT_PUBLISHED(409),
    /** An archived programme does not change. Argument: the code. */
    PROGRAMME_ARCHIVED(409),
    /**
     * Kind, hours, provider and competencies of a published programme do not change: its document and the registry
     * entry say them. Argument: the code.
     */
    PROGRAMME_TERMS_FROZEN(409),
    /** Modules and lessons are added, removed or moved only while the programme is a draft. Argument: the code. */
    OUTLINE_FROZEN(409),
    /** A programme is published with at least one competency and one lesson. Argument: what is missing. */
    PROGRAMME_INCOMPLETE(409),
    /** A lesson lacks its content and the programme cannot be published. Arguments: module and lesson titles. */
    LESSON_INCOMPLETE(409),
    /** A code is Latin letters, digits, dot, hyphen and underscore. */
    CODE_FORMAT(400),
    /** A provider with this code exists. Argument: the code. */
    PROVIDER_CODE_TAKEN(400),
    /** A programme with this code exists. Argument: the code. */
    PROGRAMME_CODE_TAKEN(400),
    /** A code does not change. */
    CODE_IMMUTABLE(400),
    /** The ИНН's check digit is wrong. */
    INN_CHECKSUM(400),
    /** No region with this code. Argument: the code. */
    UNKNOWN_REGION(400),
    /** No provider with this code. Argument: the code. */
    UNKNOWN_PROVIDER(400),
    /** A qualification upgrade programme is shorter than allowed. Argument: the least number of hours. */
    UPGRADE_TOO_SHORT(400),
    /** A retraining programme is shorter than allowed. Argument: the least number of hours. */
    RETRAINING_TOO_SHORT(400),
    /** A programme lasts more hours than allowed. Argument: the most hours. */
    HOURS_OUT_OF_RANGE(400),
    /** The catalogue's range of cohort start dates ends before it begins. Arguments: from and to (dd.MM.yyyy). */
    CATALOGUE_DATES_ORDER(400),
    /** The competency is not in the published standard. Argument: the code. */
    UNKNOWN_COMPETENCY(400),
    /** The level is outside the standard's scale. Arguments: the competency, the number of levels. */
    LEVEL_OUTSIDE_SCALE(400),
    /** A competency is named twice. Argument: the code. */
    COMPETENCY_TWICE(400),
    /** No position group with this code. Argument: the code. */
    UNKNOWN_POSITION_GROUP(400),
    /** No programme with this code to require before. Argument: the code. */
    UNKNOWN_PROGRAMME(400),
    /** A programme cannot require itself. */
    PREREQUISITE_ITSELF(400),
    /** A level prerequisite names its level (on the standard's scale). Argument: the competency. */
    PREREQUISITE_LEVEL_MISSING(400),
    /** The lesson's kind needs its content. Argument: the kind. */
    LESSON_CONTENT_MISSING(400),
    /** A video is a https link with a host. */
    VIDEO_URL_INVALID(400),
    /** No assessment test with this code. Argument: the code. */
    UNKNOWN_TEST(400),
    /** No stored file with this SHA-256. */
    FILE_NOT_STORED(400),
    /** The request body is empty. */
    BODY_EMPTY(400),

    // ---- SCORM 1.2 packages (an upload's errors are listed together, each with where it is) ----
    /** The upload is not a zip archive. */
    SCORM_NOT_ZIP(400),
    /** The zip archive cannot be read. Argument: what the reader said, in short. */
    SCORM_ZIP_BROKEN(400),
    /** More entries than allowed. Argument: the most. */
    SCORM_TOO_MANY_ENTRIES(400),
    /** An entry or the whole unpacks to more than allowed. Argument: the limit in MB. */
    SCORM_TOO_LARGE(400),
    /** The archive unpacks to far more than it weighs (a zip bomb). Argument: the largest ratio allowed. */
    SCORM_ZIP_BOMB(400),
    /** A path leaves the package (.., absolute, backslash, drive letter). Argument: the path. */
    SCORM_UNSAFE_PATH(400),
    /** The same path twice in the archive. Argument: the path. */
    SCORM_DUPLICATE_ENTRY(400),
    /** No imsmanifest.xml at the root of the package. */
    SCORM_MANIFEST_MISSING(400),
    /** The manifest is not well-formed XML, or declares a DOCTYPE. Argument: line and column or the reason. */
    SCORM_MANIFEST_INVALID(400),
    /** No organisation item launches a resource with adlcp:scormtype="sco" and an href. */
    SCORM_NO_SCO(400),
    /** The launch file of the SCO is not in the package. Argument: its path. */
    SCORM_LAUNCH_MISSING(400),
    /** A file the manifest lists is not in the package. Argument: its path. */
    SCORM_FILE_MISSING(400),
    /** A picture's content is not what its extension says. Argument: the path. */
    SCORM_MEDIA_MISMATCH(400),
    /** No SCORM package with this id. Argument: the id. */
    SCORM_PACKAGE_NOT_FOUND(404),
    /** The lesson is not a SCORM lesson. Argument: the lesson id. */
    SCORM_NOT_SCORM_LESSON(409),
    /** The SCORM lesson has no package yet. */
    SCORM_NO_PACKAGE(409),
    /** The player's launch token is unknown, replaced by a newer launch or someone else's. */
    SCORM_LAUNCH_INVALID(403),
    /** A value the player sent breaks the SCORM 1.2 data model. Arguments: the element, the value. */
    SCORM_VALUE_INVALID(400),
    /** No document with this number (or none the caller may read), or no document with this verification code. */
    DOCUMENT_NOT_FOUND(404),
    /** The person already has the programme's document. Argument: the programme's code. */
    DOCUMENT_EXISTS(409),
    /** A document is not dated in the future. */
    DOCUMENT_DATE_FUTURE(400),
    /** No person with this id. Argument: the id. */
    UNKNOWN_PERSON(400);

    private final int status;

    LearningError(int status) {
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String context() {
        return "learning";
    }
}
