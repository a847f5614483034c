package org.munacademy.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.munacademy.shared.entity.BaseEntity;

/** A local self-government body of a municipality: its administration, representative body and so on. */
@Entity
@Table(name = "government_body")
public class GovernmentBody extends BaseEntity {

    @NotBlank
    @Size(max = 40)
    @Column(nullable = false)
    private String code;

    @NotBlank
    @Size(max = 255)
    @Column(nullable = false)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "body_kind", nullable = false)
    private BodyKind kind;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id", nullable = false)
    private Municipality municipality;

    protected GovernmentBody() {
    }

    public GovernmentBody(String code, String name, BodyKind kind, Municipality municipality) {
        this.code = code;
        update(name, kind, municipality);
    }

    public final void update(String name, BodyKind kind, Municipality municipality) {
        this.name = name;
        this.kind = kind;
        this.municipality = municipality;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public BodyKind getKind() {
        return kind;
    }

    public Municipality getMunicipality() {
        return municipality;
    }
}
