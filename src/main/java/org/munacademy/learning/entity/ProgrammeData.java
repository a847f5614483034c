package org.munacademy.learning.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.munacademy.shared.entity.FieldLimits;

/**
 * What a methodologist enters about a programme: the one rule set of the editor's form, the REST API and the facade.
 * The hours per kind are the kind's rule ({@link ProgrammeKind#requireHours}); codes of competencies, position groups,
 * programmes and the provider are checked by the boundary. {@code version} carries the version read.
 */
public class ProgrammeData {

    @NotBlank(message = "{learning.code.required}")
    @Size(max = FieldLimits.LEARNING_CODE, message = "{learning.code.size}")
    @Pattern(regexp = ProviderData.CODE_PATTERN, message = "{learning.code.format}")
    private String code;

    @NotBlank(message = "{learning.title.required}")
    @Size(max = FieldLimits.LEARNING_TITLE, message = "{learning.title.size}")
    private String title;

    @NotNull(message = "{learning.kind.required}")
    private ProgrammeKind kind;

    @NotNull(message = "{learning.format.required}")
    private StudyFormat format;

    private boolean distanceLearning;

    @NotNull(message = "{learning.hours.required}")
    @Min(value = 1, message = "{learning.hours.required}")
    @Max(value = ProgrammeKind.MAX_HOURS, message = "{learning.hours.max}")
    private Integer hours;

    @NotBlank(message = "{learning.provider.required}")
    private String providerCode;

    @Size(max = FieldLimits.PROGRAMME_DESCRIPTION, message = "{learning.description.size}")
    private String description;

    @NotNull(message = "{learning.competencies.required}")
    private List<@Valid @NotNull(message = "{learning.competency.required}") CompetencyTarget> competencies =
            new ArrayList<>();

    @NotNull(message = "{learning.prerequisites.required}")
    private List<@Valid @NotNull(message = "{learning.prerequisite.kind.required}") Prerequisite> prerequisites =
            new ArrayList<>();

    private Long version;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ProgrammeKind getKind() {
        return kind;
    }

    public void setKind(ProgrammeKind kind) {
        this.kind = kind;
    }

    public StudyFormat getFormat() {
        return format;
    }

    public void setFormat(StudyFormat format) {
        this.format = format;
    }

    public boolean isDistanceLearning() {
        return distanceLearning;
    }

    public void setDistanceLearning(boolean distanceLearning) {
        this.distanceLearning = distanceLearning;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public String getProviderCode() {
        return providerCode;
    }

    public void setProviderCode(String providerCode) {
        this.providerCode = providerCode;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<CompetencyTarget> getCompetencies() {
        return competencies;
    }

    public void setCompetencies(List<CompetencyTarget> competencies) {
        this.competencies = competencies;
    }

    public List<Prerequisite> getPrerequisites() {
        return prerequisites;
    }

    public void setPrerequisites(List<Prerequisite> prerequisites) {
        this.prerequisites = prerequisites;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
