package org.munacademy.contest.entity;

/** Regions run their own regional stages; their winners go on to the federal stages. */
public enum StageLevel {
    REGIONAL, FEDERAL
}
