package org.munacademy.reserve.entity;

/**
 * The grounds on which a commission excludes a person from a reserve (the term elapsing is the status EXPIRED, and
 * appointment from the reserve the status APPOINTED, not exclusions).
 */
public enum ExclusionGround {
    /** The person asked to be excluded. */
    OWN_REQUEST,
    /** The person refused more offered positions than the reserve's rules allow. */
    REFUSED_OFFERS,
    /** The individual development plan was not fulfilled (decided by the commission, never automatically). */
    PLAN_NOT_FULFILLED,
    /** Dismissed for a disciplinary offence or misconduct. */
    DISMISSED_FOR_MISCONDUCT,
    /** Left municipal service. */
    LEFT_SERVICE,
    /** Appointed to a position otherwise than from this reserve (another reserve, another contest). */
    APPOINTED_ELSEWHERE,
    /** Another ground the act names; the comment says which. */
    OTHER
}
