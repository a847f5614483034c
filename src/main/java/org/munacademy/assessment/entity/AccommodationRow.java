package org.munacademy.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Extra time a named person gets on a test. */
@Embeddable
public class AccommodationRow {

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "extra_minutes", nullable = false)
    private int extraMinutes;

    protected AccommodationRow() {
    }

    public AccommodationRow(Long personId, int extraMinutes) {
        this.personId = personId;
        this.extraMinutes = extraMinutes;
    }

    public Long getPersonId() {
        return personId;
    }

    public int getExtraMinutes() {
        return extraMinutes;
    }
}
