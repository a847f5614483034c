package org.munacademy.contest.entity;

/**
 * A stage's state: planned; open (applications, test or assignment); scoring (method fixed, jurors score); closed
 * (ranked, appeal window); published.
 */
public enum StageStatus {
    PLANNED, OPEN, SCORING, CLOSED, PUBLISHED
}
