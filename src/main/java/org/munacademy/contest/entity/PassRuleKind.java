package org.munacademy.contest.entity;

/** Who passes a stage: the first N places, everyone at or above a score, or a share (per cent) of the ranked. */
public enum PassRuleKind {
    TOP_N, THRESHOLD, SHARE
}
