package org.munacademy.reserve.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.munacademy.shared.entity.FieldLimits;

/**
 * HR records an appointment: the person, the position appointed to (code), the municipality, the day and the order
 * number; from the reserve with the entry it closes, which needs the person's consent (an accepted offer of that
 * position, or {@code consent} for consent given in writing outside the system).
 */
public class AppointmentRequest {

    @NotNull(message = "{reserve.appointment.person.required}")
    private Long personId;

    @NotBlank(message = "{reserve.offer.position.required}")
    @Size(max = 40, message = "{reserve.offer.position.required}")
    private String positionCode;

    @NotNull(message = "{reserve.appointment.municipality.required}")
    private Long municipalityId;

    @NotNull(message = "{reserve.appointment.date.required}")
    private LocalDate appointedOn;

    @NotBlank(message = "{reserve.appointment.order.required}")
    @Size(max = FieldLimits.RESERVE_DOCUMENT_NUMBER, message = "{reserve.appointment.order.size}")
    private String orderNumber;

    private Long entryId;

    private boolean consent;

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getPositionCode() {
        return positionCode;
    }

    public void setPositionCode(String positionCode) {
        this.positionCode = positionCode;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public void setMunicipalityId(Long municipalityId) {
        this.municipalityId = municipalityId;
    }

    public LocalDate getAppointedOn() {
        return appointedOn;
    }

    public void setAppointedOn(LocalDate appointedOn) {
        this.appointedOn = appointedOn;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public Long getEntryId() {
        return entryId;
    }

    public void setEntryId(Long entryId) {
        this.entryId = entryId;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
