package org.munacademy.competency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.munacademy.shared.entity.BaseEntity;

/**
 * A piece of evidence that a person showed a competency at a level: from an assessment, a course, the contest
 * jury, their manager or a self-assessment, on a date, possibly expiring, with a reference to what produced it.
 * Evidence refers to the competency by standard and competency code, which stay stable across versions. It is
 * the single store later systems write to, through the competency boundary.
 */
@Entity
@Table(name = "competency_evidence")
public class Evidence extends BaseEntity {

    @NotNull
    @Column(name = "person_id", nullable = false)
    private Long personId;

    @NotBlank
    @Size(max = 40)
    @Column(name = "standard_code", nullable = false)
    private String standardCode;

    @NotBlank
    @Size(max = 40)
    @Column(name = "competency_code", nullable = false)
    private String competencyCode;

    @Min(1)
    @Max(10)
    @Column(name = "level_no", nullable = false)
    private int level;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EvidenceSource source;

    @NotNull
    @Column(name = "observed_on", nullable = false)
    private LocalDate observedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Size(max = 500)
    private String reference;

    @Size(max = 60)
    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Evidence() {
    }

    public Evidence(Long personId, String standardCode, String competencyCode, int level, EvidenceSource source,
            LocalDate observedOn, LocalDate expiresOn, String reference, String recordedBy, Instant recordedAt) {
        this.personId = personId;
        this.standardCode = standardCode;
        this.competencyCode = competencyCode;
        this.level = level;
        this.source = source;
        this.observedOn = observedOn;
        this.expiresOn = expiresOn;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getStandardCode() {
        return standardCode;
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    public int getLevel() {
        return level;
    }

    public EvidenceSource getSource() {
        return source;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getReference() {
        return reference;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public EvidenceItem toItem() {
        return new EvidenceItem(getId(), competencyCode, level, source, observedOn, expiresOn, reference);
    }
}
