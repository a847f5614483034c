package org.munacademy.contest.entity;

import java.math.BigDecimal;

/** A rubric criterion with its weight, maximum and anchored level descriptors. */
public record CriterionRow(long id, String code, String title, BigDecimal weight, int maxScore, String anchorLow,
        String anchorMid, String anchorHigh) {
}
