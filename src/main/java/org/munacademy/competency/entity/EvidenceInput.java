package org.munacademy.competency.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Evidence as other systems and HR officers submit it to the competency boundary. A class rather than a record:
 * Payara's OpenAPI generator fails on constraint annotations of record components.
 */
public class EvidenceInput {

    @NotBlank(message = "{evidence.competency.required}")
    private String competencyCode;

    @Min(value = 1, message = "{evidence.level.range}")
    @Max(value = 10, message = "{evidence.level.range}")
    private int level;

    @NotNull(message = "{evidence.source.required}")
    private EvidenceSource source;

    @NotNull(message = "{evidence.date.required}")
    @PastOrPresent(message = "{evidence.date.future}")
    private LocalDate observedOn;

    private LocalDate expiresOn;

    @Size(max = 500)
    private String reference;

    public EvidenceInput() {
    }

    public EvidenceInput(String competencyCode, int level, EvidenceSource source, LocalDate observedOn,
            LocalDate expiresOn, String reference) {
        this.competencyCode = competencyCode;
        this.level = level;
        this.source = source;
        this.observedOn = observedOn;
        this.expiresOn = expiresOn;
        this.reference = reference;
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    public void setCompetencyCode(String competencyCode) {
        this.competencyCode = competencyCode;
    }

    public int getLevel() {
        return level;
    }

    public void setLevel(int level) {
        this.level = level;
    }

    public EvidenceSource getSource() {
        return source;
    }

    public void setSource(EvidenceSource source) {
        this.source = source;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public void setObservedOn(LocalDate observedOn) {
        this.observedOn = observedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
