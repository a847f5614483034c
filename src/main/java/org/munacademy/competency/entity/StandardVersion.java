package org.munacademy.competency.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.munacademy.shared.entity.BaseEntity;
import org.munacademy.shared.entity.BusinessException;

/**
 * One version of a competency standard: its proficiency scale and its areas with competencies and indicators.
 * A draft may be changed; publishing freezes it (a published version is immutable: changing the standard means
 * a new draft based on it); retiring keeps it readable for history.
 */
@Entity
@Table(name = "standard_version")
public class StandardVersion extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "standard_id", nullable = false)
    private CompetencyStandard standard;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VersionStatus status;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "case_id", nullable = false, length = 36)
    private String caseId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "based_on_id")
    private StandardVersion basedOn;

    @Column(name = "change_note", length = 1000)
    private String changeNote;

    @Column(name = "created_by", length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @OneToMany(mappedBy = "standardVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("number")
    private List<ProficiencyLevel> levels = new ArrayList<>();

    @OneToMany(mappedBy = "standardVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("sortOrder")
    private List<CompetencyArea> areas = new ArrayList<>();

    protected StandardVersion() {
    }

    public StandardVersion(CompetencyStandard standard, int number, StandardVersion basedOn, String createdBy,
            Instant createdAt) {
        this.standard = standard;
        this.number = number;
        this.basedOn = basedOn;
        this.status = VersionStatus.DRAFT;
        this.title = standard.getTitle();
        this.caseId = UUID.randomUUID().toString();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    static String caseIdOrNew(String caseId) {
        return caseId == null || caseId.isBlank() ? UUID.randomUUID().toString() : caseId;
    }

    /** The content as a framework record. */
    public Framework toFramework() {
        return new Framework(standard.getCode(), title, standard.getSourceRef(), effectiveDate, caseId,
                levels.stream().map(ProficiencyLevel::toRecord).toList(),
                areas.stream().map(CompetencyArea::toRecord).toList());
    }

    /**
     * Removes the content of a draft (flush before {@link #fill}: codes are unique within a version and the
     * database must see the old rows gone before the new ones arrive).
     */
    public void clearContent() {
        requireDraft();
        levels.clear();
        areas.clear();
    }

    /** Fills an emptied draft with the framework's content (elements without a CASE id get a new one). */
    public void fill(Framework framework) {
        requireDraft();
        if (!levels.isEmpty() || !areas.isEmpty()) {
            throw new IllegalStateException("clear the content first");
        }
        if (framework.title() != null && !framework.title().isBlank()) {
            this.title = framework.title();
        }
        this.effectiveDate = framework.effectiveDate();
        if (framework.caseId() != null && !framework.caseId().isBlank()) {
            this.caseId = framework.caseId(); // an imported CASE document keeps its identifier
        }
        framework.levels().forEach(l -> levels.add(new ProficiencyLevel(this, l)));
        int i = 0;
        for (Framework.Area a : framework.areas()) {
            areas.add(new CompetencyArea(this, a, i++));
        }
    }

    /** A copy of a published framework for a new draft: new CASE ids, each competency replacing its predecessor. */
    public static Framework successorOf(Framework published) {
        return new Framework(published.standardCode(), published.title(), published.sourceRef(),
                published.effectiveDate(), null,
                published.levels().stream().map(l -> new Framework.Level(l.number(), l.name(), l.descriptor(), null))
                        .toList(),
                published.areas().stream().map(a -> new Framework.Area(a.code(), a.name(), a.description(), null,
                        a.competencies().stream().map(c -> new Framework.Competency(c.code(), c.name(),
                                c.description(), c.kind(), null, c.caseId(), c.indicators())).toList())).toList());
    }

    public void publish(Instant at) {
        requireDraft();
        if (levels.isEmpty() || areas.isEmpty()) {
            throw new BusinessException(CompetencyError.VERSION_INCOMPLETE);
        }
        this.status = VersionStatus.PUBLISHED;
        this.publishedAt = at;
    }

    public void retire(Instant at) {
        if (status != VersionStatus.PUBLISHED) {
            throw new BusinessException(CompetencyError.VERSION_NOT_PUBLISHED);
        }
        this.status = VersionStatus.RETIRED;
        this.retiredAt = at;
    }

    public void note(String changeNote) {
        requireDraft();
        this.changeNote = changeNote;
    }

    private void requireDraft() {
        if (status != VersionStatus.DRAFT) {
            throw new BusinessException(CompetencyError.VERSION_IMMUTABLE);
        }
    }

    public CompetencyStandard getStandard() {
        return standard;
    }

    public int getNumber() {
        return number;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getCaseId() {
        return caseId;
    }

    public StandardVersion getBasedOn() {
        return basedOn;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }
}
