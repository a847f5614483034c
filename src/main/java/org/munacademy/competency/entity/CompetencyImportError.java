package org.munacademy.competency.entity;

import org.munacademy.shared.entity.ErrorCode;

/**
 * What can be wrong in a competency standard that is imported (CSV, CASE JSON) or saved as a draft: one code per
 * problem, each listed with its place in the refused import ({@code ImportRejectedException}); the arguments keep
 * every detail (the value found, the limit, the line it repeats). Texts: {@code i18n/errors-competency_*.properties}.
 */
public enum CompetencyImportError implements ErrorCode {

    // ---- CSV (FrameworkCsv); column names are the file's own and stay as they are
    /** The file has no records. Argument: the expected header. */
    CSV_NO_RECORDS,
    /** A column is missing from the header. Arguments: the column, the expected header. */
    CSV_COLUMN_MISSING,
    /** The record type is unknown. Argument: the value of column record. */
    CSV_RECORD_UNKNOWN,
    /** A value holds a line break. Argument: the column. */
    CSV_LINE_BREAK,
    /** A scale level is defined twice. Arguments: the level number, the line of its first definition. */
    CSV_LEVEL_REPEATED,
    /** A SCALE row has no level number. */
    CSV_LEVEL_NUMBER_EMPTY,
    /** A SCALE row's code is no level number. Argument: the value. */
    CSV_LEVEL_NUMBER_INVALID,
    /** A COMPETENCY row has no kind. Argument: the kinds. */
    CSV_KIND_EMPTY,
    /** A COMPETENCY row's kind is unknown. Arguments: the value, the kinds. */
    CSV_KIND_UNKNOWN,
    /** A COMPETENCY row names no area. */
    CSV_AREA_EMPTY,
    /** A COMPETENCY row names an area not defined before it. Argument: the area code. */
    CSV_AREA_UNDEFINED,
    /** An INDICATOR row names no competency. */
    CSV_COMPETENCY_EMPTY,
    /** An INDICATOR row has no level. */
    CSV_INDICATOR_LEVEL_EMPTY,
    /** An INDICATOR row's level is no number. Argument: the value. */
    CSV_INDICATOR_LEVEL_INVALID,
    /** A required column is empty. Argument: the column. */
    CSV_EMPTY,
    /** A code is used twice. Arguments: the code, the line of its first use. */
    CSV_CODE_REPEATED,
    /** A value is longer than its column allows. Arguments: the column, the length, the maximum. */
    CSV_TOO_LONG,
    /** The file has no SCALE rows. */
    CSV_NO_SCALE,
    /** A scale level skips one number. Arguments: the level, the missing number. */
    CSV_SCALE_HOLE,
    /** A scale level skips several numbers. Arguments: the level, the first and the last missing number. */
    CSV_SCALE_HOLES,
    /** An indicator names a competency the file does not define. Argument: the competency code. */
    CSV_COMPETENCY_UNDEFINED,
    /** An indicator's level is outside the scale. Arguments: the level, the scale's first and last level. */
    CSV_LEVEL_OUTSIDE_SCALE,

    // ---- CASE JSON (CaseJson); property names are CASE's own
    /** The file is empty. */
    CASE_EMPTY,
    /** The package is not a JSON object. Argument: the JSON type found. */
    CASE_NOT_AN_OBJECT,
    /** The package has no CFDocument. */
    CASE_DOCUMENT_MISSING,
    /** A required text property is missing (or not a text). Argument: the property. */
    CASE_TEXT_MISSING,
    /** A text is longer than its column allows. Arguments: the property, the length, the maximum. */
    CASE_TOO_LONG,
    /** A CASE identifier is longer than a UUID. Arguments: the identifier (cut), its length, the maximum. */
    CASE_ID_TOO_LONG,
    /** A date property is no date. Arguments: the property, the value. */
    CASE_DATE_INVALID,
    /** A property that should be a list is not. Argument: what the list holds. */
    CASE_NOT_A_LIST,
    /** A list holds something that is not an object. Arguments: the element (cut), what the list holds. */
    CASE_NOT_AN_ELEMENT,
    /** A CFItem's type is unknown. Arguments: the type, the area type, the competency type. */
    CASE_ITEM_TYPE_UNKNOWN,
    /** Two CFItems share an identifier. */
    CASE_ITEM_ID_REPEATED,
    /** Two CFItems share a code. Arguments: the code, the other item's identifier. */
    CASE_CODE_REPEATED,
    /** A competency's conceptKeywords name no kind. Argument: the kinds. */
    CASE_KIND_MISSING,
    /** No isChildOf association places the item. */
    CASE_ITEM_UNPLACED,
    /** An association lacks the identifier of one of its ends. Argument: the property. */
    CASE_LINK_MISSING,
    /** isChildOf starts at an unknown node. Argument: its identifier. */
    CASE_CHILD_UNKNOWN,
    /** isChildOf points to an unknown node. Argument: its identifier. */
    CASE_PARENT_UNKNOWN,
    /** A competency area is placed under something other than the CFDocument. */
    CASE_AREA_PARENT,
    /** A competency is placed under something other than a competency area. */
    CASE_COMPETENCY_PARENT,
    /** An item is placed twice. Argument: its identifier. */
    CASE_SECOND_PARENT,
    /** sequenceNumber is no whole number. Argument: the value. */
    CASE_SEQUENCE_NOT_WHOLE,
    /** replacedBy points to no competency of the package. Argument: the identifier. */
    CASE_SUCCESSOR_UNKNOWN,
    /** A rubric criterion points to no competency of the package. Argument: the identifier. */
    CASE_CRITERION_ITEM_UNKNOWN,
    /** A competency has a second rubric criterion. Argument: the competency's identifier. */
    CASE_CRITERION_REPEATED,
    /** A criterion level's score is no level number. Argument: the value. */
    CASE_SCORE_INVALID,
    /** A criterion has two levels with one score. Argument: the score. */
    CASE_SCORE_REPEATED,
    /** An indicator (a line of feedback) is too long. Arguments: its length, the maximum. */
    CASE_INDICATOR_TOO_LONG,
    /** A criterion's levels differ from the scale of the others. Argument: where that scale was read (a place). */
    CASE_SCALE_DIFFERS,

    // ---- a framework being stored (StandardFacade: a saved draft, any import)
    /** The standard's code breaks the pattern. */
    DRAFT_CODE_INVALID,
    /** The scale has no levels. */
    DRAFT_NO_LEVELS,
    /** The levels are not numbered 1..n. Argument: n. */
    DRAFT_LEVEL_NUMBERS,
    /** A level lacks its name or descriptor. */
    DRAFT_LEVEL_INCOMPLETE,
    /** An area lacks its code or name, or repeats a code. */
    DRAFT_AREA_INCOMPLETE,
    /** A competency lacks its code, name or kind, or repeats a code. */
    DRAFT_COMPETENCY_INCOMPLETE,
    /** An indicator is empty or outside the scale. Argument: its level. */
    DRAFT_INDICATOR_INVALID,
    /** An indicator is too long. Arguments: its level, its length, the maximum. */
    DRAFT_INDICATOR_TOO_LONG,
    /** A field is longer than its column allows. Arguments: the field (a name of the bundles), the length, max. */
    DRAFT_TOO_LONG;

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String context() {
        return "competency";
    }
}
