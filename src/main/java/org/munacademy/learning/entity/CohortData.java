package org.munacademy.learning.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.munacademy.shared.entity.FieldLimits;

/**
 * What a methodologist enters about a cohort: the one rule set of the form, REST and the facade; the order of the dates
 * and the seats against those taken are the entity's rules. {@code version} is the version read.
 */
public class CohortData {

    /** The most seats a cohort offers. */
    public static final int MAX_SEATS = 1000;

    @NotBlank(message = "{learning.code.required}")
    @Size(max = FieldLimits.LEARNING_CODE, message = "{learning.code.size}")
    @Pattern(regexp = ProviderData.CODE_PATTERN, message = "{learning.code.format}")
    private String code;

    @NotBlank(message = "{learning.cohort.programme.required}")
    private String programmeCode;

    @NotNull(message = "{learning.cohort.date.required}")
    private LocalDate startsOn;

    @NotNull(message = "{learning.cohort.date.required}")
    private LocalDate endsOn;

    @Min(value = 1, message = "{learning.cohort.seats.range}")
    @Max(value = MAX_SEATS, message = "{learning.cohort.seats.range}")
    private int seats;

    @NotNull(message = "{learning.cohort.date.required}")
    private LocalDate enrolFrom;

    @NotNull(message = "{learning.cohort.date.required}")
    private LocalDate enrolTo;

    @NotNull(message = "{learning.cohort.approval.required}")
    private CohortApproval approval = CohortApproval.FREE;

    private Long version;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getProgrammeCode() {
        return programmeCode;
    }

    public void setProgrammeCode(String programmeCode) {
        this.programmeCode = programmeCode;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public int getSeats() {
        return seats;
    }

    public void setSeats(int seats) {
        this.seats = seats;
    }

    public LocalDate getEnrolFrom() {
        return enrolFrom;
    }

    public void setEnrolFrom(LocalDate enrolFrom) {
        this.enrolFrom = enrolFrom;
    }

    public LocalDate getEnrolTo() {
        return enrolTo;
    }

    public void setEnrolTo(LocalDate enrolTo) {
        this.enrolTo = enrolTo;
    }

    public CohortApproval getApproval() {
        return approval;
    }

    public void setApproval(CohortApproval approval) {
        this.approval = approval;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
