package org.munacademy.contest.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.munacademy.shared.entity.FieldLimits;

/**
 * A whole season as the contest administrator defines it (and as the seeded content is loaded): nominations with
 * their questionnaires and eligibility rules, stages in order with pass rules, methods and rubrics.
 */
public record SeasonDefinition(@NotBlank @Size(max = FieldLimits.CONTEST_CODE) String code,
        @NotBlank @Size(max = FieldLimits.CONTEST_TITLE) String title, @Min(2000) @Max(2100) int year,
        @NotNull LocalDate applicationsFrom, @NotNull LocalDate applicationsUntil,
        @NotEmpty @Valid List<NominationDefinition> nominations) {

    /** A nomination: who may apply and how they are judged. */
    public record NominationDefinition(@NotBlank @Size(max = FieldLimits.CONTEST_CODE) String code,
            @NotBlank @Size(max = FieldLimits.CONTEST_TITLE) String title, @NotNull NominationKind kind,
            Integer teamMin, Integer teamMax, Integer minAge, Integer maxAge, Integer minExperience,
            List<@Size(max = FieldLimits.CODE) String> positionGroups,
            List<@Size(max = FieldLimits.CODE) String> regionCodes, List<QuestionField> questionnaire,
            @NotEmpty @Valid List<StageDefinition> stages) {
    }

    /** A stage: kind, level, dates, pass rule, aggregation method, jurors per application, rubric. */
    public record StageDefinition(@NotNull StageKind kind, @NotNull StageLevel level,
            @NotBlank @Size(max = FieldLimits.CONTEST_TITLE) String title, @NotNull LocalDate opensOn,
            @NotNull LocalDate closesOn, @NotNull PassRuleKind passRule,
            @NotNull @DecimalMin("0") BigDecimal passValue, @NotNull AggregationMethod method,
            @Min(0) @Max(15) int jurorsPerApplication, boolean blind,
            @Size(max = FieldLimits.CONTEST_CODE) String testCode, @Min(0) @Max(60) int appealDays,
            @Valid List<CriterionDefinition> criteria) {
    }

    /** A rubric criterion. */
    public record CriterionDefinition(@NotBlank @Size(max = FieldLimits.CONTEST_CODE) String code,
            @NotBlank @Size(max = FieldLimits.CONTEST_TITLE) String title,
            @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal weight, @Min(1) @Max(100) int maxScore,
            @Size(max = FieldLimits.CONTEST_ANCHOR) String anchorLow,
            @Size(max = FieldLimits.CONTEST_ANCHOR) String anchorMid,
            @Size(max = FieldLimits.CONTEST_ANCHOR) String anchorHigh) {
    }
}
