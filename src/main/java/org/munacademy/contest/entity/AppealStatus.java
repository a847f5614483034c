package org.munacademy.contest.entity;

/** An appeal: filed, upheld (a score or status changed) or rejected. */
public enum AppealStatus {
    FILED, UPHELD, REJECTED
}
