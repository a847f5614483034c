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
import java.util.ArrayList;
import java.util.List;
import org.munacademy.shared.entity.BaseEntity;

/** A competency of a standard version, in an area, with its behavioural indicators per level. */
@Entity
@Table(name = "competency")
public class StandardCompetency extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "standard_version_id", nullable = false)
    private StandardVersion standardVersion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private CompetencyArea area;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "competency_kind", nullable = false)
    private CompetencyKind kind;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "case_id", nullable = false, length = 36)
    private String caseId;

    @Column(name = "replaces_case_id", length = 36)
    private String replacesCaseId;

    /** The CASE isChildOf association placing the competency in its area, as imported (null: derived). */
    @Column(name = "child_of_case_id", length = 36)
    private String childOfCaseId;

    /** The CASE replacedBy association from the predecessor, as imported (null: derived). */
    @Column(name = "replaced_by_case_id", length = 36)
    private String replacedByCaseId;

    @OneToMany(mappedBy = "competency", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("level, sortOrder")
    private List<BehaviouralIndicator> indicators = new ArrayList<>();

    protected StandardCompetency() {
    }

    StandardCompetency(StandardVersion version, CompetencyArea area, Framework.Competency c, int sortOrder) {
        this.standardVersion = version;
        this.area = area;
        this.code = c.code();
        this.name = c.name();
        this.description = c.description();
        this.kind = c.kind();
        this.sortOrder = sortOrder;
        this.caseId = StandardVersion.caseIdOrNew(c.caseId());
        this.replacesCaseId = c.replacesCaseId();
        this.childOfCaseId = c.childOfCaseId();
        this.replacedByCaseId = c.replacedByCaseId();
        int i = 0;
        for (Framework.Indicator indicator : c.indicators()) {
            indicators.add(new BehaviouralIndicator(this, indicator, i++));
        }
    }

    Framework.Competency toRecord() {
        return new Framework.Competency(code, name, description, kind, caseId, replacesCaseId,
                indicators.stream().map(BehaviouralIndicator::toRecord).toList(), childOfCaseId, replacedByCaseId);
    }

    public String getCode() {
        return code;
    }
}
