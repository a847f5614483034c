package org.munacademy.reserve.entity;

/**
 * Where a reserve protocol comes from: the reserve's own commission (members present, a decision per entry with the
 * votes), or the contest «Муниципальный лидер»'s results protocol, which admits its winners and finalists without a
 * vote of the reserve's commission (ADR 14): it has a number and a date, no members and no decisions.
 */
public enum ProtocolKind {
    COMMISSION, CONTEST_RESULTS
}
