package org.munacademy.competency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.munacademy.organisation.entity.Position;
import org.munacademy.organisation.entity.PositionGroup;
import org.munacademy.shared.entity.BaseEntity;

/**
 * One cell of a required profile: what a position group (or, overriding it, one position) requires of a
 * competency in a standard version: the minimum and target levels and the weight.
 */
@Entity
@Table(name = "competency_requirement")
public class ProfileRequirement extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "standard_version_id", nullable = false)
    private StandardVersion standardVersion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "position_group_id", nullable = false)
    private PositionGroup positionGroup;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "position_id")
    private Position position;

    @Column(name = "competency_code", nullable = false, length = 40)
    private String competencyCode;

    @Column(name = "min_level", nullable = false)
    private int minLevel;

    @Column(name = "target_level", nullable = false)
    private int targetLevel;

    @Column(nullable = false)
    private int weight;

    protected ProfileRequirement() {
    }

    public ProfileRequirement(StandardVersion version, PositionGroup group, Position position, Requirement r) {
        this.standardVersion = version;
        this.positionGroup = group;
        this.position = position;
        this.competencyCode = r.competencyCode();
        set(r);
    }

    public final void set(Requirement r) {
        this.minLevel = r.minLevel();
        this.targetLevel = r.targetLevel();
        this.weight = r.weight();
    }

    public Requirement toRequirement() {
        return new Requirement(competencyCode, minLevel, targetLevel, weight);
    }

    public StandardVersion getStandardVersion() {
        return standardVersion;
    }

    public PositionGroup getPositionGroup() {
        return positionGroup;
    }

    public Position getPosition() {
        return position;
    }

    public String getCompetencyCode() {
        return competencyCode;
    }
}
