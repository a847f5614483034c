package org.munacademy.identity.entity;

import org.munacademy.shared.entity.ErrorCode;

/**
 * What can be wrong in a staff list: the column mapping and each row, listed with its place in the refused import
 * ({@code ImportRejectedException}); the arguments keep every detail (the value found, the row it repeats, the
 * limit). Texts: {@code i18n/errors-identity_*.properties}.
 */
public enum IdentityImportError implements ErrorCode {
    /** A mapped column is not in the file. Argument: the column. */
    STAFF_COLUMN_MISSING,
    /** No column is mapped to the full name (or to last and first name). */
    STAFF_NAME_UNMAPPED,
    /** No column is mapped to the SNILS or the personnel number. */
    STAFF_ID_UNMAPPED,
    /** The list has no data rows. */
    STAFF_NO_ROWS,
    /** The row repeats a SNILS. Argument: the row of its first use. */
    STAFF_SNILS_REPEATED,
    /** The row repeats a personnel number. Argument: the row of its first use. */
    STAFF_NUMBER_REPEATED,
    /** The row repeats an e-mail address. Argument: the row of its first use. */
    STAFF_EMAIL_REPEATED,
    /** The row has no last and first name. */
    STAFF_NAME_MISSING,
    /** A value is longer than its field allows. Arguments: the field ({@link StaffField}), the length, the max. */
    STAFF_TOO_LONG,
    /** The SNILS is not 11 digits. Argument: the value (cut). */
    STAFF_SNILS_NOT_DIGITS,
    /** The SNILS's checksum is wrong. Argument: the SNILS. */
    STAFF_SNILS_CHECKSUM,
    /** The row has neither a SNILS nor a personnel number. */
    STAFF_NO_ID,
    /** The birth date does not read. Argument: the value (cut). */
    STAFF_BIRTH_DATE_INVALID,
    /** The birth date is in the future or before 1900. Argument: the date (yyyy-mm-dd). */
    STAFF_BIRTH_DATE_IMPOSSIBLE,
    /** The sex is neither М/Ж nor a word for them (мужской, женский, male, female). Argument: the value (cut). */
    STAFF_SEX_INVALID,
    /** The position is not in the catalogue. Argument: the value (cut). */
    STAFF_POSITION_UNKNOWN,
    /** The e-mail address is malformed. Argument: the value (cut). */
    STAFF_EMAIL_INVALID,
    /** The phone number is malformed. Argument: the value (cut). */
    STAFF_PHONE_INVALID,
    /** The personnel number belongs to another person than the SNILS. Argument: the number. */
    STAFF_NUMBER_OTHER_PERSON,
    /** The person the row names is outside the importer's scope. */
    STAFF_OUTSIDE_SCOPE,
    /** The personnel number belongs to a person with another SNILS. Argument: the number. */
    STAFF_NUMBER_OTHER_SNILS,
    /** The e-mail address is another person's. Argument: the address. */
    STAFF_EMAIL_TAKEN;

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String context() {
        return "identity";
    }
}
