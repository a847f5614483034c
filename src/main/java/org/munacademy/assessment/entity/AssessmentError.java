package org.munacademy.assessment.entity;

import org.munacademy.shared.entity.ErrorCode;

/**
 * The error codes of the assessment context (item bank, tests, assignments, taking, results).
 * Texts: {@code i18n/errors-assessment_*.properties}.
 */
public enum AssessmentError implements ErrorCode {
    /** Only a draft test is published. Argument: the test's code. */
    TEST_NOT_DRAFT(409),
    /** Only a published test is archived. Argument: the test's code. */
    TEST_NOT_PUBLISHED(409),
    /** The test is not open yet. */
    TEST_NOT_OPEN(409),
    /** The test is closed. */
    TEST_CLOSED(409),
    /** All attempts at the test are used. */
    NO_ATTEMPTS_LEFT(409),
    /** The item bank lacks questions to draw a test. Argument: what is missing. */
    BANK_EXHAUSTED(409),
    /** An attempt was just started in another window. */
    ATTEMPT_CONFLICT(409),
    /** The attempt is already finished. */
    ATTEMPT_CLOSED(409),
    /** The time for the test has run out; the answer was not accepted. */
    DEADLINE_PASSED(409),
    /** The attempt was changed in another window. Arguments: the expected and the received sequence number. */
    STALE_SEQUENCE(409),
    /** The attempt is not finished yet. */
    ATTEMPT_NOT_FINISHED(409),
    /** The test is not assigned to the caller. */
    TEST_NOT_ASSIGNED(403),
    /** The municipality is outside the caller's scope. */
    MUNICIPALITY_OUTSIDE_SCOPE(403),
    /** The region is outside the caller's scope. */
    REGION_OUTSIDE_SCOPE(403),
    /** The assignment is outside the caller's scope. */
    ASSIGNMENT_OUTSIDE_SCOPE(403),
    /** No test with this id. Argument: the id. */
    TEST_NOT_FOUND(404),
    /** No published test with this id. Argument: the id. */
    TEST_NOT_AVAILABLE(404),
    /** No attempt with this id (of the caller). Argument: the id. */
    ATTEMPT_NOT_FOUND(404),
    /** No question revision with this id. Argument: the id. */
    REVISION_NOT_FOUND(404),
    /** No assignment with this id. Argument: the id. */
    ASSIGNMENT_NOT_FOUND(404),
    /** No question with this id. Argument: the id. */
    QUESTION_NOT_FOUND(404),
    /** The competency standard is not published. Argument: the standard's code. */
    STANDARD_NOT_PUBLISHED(404),
    /** The caller's account has no person card. */
    NO_PERSON_CARD(404),
    /** A status change names the status. */
    STATUS_REQUIRED(400),
    /** The import mode is neither create nor update. */
    IMPORT_MODE_UNKNOWN(400),
    /** The format is neither gift nor qti. */
    FORMAT_UNKNOWN(400),
    /** The format asked for is not what the file is. Arguments: the format asked for, the format found. */
    FORMAT_MISMATCH(400),
    /** Neither GIFT text nor a QTI zip was uploaded. Argument: the format found. */
    QUESTION_FILE_EXPECTED(400),
    /** The request body is empty. */
    BODY_EMPTY(400),
    /** The uploaded file is empty. */
    FILE_EMPTY(400),
    /** The uploaded file is over the limit. Argument: the limit in MB. */
    FILE_TOO_LARGE(400),
    /** A question with this code exists. Argument: the code. */
    QUESTION_CODE_TAKEN(400),
    /** A question's code does not change. */
    QUESTION_CODE_IMMUTABLE(400),
    /** An active or retired question does not return to the drafts. */
    QUESTION_STATUS_BACKWARDS(400),
    /** The question has no text. */
    STEM_EMPTY(400),
    /** A choice question has no options. */
    NO_OPTIONS(400),
    /** A choice question has fewer than two options. */
    FEWER_THAN_TWO_OPTIONS(400),
    /** An option has no text. Argument: its number. */
    OPTION_WITHOUT_TEXT(400),
    /** A single-choice question has no option weighted 100 %. */
    NO_CORRECT_OPTION(400),
    /** The positive weights of a multiple-choice question do not sum to 100 %. Argument: their sum. */
    WEIGHTS_NOT_100(400),
    /** A true/false question has other options than the two. Arguments: the true and the false text. */
    TRUE_FALSE_OPTIONS(400),
    /** A true/false question does not weight one option 100 % and the other 0. Arguments: both texts. */
    TRUE_FALSE_WEIGHTS(400),
    /** A short-text question accepts no answer. */
    NO_ACCEPTED_ANSWER(400),
    /** A numeric question has no correct number. */
    NO_NUMBER(400),
    /** A numeric answer has no number. Argument: its number. */
    ANSWER_WITHOUT_NUMBER(400),
    /** A numeric answer has a negative tolerance. Arguments: its number, the tolerance. */
    NEGATIVE_TOLERANCE(400),
    /** A matching question has fewer than two pairs. */
    FEWER_THAN_TWO_PAIRS(400),
    /** A pair has an empty side. Argument: its number. */
    PAIR_EMPTY(400),
    /** Two pairs have the same right side. Argument: that side. */
    PAIR_RIGHT_REPEATED(400),
    /** An ordering question has fewer than two items. */
    FEWER_THAN_TWO_ITEMS(400),
    /** An ordering question has an empty item. */
    SEQUENCE_ITEM_EMPTY(400),
    /** An ordering question repeats an item. Argument: the item. */
    SEQUENCE_ITEM_REPEATED(400),
    /** An option's weight lies outside −100…100 %. Arguments: its number, the weight. */
    WEIGHT_OUT_OF_RANGE(400),
    /** No such competency in the standard. Argument: the code. */
    UNKNOWN_COMPETENCY(400),
    /** The level is outside the standard's scale. Argument: the number of levels. */
    LEVEL_OUTSIDE_SCALE(400),
    /** An answer is over the length limit. Argument: the limit. */
    ANSWER_TOO_LONG(400),
    /** The attempt has no question in this slot. Argument: the slot. */
    NO_SUCH_SLOT(400),
    /** The answer does not fit the question's type. */
    ANSWER_WRONG_TYPE(400),
    /** A test code is Latin letters, digits, dot and hyphen, up to 60 characters. */
    TEST_CODE_FORMAT(400),
    /** A test with this code exists. Argument: the code. */
    TEST_CODE_TAKEN(400),
    /**
     * The bank lacks questions for a rule with a level. Arguments: the rule (a place: number, competency, level),
     * the questions it needs, those available.
     */
    BANK_SHORTFALL(400),
    /**
     * The bank lacks questions for a rule for any level. Arguments: the rule (a place), the questions it needs,
     * those available, those of the competency the rules with a level took.
     */
    BANK_SHORTFALL_ANY_LEVEL(400),
    /** A rule asks for a negative number of questions. Arguments: the rule (a place), the number. */
    RULE_COUNT_NEGATIVE(400),
    /** The test's blueprint has no rules. */
    NO_RULES(400),
    /** Only a published test is assigned. */
    ASSIGN_UNPUBLISHED(400),
    /** The assignment names a region that does not exist. */
    UNKNOWN_REGION(400),
    /** The test is already assigned to this target. */
    ALREADY_ASSIGNED(400),
    /** The test closes before it opens. */
    CLOSES_BEFORE_OPENS(400),
    /** A rule's level is outside the scale. Arguments: the competency, the number of levels. */
    RULE_LEVEL_RANGE(400),
    /** A rule asks for fewer than 1 or more than 100 questions. Argument: the competency. */
    RULE_COUNT_RANGE(400),
    /** Two rules name the same competency and level. Argument: the competency. */
    RULE_REPEATED(400),
    /** A cut names a level off the scale. Arguments: whose cuts (a place), the level, the highest level. */
    CUT_LEVEL_OFF_SCALE(400),
    /** A cut is outside 0…100 %. Arguments: whose cuts (a place), the level, the per cent. */
    CUT_PERCENT_RANGE(400),
    /** A level has two cuts. Arguments: whose cuts (a place), the level. */
    CUT_REPEATED(400),
    /**
     * A cut is not above the cut of the level below. Arguments: whose cuts (a place), the level, its per cent, the
     * level below, its per cent.
     */
    CUT_NOT_RISING(400),
    /** An accommodation names a person that does not exist. Argument: the id. */
    UNKNOWN_PERSON(400),
    /** Extra time is outside 1 to 240 minutes. */
    EXTRA_MINUTES_RANGE(400),
    /** An accommodation names a person twice. */
    PERSON_TWICE(400),
    // giftrich
    /** The category map of an import names a competency the standard lacks. Arguments: the code, the category. */
    CATEGORY_MAP_UNKNOWN_COMPETENCY(400),
    /** A category map entry lacks its category or its competency. Argument: the category (may be empty). */
    CATEGORY_MAP_INCOMPLETE(400),
    /** A {@code category} parameter is not "category=>competency code". Argument: the value (cut). */
    CATEGORY_MAP_MALFORMED(400),
    // moodlexml
    /** An import format that is none of gift, qti, moodlexml. */
    IMPORT_FORMAT_UNKNOWN(400),
    // qti
    /** The weights of a matching question's pairs do not sum to 100 %. Argument: their sum. */
    PAIR_WEIGHTS_NOT_100(400),
    // essay
    /** An essay question has no rubric criterion. */
    ESSAY_NO_RUBRIC(400),
    /** A rubric criterion has no name. Argument: its number. */
    ESSAY_CRITERION_NAME(400),
    /** A rubric criterion's maximum is not above 0 (or above 100). Arguments: its number, the maximum. */
    ESSAY_CRITERION_MAX(400),
    /** An essay's length limits are inconsistent. Arguments: the minimum, the maximum, the platform's maximum. */
    ESSAY_LIMITS(400),
    /** An essay answer has more words than the question allows. Arguments: the limit, the number of words. */
    ESSAY_TOO_MANY_WORDS(400),
    /** An essay answer has more characters than allowed. Arguments: the limit, the number of characters. */
    ESSAY_TOO_MANY_CHARACTERS(400),
    /** A grading gives not one mark per rubric criterion. Argument: the number of criteria. */
    ESSAY_POINTS_COUNT(400),
    /** A mark is outside 0…the criterion's maximum. Arguments: the criterion, its maximum, the mark given. */
    ESSAY_POINTS_RANGE(400),
    /** No essay of that attempt has that id (or the caller may not grade it). Arguments: attempt, item. */
    ESSAY_NOT_FOUND(404),
    /** The essay was graded by someone else meanwhile. Argument: who graded it. */
    ESSAY_ALREADY_GRADED(409),
    /** The essay changed since the grader opened it. Arguments: the expected and the current version. */
    ESSAY_STALE(409),
    /** The attempt's result is final: grades change only by a regrading. */
    ATTEMPT_RESULT_FINAL(409),
    // grading
    /** The caller grades no test: not a methodologist or administrator, and assessor of none (or an HR officer). */
    NOT_AN_ASSESSOR(403),
    /** The caller is not an assessor of that test. Argument: the test's id. */
    NOT_ASSESSOR_OF_TEST(403),
    /** No account has that user name. Argument: the user name. */
    ASSESSOR_UNKNOWN(400),
    /** HR officers never grade. Argument: the user name. */
    ASSESSOR_HR_OFFICER(409),
    /** A regrading needs a reason. */
    REGRADE_REASON_REQUIRED(400),
    /** Only an essay of a final result is regraded; this one awaits its first grading. Arguments: attempt, item. */
    ESSAY_NOT_GRADED(409),
    /** Nobody grades an essay of their own attempt. */
    OWN_ATTEMPT(403),
    // qtimedia
    /** A matching pair's penalty outside −100…0. Arguments: the pair's number, the penalty. */
    PAIR_PENALTY_RANGE(400);

    private final int status;

    AssessmentError(int status) {
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String context() {
        return "assessment";
    }
}
