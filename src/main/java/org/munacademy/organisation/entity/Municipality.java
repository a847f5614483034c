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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.munacademy.shared.entity.BaseEntity;

/**
 * A municipal formation (муниципальное образование) identified by its OKTMO code. Settlements (городские и
 * сельские поселения) have the municipal district they lie in as parent; an HR officer scoped to a district
 * also manages the people of its settlements.
 */
@Entity
@Table(name = "municipality")
public class Municipality extends BaseEntity {

    @NotBlank
    @Pattern(regexp = "\\d{8}(\\d{3})?", message = "{organisation.oktmo.format}")
    @Column(nullable = false, length = 11)
    private String oktmo;

    @NotBlank
    @Size(max = 255)
    @Column(nullable = false)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "municipality_type", nullable = false)
    private MunicipalityType type;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id", nullable = false)
    private Region region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Municipality parent;

    /** Population in thousands (Rosstat estimate), where known. */
    @Column(precision = 10, scale = 1)
    private BigDecimal population;

    protected Municipality() {
    }

    public Municipality(String oktmo, String name, MunicipalityType type, Region region, Municipality parent,
            BigDecimal population) {
        this.oktmo = oktmo;
        update(name, type, region, parent, population);
    }

    public final void update(String name, MunicipalityType type, Region region, Municipality parent,
            BigDecimal population) {
        this.name = name;
        this.type = type;
        this.region = region;
        this.parent = parent;
        this.population = population;
    }

    public String getOktmo() {
        return oktmo;
    }

    public String getName() {
        return name;
    }

    public MunicipalityType getType() {
        return type;
    }

    public Region getRegion() {
        return region;
    }

    public Municipality getParent() {
        return parent;
    }

    public BigDecimal getPopulation() {
        return population;
    }
}
