package org.munacademy.reserve.entity;

/** What happened to an entry, as its history lists it. */
public enum EntryEventKind {
    NOMINATED, INCLUDED, NOT_INCLUDED, EXTENDED, EXCLUDED, EXPIRED, READINESS_CHANGED, PLAN_CREATED, PLAN_CHANGED,
    PLAN_ITEM_DONE, PLAN_OVERDUE, OFFER_MADE, OFFER_ACCEPTED, OFFER_REFUSED, APPOINTED, EXPIRY_NOTICE,
    WITHDRAWN
}
