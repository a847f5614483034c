package org.munacademy.reserve.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.munacademy.shared.entity.BaseEntity;
import org.munacademy.shared.entity.FieldLimits;

/**
 * An appointment to a position: from where to where, in which municipality, on which day, by which order, and whether
 * it came from the reserve (then the entry it closed as a career lift). Appointments without an entry are recorded
 * too: the share of vacancies filled from the reserve is from-reserve appointments over all appointments.
 */
@Entity
@Table(name = "reserve_appointment")
public class Appointment extends BaseEntity {

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "from_position_id", updatable = false)
    private Long fromPositionId;

    @Column(name = "to_position_id", nullable = false, updatable = false)
    private Long toPositionId;

    @Column(name = "to_group_id", nullable = false, updatable = false)
    private Long toGroupId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private Long municipalityId;

    @Column(name = "region_id", nullable = false, updatable = false)
    private Long regionId;

    @Column(name = "appointed_on", nullable = false, updatable = false)
    private LocalDate appointedOn;

    @Column(name = "order_number", nullable = false, length = FieldLimits.RESERVE_DOCUMENT_NUMBER, updatable = false)
    private String orderNumber;

    @Column(name = "from_reserve", nullable = false, updatable = false)
    private boolean fromReserve;

    @Column(name = "entry_id", updatable = false)
    private Long entryId;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Appointment() {
    }

    /** Where the appointment leads: the position, its group, the municipality and its region. */
    public record To(long positionId, long groupId, long municipalityId, long regionId) {
    }

    public Appointment(long personId, Long fromPositionId, To to, LocalDate appointedOn, String orderNumber,
            Long entryId, String by, Instant now) {
        this.personId = personId;
        this.fromPositionId = fromPositionId;
        this.toPositionId = to.positionId();
        this.toGroupId = to.groupId();
        this.municipalityId = to.municipalityId();
        this.regionId = to.regionId();
        this.appointedOn = appointedOn;
        this.orderNumber = orderNumber.strip();
        this.fromReserve = entryId != null;
        this.entryId = entryId;
        this.recordedBy = by;
        this.createdAt = now;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getFromPositionId() {
        return fromPositionId;
    }

    public Long getToPositionId() {
        return toPositionId;
    }

    public Long getToGroupId() {
        return toGroupId;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public Long getRegionId() {
        return regionId;
    }

    public LocalDate getAppointedOn() {
        return appointedOn;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public boolean isFromReserve() {
        return fromReserve;
    }

    public Long getEntryId() {
        return entryId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
