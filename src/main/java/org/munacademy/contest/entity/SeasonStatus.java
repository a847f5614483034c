package org.munacademy.contest.entity;

/** A season's state: set up, open (applications and stages run), closed. */
public enum SeasonStatus {
    DRAFT, OPEN, CLOSED
}
