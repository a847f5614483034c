package org.munacademy.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.munacademy.shared.entity.BaseEntity;

/**
 * A subject of the Russian Federation (регион). Reference data: its two-digit code (the official subject
 * number) is its natural key; HR officers' regional scope points here.
 */
@Entity
@Table(name = "region")
public class Region extends BaseEntity {

    @NotBlank
    @Pattern(regexp = "\\d{2}")
    @Column(nullable = false, length = 2)
    private String code;

    /** Two digits; three for the autonomous okrugs that OKTMO files inside another subject (118, 718, 719). */
    @NotBlank
    @Pattern(regexp = "\\d{2,3}")
    @Column(nullable = false, length = 3)
    private String oktmo;

    @NotBlank
    @Size(max = 10)
    @Column(name = "iso_code", nullable = false)
    private String isoCode;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "region_type", nullable = false)
    private RegionType type;

    @NotBlank
    @Size(max = 40)
    @Column(name = "federal_district", nullable = false)
    private String federalDistrict;

    protected Region() {
    }

    public Region(String code, String oktmo, String isoCode, String name, RegionType type, String federalDistrict) {
        this.code = code;
        update(oktmo, isoCode, name, type, federalDistrict);
    }

    public final void update(String oktmo, String isoCode, String name, RegionType type, String federalDistrict) {
        this.oktmo = oktmo;
        this.isoCode = isoCode;
        this.name = name;
        this.type = type;
        this.federalDistrict = federalDistrict;
    }

    public String getCode() {
        return code;
    }

    public String getOktmo() {
        return oktmo;
    }

    public String getIsoCode() {
        return isoCode;
    }

    public String getName() {
        return name;
    }

    public RegionType getType() {
        return type;
    }

    public String getFederalDistrict() {
        return federalDistrict;
    }
}
