package org.munacademy.competency.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A competency area of a standard version (e.g. "Бюджетный процесс") holding its competencies in order. */
@Entity
@Table(name = "competency_area")
public class CompetencyArea extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "standard_version_id", nullable = false)
    private StandardVersion standardVersion;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "case_id", nullable = false, length = 36)
    private String caseId;

    /** The CASE isChildOf association placing the area under the document, as imported (null: derived). */
    @Column(name = "child_of_case_id", length = 36)
    private String childOfCaseId;

    @OneToMany(mappedBy = "area", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("sortOrder")
    private List<StandardCompetency> competencies = new ArrayList<>();

    protected CompetencyArea() {
    }

    CompetencyArea(StandardVersion version, Framework.Area area, int sortOrder) {
        this.standardVersion = version;
        this.code = area.code();
        this.name = area.name();
        this.description = area.description();
        this.sortOrder = sortOrder;
        this.caseId = StandardVersion.caseIdOrNew(area.caseId());
        this.childOfCaseId = area.childOfCaseId();
        int i = 0;
        for (Framework.Competency c : area.competencies()) {
            competencies.add(new StandardCompetency(version, this, c, i++));
        }
    }

    Framework.Area toRecord() {
        return new Framework.Area(code, name, description, caseId,
                competencies.stream().map(StandardCompetency::toRecord).toList(), childOfCaseId);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
