package org.munacademy.contest.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A stage with its rules, status and rubric. */
public record StageRow(long id, long nominationId, int seq, StageKind kind, StageLevel level, String title,
        LocalDate opensOn, LocalDate closesOn, StageStatus status, PassRuleKind passRule, BigDecimal passValue,
        AggregationMethod method, boolean methodFixed, int jurorsPerApplication, boolean blind, String testCode,
        LocalDate appealUntil, LocalDate publishedOn, List<CriterionRow> criteria, long version) {
}
