package org.munacademy.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.munacademy.shared.entity.BaseEntity;

/**
 * A group of positions: the five groups of municipal service (высшие, главные, ведущие, старшие, младшие —
 * Federal Law 25-ФЗ, Article 6) and the elected offices (глава муниципального образования, депутат). Required
 * competency profiles are defined per group.
 */
@Entity
@Table(name = "position_group")
public class PositionGroup extends BaseEntity {

    @NotBlank
    @Size(max = 40)
    @Column(nullable = false)
    private String code;

    @NotBlank
    @Size(max = 255)
    @Column(name = "name_ru", nullable = false)
    private String nameRu;

    @NotBlank
    @Size(max = 255)
    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "group_kind", nullable = false)
    private PositionGroupKind kind;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected PositionGroup() {
    }

    public PositionGroup(String code, String nameRu, String nameEn, PositionGroupKind kind, int sortOrder) {
        this.code = code;
        update(nameRu, nameEn, kind, sortOrder);
    }

    public final void update(String nameRu, String nameEn, PositionGroupKind kind, int sortOrder) {
        this.nameRu = nameRu;
        this.nameEn = nameEn;
        this.kind = kind;
        this.sortOrder = sortOrder;
    }

    public String getCode() {
        return code;
    }

    public String getNameRu() {
        return nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The name in the given language ("en" gives English, anything else Russian). */
    public String getName(String language) {
        return "en".equals(language) ? nameEn : nameRu;
    }

    public PositionGroupKind getKind() {
        return kind;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
