package org.munacademy.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A stored prerequisite of a programme. */
@Embeddable
public class PrerequisiteRow {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PrerequisiteKind kind;

    @Column(name = "ref_code", nullable = false)
    private String refCode;

    @Column(name = "min_level")
    private Integer minLevel;

    protected PrerequisiteRow() {
    }

    public PrerequisiteRow(Prerequisite p) {
        this.kind = p.kind();
        this.refCode = p.code().strip();
        this.minLevel = p.kind() == PrerequisiteKind.COMPETENCY_LEVEL ? p.minLevel() : null;
    }

    public Prerequisite toPrerequisite() {
        return new Prerequisite(kind, refCode, minLevel);
    }
}
