package org.munacademy.learning.entity;

import org.munacademy.shared.entity.NoticeTemplate;

/** What the learning context tells people (texts in {@code i18n/notify_*.properties}). */
public enum LearningNotice implements NoticeTemplate {
    /** A seat in a cohort: {0} programme title, {1} cohort code, {2} start date (dd.MM.yyyy). */
    ENROLLED,
    /** On the waiting list: {0} programme title, {1} cohort code, {2} place on the list. */
    WAITING,
    /** Moved up from the waiting list to a seat: {0} programme title, {1} cohort code, {2} start date. */
    MOVED_UP,
    /** The cohort starts within days: {0} programme title, {1} cohort code, {2} start date. */
    COHORT_STARTS,
    /**
     * The cohort ends within days and the programme is not completed: {0} programme title, {1} cohort code, {2} end
     * date, {3} share of the required lessons done (per cent).
     */
    COURSE_ENDS_SOON,
    /** The programme is completed: {0} programme title, {1} cohort code, {2} completion date. */
    COMPLETED;

    @Override
    public String context() {
        return "learning";
    }
}
