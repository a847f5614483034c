package org.munacademy.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.munacademy.shared.entity.BaseEntity;

/**
 * An educational organisation that runs programmes with the association: a university or a training centre, with
 * its ИНН and its educational licence (the document a graduate receives names them). Its region is the organisation
 * context's region id (optional: a federal university has none). The code is stable: programmes, cohorts and the
 * per-provider sequence of document numbers refer to it.
 */
@Entity
@Table(name = "learning_provider")
public class Provider extends BaseEntity {

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name", nullable = false)
    private String shortName;

    @Column(nullable = false)
    private String inn;

    @Column(name = "licence_number")
    private String licenceNumber;

    @Column(name = "licence_date")
    private LocalDate licenceDate;

    @Column(name = "region_id")
    private Long regionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Provider() {
    }

    public Provider(String code, Instant createdAt) {
        this.code = code;
        this.createdAt = createdAt;
    }

    /** Applies the data a methodologist entered (validated by the boundary: the ИНН's checksum, the region). */
    public void apply(ProviderData data, Long regionId) {
        this.name = data.getName().strip();
        this.shortName = data.getShortName().strip();
        this.inn = data.getInn().strip();
        this.licenceNumber = blankToNull(data.getLicenceNumber());
        this.licenceDate = data.getLicenceDate();
        this.regionId = regionId;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getInn() {
        return inn;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public LocalDate getLicenceDate() {
        return licenceDate;
    }

    public Long getRegionId() {
        return regionId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
