package org.munacademy.reserve.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** HR offers a position (by its code) in a municipality (default: the entry's) to the person of an entry. */
public class OfferRequest {

    @NotNull(message = "{reserve.offer.entry.required}")
    private Long entryId;

    @NotBlank(message = "{reserve.offer.position.required}")
    @Size(max = 40, message = "{reserve.offer.position.required}")
    private String positionCode;

    private Long municipalityId;

    public Long getEntryId() {
        return entryId;
    }

    public void setEntryId(Long entryId) {
        this.entryId = entryId;
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
}
