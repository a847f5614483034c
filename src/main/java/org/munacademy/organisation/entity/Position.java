package org.munacademy.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.munacademy.shared.entity.BaseEntity;

/** A position (должность) from the register of municipal service positions, in one position group. */
@Entity
@Table(name = "job_position")
public class Position extends BaseEntity {

    @NotBlank
    @Size(max = 40)
    @Column(nullable = false)
    private String code;

    @NotBlank
    @Size(max = 255)
    @Column(nullable = false)
    private String name;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "position_group_id", nullable = false)
    private PositionGroup group;

    protected Position() {
    }

    public Position(String code, String name, PositionGroup group) {
        this.code = code;
        update(name, group);
    }

    public final void update(String name, PositionGroup group) {
        this.name = name;
        this.group = group;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public PositionGroup getGroup() {
        return group;
    }
}
