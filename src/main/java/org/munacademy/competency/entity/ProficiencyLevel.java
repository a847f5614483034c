package org.munacademy.competency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.munacademy.shared.entity.BaseEntity;

/** One level of a version's proficiency scale with its name and descriptor. */
@Entity
@Table(name = "proficiency_level")
public class ProficiencyLevel extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "standard_version_id", nullable = false)
    private StandardVersion standardVersion;

    @Column(name = "level_no", nullable = false)
    private int number;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 2000)
    private String descriptor;

    @Column(name = "case_id", nullable = false, length = 36)
    private String caseId;

    protected ProficiencyLevel() {
    }

    ProficiencyLevel(StandardVersion version, Framework.Level level) {
        this.standardVersion = version;
        this.number = level.number();
        this.name = level.name();
        this.descriptor = level.descriptor();
        this.caseId = StandardVersion.caseIdOrNew(level.caseId());
    }

    Framework.Level toRecord() {
        return new Framework.Level(number, name, descriptor, caseId);
    }

    public int getNumber() {
        return number;
    }
}
