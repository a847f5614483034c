package org.munacademy.reserve.entity;

/** A person's answer to an offered position: pending, accepted (with consent) or refused. */
public enum OfferAnswer {
    PENDING, ACCEPTED, REFUSED
}
