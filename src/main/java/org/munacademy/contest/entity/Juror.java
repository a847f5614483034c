package org.munacademy.contest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.munacademy.shared.entity.BaseEntity;

/**
 * A juror of a stage (of a region for a regional stage, none for a federal one): an account, its person for conflicts,
 * and whether they chair.
 */
@Entity
@Table(name = "contest_juror")
public class Juror extends BaseEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stage_id", nullable = false, updatable = false)
    private Stage stage;

    @Column(name = "region_id", updatable = false)
    private Long regionId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "chair", nullable = false)
    private boolean chair;

    protected Juror() {
    }

    public Juror(Stage stage, Long regionId, long accountId, Long personId, boolean chair) {
        this.stage = stage;
        this.regionId = regionId;
        this.accountId = accountId;
        this.personId = personId;
        this.chair = chair;
    }

    public Stage getStage() {
        return stage;
    }

    public Long getRegionId() {
        return regionId;
    }

    public long getAccountId() {
        return accountId;
    }

    public Long getPersonId() {
        return personId;
    }

    public boolean isChair() {
        return chair;
    }

    public void setChair(boolean chair) {
        this.chair = chair;
    }
}
