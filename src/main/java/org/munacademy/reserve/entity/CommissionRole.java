package org.munacademy.reserve.entity;

/** A member's role in a reserve's commission. */
public enum CommissionRole {
    CHAIR, SECRETARY, MEMBER
}
