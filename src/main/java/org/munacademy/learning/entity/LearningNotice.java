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
    /** The programme is completed: {0} programme title, {1} cohort code, {2} completion date. */
    COMPLETED;

    @Override
    public String context() {
        return "learning";
    }
}
