package org.munacademy.assessment.entity;

import org.munacademy.shared.entity.NoticeTemplate;

/** What the assessment context tells people (texts in {@code i18n/notify_*.properties}). */
public enum AssessmentNotice implements NoticeTemplate {
    /** A test was assigned: {0} title, {1} deadline (dd.MM.yyyy, or empty), {2} test code. */
    TEST_ASSIGNED,
    /** An assigned test is due within three days and not finished yet: {0} title, {1} deadline, {2} test code. */
    TEST_DUE_SOON,
    /** An attempt was closed and its result is there: {0} title, {1} attempt number, {2} test code. */
    RESULT_AVAILABLE;

    @Override
    public String context() {
        return "assessment";
    }
}
