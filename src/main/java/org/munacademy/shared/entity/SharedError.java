package org.munacademy.shared.entity;

/**
 * The error codes of the shared kernel: failures every context can meet (authentication, authorisation, missing
 * objects, lost races, malformed requests) and the field-level problems of the kernel's own input handling
 * (uploaded text, JSON bodies). Texts: {@code i18n/errors-shared_*.properties}.
 */
public enum SharedError implements ErrorCode {
    /** No (valid) credentials. */
    UNAUTHENTICATED(401),
    /** The caller's roles do not allow the action. */
    ACCESS_DENIED(403),
    /** The object asked for does not exist (or was removed meanwhile). */
    NOT_FOUND(404),
    /** Somebody else changed the object after the caller read it. */
    CONCURRENT_MODIFICATION(409),
    /** One or more fields break a rule; the problem lists each one. */
    VALIDATION_FAILED(400),
    /** An import was refused as a whole; the problem lists every error with its row or item. */
    IMPORT_REJECTED(400),
    /** A request body that is not the JSON the endpoint expects. Argument: the first problem's text. */
    MALFORMED_JSON(400),
    /** A request body over the limit. Argument: the limit in bytes. */
    PAYLOAD_TOO_LARGE(413),
    /** A query, header or form parameter of the wrong type. Argument: the parameter's name. */
    INVALID_PARAMETER(400),
    /** The request is malformed (answered by the runtime). */
    BAD_REQUEST(400),
    /** The HTTP method is not allowed on the resource. */
    METHOD_NOT_ALLOWED(405),
    /** The resource cannot answer in the requested media type. */
    NOT_ACCEPTABLE(406),
    /** The request's media type is not accepted here. */
    UNSUPPORTED_MEDIA_TYPE(415),
    /** Any other refusal by the runtime. */
    REQUEST_REJECTED(400),
    /** An unexpected failure. Argument: the incident id to quote. */
    INTERNAL_ERROR(500),

    // field-level problems (InvalidInputException / MalformedJsonException)
    /** A field's value has the wrong type. */
    WRONG_TYPE(400),
    /** The uploaded file is not valid in the charset the request declared. Argument: the charset. */
    FILE_NOT_IN_DECLARED_CHARSET(400),
    /** The uploaded file starts with a UTF-8 byte order mark but is not UTF-8. */
    FILE_BOM_BUT_NOT_UTF8(400),
    /** The uploaded file has a UTF-16 byte order mark but is damaged. */
    FILE_UTF16_DAMAGED(400),
    /** The uploaded file's encoding was not recognised. */
    FILE_ENCODING_UNKNOWN(400),
    /** The request declared a charset nobody knows. Argument: its name (cut to 40 characters). */
    UNKNOWN_CHARSET(400),
    /** The JSON document is not well-formed. */
    JSON_SYNTAX(400),
    /** The JSON document is not well-formed. Arguments: line, column. */
    JSON_SYNTAX_AT(400),
    /** The JSON document nests deeper than allowed. Argument: the limit. */
    JSON_TOO_DEEP(400),
    /** A value does not match the expected structure. */
    JSON_STRUCTURE(400),
    /** A JSON value is null where one is required. */
    JSON_NULL(400),
    /** A JSON list contains null. */
    JSON_NULL_IN_LIST(400),
    /** A JSON value should be true or false. */
    JSON_EXPECTED_BOOLEAN(400),
    /** A JSON value should be a number. */
    JSON_EXPECTED_NUMBER(400),
    /** A JSON value should be a whole number. */
    JSON_EXPECTED_WHOLE_NUMBER(400),
    /** A JSON number is out of range. Arguments: minimum, maximum. */
    JSON_OUT_OF_RANGE(400),
    /** A JSON value should be a string. */
    JSON_EXPECTED_STRING(400),
    /** A JSON value should be a single character. */
    JSON_EXPECTED_CHARACTER(400),
    /** A JSON value should be one of the listed constants. Argument: the constants, comma-separated. */
    JSON_EXPECTED_ONE_OF(400),
    /** A JSON value should be an object. */
    JSON_EXPECTED_OBJECT(400),
    /** A JSON value should be a list. */
    JSON_EXPECTED_LIST(400),
    /** A JSON value should be a date as yyyy-mm-dd. */
    JSON_EXPECTED_DATE(400),
    /** A JSON value should be a UUID. */
    JSON_EXPECTED_UUID(400),
    /** A JSON value should be an ISO-8601 time value. Argument: the type's name. */
    JSON_EXPECTED_TIME(400),
    /** A value is not one of the known constants. Argument: the value. */
    UNKNOWN_VALUE(400),
    /** A value should be a date as yyyy-mm-dd. */
    EXPECTED_DATE(400),
    /** A text file (CSV, GIFT, JSON) was expected, not a binary one. Argument: the format found. */
    TEXT_FILE_EXPECTED(400),
    /** No notification with this id for the caller. Argument: the id. */
    NOTIFICATION_NOT_FOUND(404),
    /** Notifications are read by a caller with a person card. */
    NOTIFICATIONS_NEED_PERSON(403),
    /** The CSV file is not well formed (an unclosed quote?). */
    CSV_MALFORMED(400),
    /** A table was sent in the old Excel format (.xls). */
    OLD_EXCEL_FORMAT(400),
    /** A table (XLSX or CSV) was expected. Argument: the format found. */
    TABLE_EXPECTED(400),
    /** The sheet has more rows than allowed. Argument: the limit. */
    SHEET_TOO_LONG(400),
    /** The workbook cannot be read (damaged or password-protected). */
    WORKBOOK_UNREADABLE(400),

    // the file store
    /** An uploaded file is empty. */
    FILE_EMPTY(400),
    /** A file is not of a type accepted here, judged by its content. Arguments: its name, the accepted types. */
    FILE_TYPE_NOT_ACCEPTED(400),
    /** No stored file with this address (or none the caller may see). */
    FILE_NOT_FOUND(404),
    /** The caller may not read the file: no context that references it lets them. */
    FILE_ACCESS_DENIED(403),

    // dbrestart
    /**
     * The database cannot be reached just now (restarting, the connection lost mid-request): the request may be
     * sent again after a moment (an answer save with the same sequence number is acknowledged once).
     */
    DATABASE_UNAVAILABLE(503);

    private final int status;

    SharedError(int status) {
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String context() {
        return "shared";
    }
}
