package org.munacademy.reserve.entity;

import org.munacademy.shared.entity.NoticeTemplate;

/**
 * What the reserve context tells people (texts in {@code i18n/notify_*.properties}). To the person about their entry:
 * {0} the reserve's name, {1} the day it happened (dd.MM.yyyy), {2} the entry's term (valid until, dd.MM.yyyy, or
 * «—»), {3} a detail (the ground, the position offered; may be empty). To HR of the entry's place, before the term
 * ends: {0} the person's name, {1} the reserve's name, {2} valid until (dd.MM.yyyy), {3} days left.
 */
public enum ReserveNotice implements NoticeTemplate {
    /** The commission included the person in the reserve. */
    INCLUDED,
    /** The commission did not include the person. */
    NOT_INCLUDED,
    /** The commission extended the term. */
    EXTENDED,
    /** The commission excluded the person (the ground in {3}). */
    EXCLUDED,
    /** The term elapsed: the person is no longer in the reserve. */
    EXPIRED,
    /** An individual development plan was drawn up. */
    PLAN_CREATED,
    /** A position is offered to the person (answer by the date in {3}). */
    OFFER_MADE,
    /** The person was appointed from the reserve. */
    APPOINTED,
    /** To HR: an entry of their place ends within 60 days. */
    EXPIRES_60,
    /** To HR: an entry of their place ends within 14 days. */
    EXPIRES_14,
    /** HR withdrew the nomination before the commission decided (the reason in {3}). */
    WITHDRAWN,
    // intake
    /**
     * A winner or finalist of «Муниципальный лидер» entered the reserve by the contest's results protocol, with a
     * development plan ({1} the protocol's date; {3} the outcome, the contest, the protocol and the mentor).
     */
    CONTEST_ADMITTED;

    @Override
    public String context() {
        return "reserve";
    }
}
