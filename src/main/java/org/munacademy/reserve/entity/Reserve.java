package org.munacademy.reserve.entity;

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
import org.munacademy.shared.entity.BaseEntity;
import org.munacademy.shared.entity.FieldLimits;

/**
 * A reserve of one municipality (or body), of a region, or of the country, with the rules its act sets: the term of an
 * entry in months (usually 36), how long and how often the commission may extend it, how many refused offers are
 * allowed before a refusal becomes a ground for exclusion, and the days a person has to answer an offer.
 */
@Entity
@Table(name = "reserve_reserve")
public class Reserve extends BaseEntity {

    @NotBlank(message = "{reserve.code.required}")
    @Size(max = FieldLimits.RESERVE_CODE, message = "{reserve.code.size}")
    @Column(nullable = false, length = FieldLimits.RESERVE_CODE, updatable = false)
    private String code;

    @NotBlank(message = "{reserve.name.required}")
    @Size(max = FieldLimits.RESERVE_NAME, message = "{reserve.name.size}")
    @Column(nullable = false, length = FieldLimits.RESERVE_NAME)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ReserveLevel level;

    /** The region of a regional or municipal reserve (null for the national one). */
    @Column(name = "region_id")
    private Long regionId;

    /** The municipality of a municipal reserve. */
    @Column(name = "municipality_id")
    private Long municipalityId;

    @Min(value = 6, message = "{reserve.term.range}")
    @Max(value = 60, message = "{reserve.term.range}")
    @Column(name = "term_months", nullable = false)
    private int termMonths = 36;

    @Min(value = 1, message = "{reserve.extension.range}")
    @Max(value = 36, message = "{reserve.extension.range}")
    @Column(name = "extension_months", nullable = false)
    private int extensionMonths = 12;

    @Min(value = 0, message = "{reserve.extensions.range}")
    @Max(value = 5, message = "{reserve.extensions.range}")
    @Column(name = "extensions_allowed", nullable = false)
    private int extensionsAllowed = 1;

    @Min(value = 1, message = "{reserve.refusals.range}")
    @Max(value = 5, message = "{reserve.refusals.range}")
    @Column(name = "refusals_allowed", nullable = false)
    private int refusalsAllowed = 2;

    @Min(value = 1, message = "{reserve.answer.range}")
    @Max(value = 60, message = "{reserve.answer.range}")
    @Column(name = "answer_days", nullable = false)
    private int answerDays = 10;

    @Column(nullable = false)
    private boolean active = true;

    /** The last protocol's sequence number in this reserve (protocols are listed by it). */
    @Column(name = "protocol_seq", nullable = false)
    private long protocolSeq;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Reserve() {
    }

    public Reserve(String code, String name, ReserveLevel level, Long regionId, Long municipalityId, Instant now) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.regionId = level == ReserveLevel.NATIONAL ? null : regionId;
        this.municipalityId = level == ReserveLevel.MUNICIPAL ? municipalityId : null;
        this.createdAt = now;
    }

    /** Sets the rules (term, extension, extensions allowed, refusals allowed, days to answer an offer). */
    public void setRules(int termMonths, int extensionMonths, int extensionsAllowed, int refusalsAllowed,
            int answerDays) {
        this.termMonths = termMonths;
        this.extensionMonths = extensionMonths;
        this.extensionsAllowed = extensionsAllowed;
        this.refusalsAllowed = refusalsAllowed;
        this.answerDays = answerDays;
    }

    /** The next protocol's sequence number. */
    public long nextProtocolSeq() {
        return ++protocolSeq;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ReserveLevel getLevel() {
        return level;
    }

    public Long getRegionId() {
        return regionId;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public int getTermMonths() {
        return termMonths;
    }

    public int getExtensionMonths() {
        return extensionMonths;
    }

    public int getExtensionsAllowed() {
        return extensionsAllowed;
    }

    public int getRefusalsAllowed() {
        return refusalsAllowed;
    }

    public int getAnswerDays() {
        return answerDays;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
