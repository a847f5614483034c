package org.munacademy.assessment.entity;

import org.munacademy.shared.entity.ErrorCode;

/**
 * What can be wrong in a question file that is imported (Moodle GIFT, an IMS QTI package) or in its questions as the
 * bank takes them: one code per problem, each listed with its place in the refused import
 * ({@code ImportRejectedException}); the arguments keep every detail (the value found, the limit). Texts:
 * {@code i18n/errors-assessment_*.properties}.
 */
public enum AssessmentImportError implements ErrorCode {
    /** The text is longer than allowed. Arguments: the maximum, its length. */
    GIFT_TOO_LONG,
    /** More errors than are listed. Argument: how many are listed. */
    GIFT_TOO_MANY_ERRORS,
    /** More questions than one file may hold. Argument: the maximum. */
    GIFT_TOO_MANY_QUESTIONS,
    /** An unknown difficulty. Argument: the word. */
    GIFT_DIFFICULTY_UNKNOWN,
    /** A competency category that does not read. Arguments: the category, the prefix. */
    GIFT_CATEGORY_INVALID,
    /** The question's title is not closed. */
    GIFT_TITLE_UNCLOSED,
    /** A closing brace without an opening one. */
    GIFT_STRAY_CLOSE,
    /** A question without text and without answers. Argument: the answer block's syntax. */
    GIFT_NOTHING,
    /** A description without an answer block (not a question we take). Argument: the block's syntax. */
    GIFT_NO_ANSWER_BLOCK,
    /** The answer block is not closed. Argument: the brace. */
    GIFT_BLOCK_UNCLOSED,
    /** An opening brace inside the answer block. Arguments: the brace, its escaped form. */
    GIFT_NESTED_OPEN,
    /** A second answer block in one question. Arguments: the block's syntax, an escaped brace. */
    GIFT_SECOND_BLOCK,
    /** The question has no text. */
    GIFT_NO_STEM,
    /** Not raised any more: an answer block without answers is imported as an essay (kept for stable codes). */
    GIFT_ESSAY,
    /** No answer has a positive weight. */
    GIFT_NO_RIGHT_ANSWER,
    /** A choice question with fewer than two options. */
    GIFT_TOO_FEW_CHOICES,
    /** An empty option. */
    GIFT_EMPTY_OPTION,
    /** An answer weight is not closed with %. */
    GIFT_WEIGHT_UNCLOSED,
    /** An answer weight is not a number. Argument: the weight. */
    GIFT_WEIGHT_NOT_NUMBER,
    /** An answer weight written with a decimal comma. Argument: the weight. */
    GIFT_WEIGHT_COMMA,
    /** An answer weight outside -100…100. Argument: the weight. */
    GIFT_WEIGHT_RANGE,
    /** A matching pair starts with ~. */
    GIFT_MATCH_TILDE,
    /** A matching pair without ->. Argument: the pair (cut). */
    GIFT_MATCH_NO_ARROW,
    /** A matching pair with feedback. */
    GIFT_MATCH_FEEDBACK,
    /** A matching pair with an empty side. */
    GIFT_MATCH_EMPTY_SIDE,
    /** A matching question with fewer than two pairs. */
    GIFT_MATCH_TOO_FEW,
    /** An ordering question with = ~ or #. */
    GIFT_ORDER_MARKER,
    /** An empty item of an ordering question. */
    GIFT_ORDER_EMPTY,
    /** An ordering question with fewer than two items. */
    GIFT_ORDER_TOO_FEW,
    /** An answer block of no known kind. Argument: the block (cut). */
    GIFT_BLOCK_UNKNOWN,
    /** A true/false question with more than two feedbacks. Argument: the syntax. */
    GIFT_TRUE_FALSE_FEEDBACKS,
    /** A numeric question without an answer. Argument: examples of the syntax. */
    GIFT_NUMERIC_EMPTY,
    /** A numeric range whose start exceeds its end. Argument: the range. */
    GIFT_RANGE_REVERSED,
    /** A numeric range too large to compute. Argument: the range (cut). */
    GIFT_RANGE_TOO_LARGE,
    /** A negative tolerance. Argument: the answer. */
    GIFT_TOLERANCE_NEGATIVE,
    /** A numeric answer that is not a number. Argument: the text (cut). */
    GIFT_NOT_NUMBER,
    /** A numeric answer with a decimal comma. Argument: the text (cut). */
    GIFT_NUMBER_COMMA,
    /** A Moodle file reference a lone GIFT file cannot carry. Argument: the file name. */
    GIFT_IMAGE_PLUGINFILE,
    /** An image at an external address. Argument: the address (cut). */
    GIFT_IMAGE_EXTERNAL,
    /** An image without an address. Argument: the attribute (src or data). */
    IMAGE_NO_SOURCE,
    /** A data: URI that does not read. */
    IMAGE_DATA_UNREADABLE,
    /** A data: URI that is not base64. */
    IMAGE_DATA_DAMAGED,
    /** An image the package does not hold. Argument: its path. */
    IMAGE_NOT_IN_PACKAGE,
    /** An empty image. Argument: its name. */
    IMAGE_EMPTY,
    /** A file that is no image of an accepted type. Argument: its name. */
    IMAGE_NOT_AN_IMAGE,
    /** An object that is no image. Arguments: its address, its type. */
    QTI_OBJECT_TYPE,
    /** The file is empty. */
    QTI_EMPTY,
    /** An entry name that reads in no known encoding. */
    QTI_NAME_UNREADABLE,
    /** More entries than allowed. Argument: the maximum. */
    QTI_TOO_MANY_ENTRIES,
    /** An entry too large once inflated. Arguments: its name, the limit in MB. */
    QTI_ENTRY_TOO_LARGE,
    /** The archive too large once inflated. Argument: the limit in MB. */
    QTI_TOTAL_TOO_LARGE,
    /** The file is no valid zip archive. */
    QTI_NOT_ZIP,
    /** The archive is cut off or damaged. */
    QTI_TRUNCATED,
    /** No zip archive, or an empty one. */
    QTI_ZIP_EMPTY,
    /** An entry with an absolute path or ... Argument: the path. */
    QTI_PATH_INVALID,
    /** The archive has no imsmanifest.xml. */
    QTI_NO_MANIFEST,
    /** The manifest's root element is wrong. Argument: its name. */
    QTI_MANIFEST_ROOT,
    /** The manifest lists no question. Argument: the resource type written. */
    QTI_NO_ITEMS,
    /** A question resource without a file reference. */
    QTI_RESOURCE_NO_HREF,
    /** A file the manifest names is not in the archive. */
    QTI_FILE_MISSING,
    /** An item of a structure the reader does not take. */
    QTI_ITEM_UNREADABLE,
    /** A reference leading out of the package. Argument: the reference. */
    QTI_LINK_OUTSIDE,
    /** An XML file with a DOCTYPE. */
    QTI_DOCTYPE,
    /** Elements nested too deep. Argument: the limit. */
    QTI_TOO_DEEP,
    /** Not well-formed XML. Arguments: line, column. */
    QTI_XML_INVALID_AT,
    /** Not well-formed XML. */
    QTI_XML_INVALID,
    /** A file that cannot be read. */
    QTI_UNREADABLE,
    /** The item's root element is wrong. Argument: its name. */
    QTI_ITEM_ROOT,
    /** The item has no itemBody. */
    QTI_NO_BODY,
    /** The item has no interaction. */
    QTI_NO_INTERACTION,
    /** The item has several interactions. Argument: their names. */
    QTI_SEVERAL_INTERACTIONS,
    /** An interaction we do not take. Argument: its name. */
    QTI_INTERACTION_UNSUPPORTED,
    /** An interaction without responseIdentifier. Argument: the interaction. */
    QTI_NO_RESPONSE_ID,
    /** No responseDeclaration for the response. Argument: its identifier. */
    QTI_NO_DECLARATION,
    /** A choiceInteraction without choices. */
    QTI_NO_CHOICES,
    /** A choice response of another cardinality. Argument: the cardinality. */
    QTI_CHOICE_CARDINALITY,
    /** A text entry response of another cardinality. Argument: the cardinality. */
    QTI_TEXT_CARDINALITY,
    /** A text entry of an unsupported base type. Argument: the base type. */
    QTI_BASE_TYPE,
    /** An element without identifier. Argument: the element. */
    QTI_ELEMENT_NO_ID,
    /** No element of a kind. Argument: the element. */
    QTI_NO_ELEMENTS,
    /** A mapping without a positive score. */
    QTI_MAPPING_NO_POSITIVE,
    /** Response processing without a positive score. */
    QTI_PROCESSING_NO_POSITIVE,
    /** No correct response. */
    QTI_NO_CORRECT,
    /** No correct response and no mapping. */
    QTI_NO_CORRECT_OR_MAPPING,
    /** No correct order. */
    QTI_NO_CORRECT_ORDER,
    /** No correct pairs. */
    QTI_NO_CORRECT_PAIRS,
    /** correctResponse names an unknown choice. Argument: its identifier. */
    QTI_CORRECT_UNKNOWN,
    /** Several correct choices for a single response. Argument: how many. */
    QTI_SINGLE_MANY_CORRECT,
    /** A condition refers to a correct response that is not given. */
    QTI_CORRECT_NEEDS_VALUE,
    /** A value that should be a number. Argument: the text. */
    QTI_NOT_A_NUMBER,
    /** An attribute that should be a number. Arguments: the attribute, the value. */
    QTI_VALUE_NOT_A_NUMBER,
    /** A matchInteraction without exactly two sets. Argument: how many. */
    QTI_MATCH_SETS,
    /** A pair that is not two identifiers. Argument: the pair. */
    QTI_PAIR_NOT_TWO,
    /** A pair naming unknown elements. Argument: the pair. */
    QTI_PAIR_UNKNOWN,
    /** A question without competency (none in the file, no default). */
    BANK_COMPETENCY_MISSING,
    /** A competency the standard does not have. Argument: its code. */
    BANK_COMPETENCY_UNKNOWN,
    /** A level outside the scale. Arguments: the level, the scale's highest level. */
    BANK_LEVEL_RANGE,
    /** A question code that breaks the pattern. Arguments: the code, the maximum length. */
    BANK_CODE_INVALID,
    /** A code used twice in the file. Argument: the code. */
    BANK_CODE_REPEATED,
    /** An update that would change the type or competency of a question in use. Argument: its code. */
    BANK_QUESTION_IN_USE,
    // gift
    /** A {@code [code: …]} comment that is no question code. Argument: the text. */
    GIFT_CODE_INVALID,
    /** Something other than feedback after "~" in a numeric block. Argument: the text (cut). */
    GIFT_NUMERIC_OTHER,
    // moodlexml
    /** A Moodle XML file whose root element is not {@code quiz}. Argument: its name. */
    MOODLE_XML_ROOT,
    /** A Moodle XML question of a type we do not take. Arguments: the type, the question's name. */
    MOODLE_TYPE_UNSUPPORTED,
    /** A value that should be a number. Arguments: where it is (element or attribute), the value. */
    MOODLE_NOT_NUMBER,
    /** An image the question's text names with {@code @@PLUGINFILE@@} but does not carry. Argument: its name. */
    MOODLE_FILE_MISSING,
    /** A question without answers. Argument: the type. */
    MOODLE_NO_ANSWERS,
    // qti
    /** An item with template variables (templateDeclaration/templateProcessing). Argument: the item identifier. */
    QTI_TEMPLATE_ITEM,
    /** A shared stimulus that is not in the package or is no assessmentStimulus. Argument: its href. */
    QTI_STIMULUS_MISSING,
    // qtimedia
    /** Audio or video of a question that is none of MP3, Ogg, WAV, M4A, MP4, WebM by content. Argument: its name. */
    MEDIA_NOT_PLAYABLE;

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String context() {
        return "assessment";
    }
}
