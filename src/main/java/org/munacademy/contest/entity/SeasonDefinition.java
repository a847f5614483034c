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
 * <p>
 * A class, not a record: Payara's OpenAPI generator fails on constraint annotations of record components.
 */
public class SeasonDefinition {

    @NotBlank
    @Size(max = FieldLimits.CONTEST_CODE)
    private String code;

    @NotBlank
    @Size(max = FieldLimits.CONTEST_TITLE)
    private String title;

    @Min(2000)
    @Max(2100)
    private int year;

    @NotNull
    private LocalDate applicationsFrom;

    @NotNull
    private LocalDate applicationsUntil;

    @NotEmpty
    @Valid
    private List<NominationDefinition> nominations;

    public SeasonDefinition() {
    }

    public SeasonDefinition(String code, String title, int year, LocalDate applicationsFrom,
            LocalDate applicationsUntil, List<NominationDefinition> nominations) {
        this.code = code;
        this.title = title;
        this.year = year;
        this.applicationsFrom = applicationsFrom;
        this.applicationsUntil = applicationsUntil;
        this.nominations = nominations;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** The code (record-style accessor). */
    public String code() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** The title (record-style accessor). */
    public String title() {
        return title;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    /** The year (record-style accessor). */
    public int year() {
        return year;
    }

    public LocalDate getApplicationsFrom() {
        return applicationsFrom;
    }

    public void setApplicationsFrom(LocalDate applicationsFrom) {
        this.applicationsFrom = applicationsFrom;
    }

    /** The applicationsFrom (record-style accessor). */
    public LocalDate applicationsFrom() {
        return applicationsFrom;
    }

    public LocalDate getApplicationsUntil() {
        return applicationsUntil;
    }

    public void setApplicationsUntil(LocalDate applicationsUntil) {
        this.applicationsUntil = applicationsUntil;
    }

    /** The applicationsUntil (record-style accessor). */
    public LocalDate applicationsUntil() {
        return applicationsUntil;
    }

    public List<NominationDefinition> getNominations() {
        return nominations;
    }

    public void setNominations(List<NominationDefinition> nominations) {
        this.nominations = nominations;
    }

    /** The nominations (record-style accessor). */
    public List<NominationDefinition> nominations() {
        return nominations;
    }

    /** A nomination: who may apply and how they are judged. */
    public static class NominationDefinition {

        @NotBlank
        @Size(max = FieldLimits.CONTEST_CODE)
        private String code;

        @NotBlank
        @Size(max = FieldLimits.CONTEST_TITLE)
        private String title;

        @NotNull
        private NominationKind kind;

        private Integer teamMin;

        private Integer teamMax;

        private Integer minAge;

        private Integer maxAge;

        private Integer minExperience;

        private List<String> positionGroups;

        private List<String> regionCodes;

        private List<QuestionField> questionnaire;

        @NotEmpty
        @Valid
        private List<StageDefinition> stages;

        public NominationDefinition() {
        }

        public NominationDefinition(String code, String title, NominationKind kind, Integer teamMin, Integer teamMax,
            Integer minAge, Integer maxAge, Integer minExperience, List<String> positionGroups,
            List<String> regionCodes, List<QuestionField> questionnaire, List<StageDefinition> stages) {
            this.code = code;
            this.title = title;
            this.kind = kind;
            this.teamMin = teamMin;
            this.teamMax = teamMax;
            this.minAge = minAge;
            this.maxAge = maxAge;
            this.minExperience = minExperience;
            this.positionGroups = positionGroups;
            this.regionCodes = regionCodes;
            this.questionnaire = questionnaire;
            this.stages = stages;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        /** The code (record-style accessor). */
        public String code() {
            return code;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        /** The title (record-style accessor). */
        public String title() {
            return title;
        }

        public NominationKind getKind() {
            return kind;
        }

        public void setKind(NominationKind kind) {
            this.kind = kind;
        }

        /** The kind (record-style accessor). */
        public NominationKind kind() {
            return kind;
        }

        public Integer getTeamMin() {
            return teamMin;
        }

        public void setTeamMin(Integer teamMin) {
            this.teamMin = teamMin;
        }

        /** The teamMin (record-style accessor). */
        public Integer teamMin() {
            return teamMin;
        }

        public Integer getTeamMax() {
            return teamMax;
        }

        public void setTeamMax(Integer teamMax) {
            this.teamMax = teamMax;
        }

        /** The teamMax (record-style accessor). */
        public Integer teamMax() {
            return teamMax;
        }

        public Integer getMinAge() {
            return minAge;
        }

        public void setMinAge(Integer minAge) {
            this.minAge = minAge;
        }

        /** The minAge (record-style accessor). */
        public Integer minAge() {
            return minAge;
        }

        public Integer getMaxAge() {
            return maxAge;
        }

        public void setMaxAge(Integer maxAge) {
            this.maxAge = maxAge;
        }

        /** The maxAge (record-style accessor). */
        public Integer maxAge() {
            return maxAge;
        }

        public Integer getMinExperience() {
            return minExperience;
        }

        public void setMinExperience(Integer minExperience) {
            this.minExperience = minExperience;
        }

        /** The minExperience (record-style accessor). */
        public Integer minExperience() {
            return minExperience;
        }

        public List<String> getPositionGroups() {
            return positionGroups;
        }

        public void setPositionGroups(List<String> positionGroups) {
            this.positionGroups = positionGroups;
        }

        /** The positionGroups (record-style accessor). */
        public List<String> positionGroups() {
            return positionGroups;
        }

        public List<String> getRegionCodes() {
            return regionCodes;
        }

        public void setRegionCodes(List<String> regionCodes) {
            this.regionCodes = regionCodes;
        }

        /** The regionCodes (record-style accessor). */
        public List<String> regionCodes() {
            return regionCodes;
        }

        public List<QuestionField> getQuestionnaire() {
            return questionnaire;
        }

        public void setQuestionnaire(List<QuestionField> questionnaire) {
            this.questionnaire = questionnaire;
        }

        /** The questionnaire (record-style accessor). */
        public List<QuestionField> questionnaire() {
            return questionnaire;
        }

        public List<StageDefinition> getStages() {
            return stages;
        }

        public void setStages(List<StageDefinition> stages) {
            this.stages = stages;
        }

        /** The stages (record-style accessor). */
        public List<StageDefinition> stages() {
            return stages;
        }
    }

    /** A stage: kind, level, dates, pass rule, aggregation method, jurors per application, rubric. */
    public static class StageDefinition {

        @NotNull
        private StageKind kind;

        @NotNull
        private StageLevel level;

        @NotBlank
        @Size(max = FieldLimits.CONTEST_TITLE)
        private String title;

        @NotNull
        private LocalDate opensOn;

        @NotNull
        private LocalDate closesOn;

        @NotNull
        private PassRuleKind passRule;

        @NotNull
        @DecimalMin("0")
        private BigDecimal passValue;

        @NotNull
        private AggregationMethod method;

        @Min(0)
        @Max(15)
        private int jurorsPerApplication;

        private boolean blind;

        @Size(max = FieldLimits.CONTEST_CODE)
        private String testCode;

        @Min(0)
        @Max(60)
        private int appealDays;

        @Valid
        private List<CriterionDefinition> criteria;

        public StageDefinition() {
        }

        public StageDefinition(StageKind kind, StageLevel level, String title, LocalDate opensOn, LocalDate closesOn,
            PassRuleKind passRule, BigDecimal passValue, AggregationMethod method, int jurorsPerApplication,
            boolean blind, String testCode, int appealDays, List<CriterionDefinition> criteria) {
            this.kind = kind;
            this.level = level;
            this.title = title;
            this.opensOn = opensOn;
            this.closesOn = closesOn;
            this.passRule = passRule;
            this.passValue = passValue;
            this.method = method;
            this.jurorsPerApplication = jurorsPerApplication;
            this.blind = blind;
            this.testCode = testCode;
            this.appealDays = appealDays;
            this.criteria = criteria;
        }

        public StageKind getKind() {
            return kind;
        }

        public void setKind(StageKind kind) {
            this.kind = kind;
        }

        /** The kind (record-style accessor). */
        public StageKind kind() {
            return kind;
        }

        public StageLevel getLevel() {
            return level;
        }

        public void setLevel(StageLevel level) {
            this.level = level;
        }

        /** The level (record-style accessor). */
        public StageLevel level() {
            return level;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        /** The title (record-style accessor). */
        public String title() {
            return title;
        }

        public LocalDate getOpensOn() {
            return opensOn;
        }

        public void setOpensOn(LocalDate opensOn) {
            this.opensOn = opensOn;
        }

        /** The opensOn (record-style accessor). */
        public LocalDate opensOn() {
            return opensOn;
        }

        public LocalDate getClosesOn() {
            return closesOn;
        }

        public void setClosesOn(LocalDate closesOn) {
            this.closesOn = closesOn;
        }

        /** The closesOn (record-style accessor). */
        public LocalDate closesOn() {
            return closesOn;
        }

        public PassRuleKind getPassRule() {
            return passRule;
        }

        public void setPassRule(PassRuleKind passRule) {
            this.passRule = passRule;
        }

        /** The passRule (record-style accessor). */
        public PassRuleKind passRule() {
            return passRule;
        }

        public BigDecimal getPassValue() {
            return passValue;
        }

        public void setPassValue(BigDecimal passValue) {
            this.passValue = passValue;
        }

        /** The passValue (record-style accessor). */
        public BigDecimal passValue() {
            return passValue;
        }

        public AggregationMethod getMethod() {
            return method;
        }

        public void setMethod(AggregationMethod method) {
            this.method = method;
        }

        /** The method (record-style accessor). */
        public AggregationMethod method() {
            return method;
        }

        public int getJurorsPerApplication() {
            return jurorsPerApplication;
        }

        public void setJurorsPerApplication(int jurorsPerApplication) {
            this.jurorsPerApplication = jurorsPerApplication;
        }

        /** The jurorsPerApplication (record-style accessor). */
        public int jurorsPerApplication() {
            return jurorsPerApplication;
        }

        public boolean isBlind() {
            return blind;
        }

        public void setBlind(boolean blind) {
            this.blind = blind;
        }

        /** The blind (record-style accessor). */
        public boolean blind() {
            return blind;
        }

        public String getTestCode() {
            return testCode;
        }

        public void setTestCode(String testCode) {
            this.testCode = testCode;
        }

        /** The testCode (record-style accessor). */
        public String testCode() {
            return testCode;
        }

        public int getAppealDays() {
            return appealDays;
        }

        public void setAppealDays(int appealDays) {
            this.appealDays = appealDays;
        }

        /** The appealDays (record-style accessor). */
        public int appealDays() {
            return appealDays;
        }

        public List<CriterionDefinition> getCriteria() {
            return criteria;
        }

        public void setCriteria(List<CriterionDefinition> criteria) {
            this.criteria = criteria;
        }

        /** The criteria (record-style accessor). */
        public List<CriterionDefinition> criteria() {
            return criteria;
        }
    }

    /** A rubric criterion. */
    public static class CriterionDefinition {

        @NotBlank
        @Size(max = FieldLimits.CONTEST_CODE)
        private String code;

        @NotBlank
        @Size(max = FieldLimits.CONTEST_TITLE)
        private String title;

        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        private BigDecimal weight;

        @Min(1)
        @Max(100)
        private int maxScore;

        @Size(max = FieldLimits.CONTEST_ANCHOR)
        private String anchorLow;

        @Size(max = FieldLimits.CONTEST_ANCHOR)
        private String anchorMid;

        @Size(max = FieldLimits.CONTEST_ANCHOR)
        private String anchorHigh;

        public CriterionDefinition() {
        }

        public CriterionDefinition(String code, String title, BigDecimal weight, int maxScore, String anchorLow,
            String anchorMid, String anchorHigh) {
            this.code = code;
            this.title = title;
            this.weight = weight;
            this.maxScore = maxScore;
            this.anchorLow = anchorLow;
            this.anchorMid = anchorMid;
            this.anchorHigh = anchorHigh;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        /** The code (record-style accessor). */
        public String code() {
            return code;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        /** The title (record-style accessor). */
        public String title() {
            return title;
        }

        public BigDecimal getWeight() {
            return weight;
        }

        public void setWeight(BigDecimal weight) {
            this.weight = weight;
        }

        /** The weight (record-style accessor). */
        public BigDecimal weight() {
            return weight;
        }

        public int getMaxScore() {
            return maxScore;
        }

        public void setMaxScore(int maxScore) {
            this.maxScore = maxScore;
        }

        /** The maxScore (record-style accessor). */
        public int maxScore() {
            return maxScore;
        }

        public String getAnchorLow() {
            return anchorLow;
        }

        public void setAnchorLow(String anchorLow) {
            this.anchorLow = anchorLow;
        }

        /** The anchorLow (record-style accessor). */
        public String anchorLow() {
            return anchorLow;
        }

        public String getAnchorMid() {
            return anchorMid;
        }

        public void setAnchorMid(String anchorMid) {
            this.anchorMid = anchorMid;
        }

        /** The anchorMid (record-style accessor). */
        public String anchorMid() {
            return anchorMid;
        }

        public String getAnchorHigh() {
            return anchorHigh;
        }

        public void setAnchorHigh(String anchorHigh) {
            this.anchorHigh = anchorHigh;
        }

        /** The anchorHigh (record-style accessor). */
        public String anchorHigh() {
            return anchorHigh;
        }
    }
}
