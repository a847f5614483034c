package org.munacademy.competency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A person's current levels as {@code LevelSnapshots} encodes them, computed on a day and holding until a day
 * (exclusive; null: until new evidence). Null levels: out of date since evidence was recorded. Written only by
 * {@code LevelSnapshotStore} with native statements (upsert, conditional update on the version), read by queries.
 */
@Entity
@jakarta.persistence.Cacheable(false)
@Table(name = "competency_level_snapshot")
public class LevelSnapshot {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "rule_key", nullable = false)
    private String ruleKey;

    @Column(name = "computed_on", nullable = false)
    private LocalDate computedOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    private String levels;

    @Column(nullable = false)
    private long version;

    protected LevelSnapshot() {
    }

    public Long getPersonId() {
        return personId;
    }

    public String getLevels() {
        return levels;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public long getVersion() {
        return version;
    }
}
