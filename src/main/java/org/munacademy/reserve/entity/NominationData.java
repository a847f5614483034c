package org.munacademy.reserve.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.munacademy.shared.entity.FieldLimits;

/** A nomination as HR enters it: reserve, person, target (group code, optional position code), basis, document. */
public class NominationData {

    @NotBlank(message = "{reserve.nomination.reserve.required}")
    private String reserveCode;

    @NotNull(message = "{reserve.nomination.person.required}")
    private Long personId;

    @NotBlank(message = "{reserve.nomination.group.required}")
    private String targetGroupCode;

    private String targetPositionCode;

    @NotNull(message = "{reserve.nomination.basis.required}")
    private InclusionBasis basis;

    @Size(max = FieldLimits.RESERVE_NAME, message = "{reserve.nomination.document.size}")
    private String basisDocument;

    @Size(max = FieldLimits.RESERVE_COMMENT, message = "{reserve.comment.size}")
    private String note;

    public String getReserveCode() {
        return reserveCode;
    }

    public void setReserveCode(String reserveCode) {
        this.reserveCode = reserveCode;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getTargetGroupCode() {
        return targetGroupCode;
    }

    public void setTargetGroupCode(String targetGroupCode) {
        this.targetGroupCode = targetGroupCode;
    }

    public String getTargetPositionCode() {
        return targetPositionCode;
    }

    public void setTargetPositionCode(String targetPositionCode) {
        this.targetPositionCode = targetPositionCode;
    }

    public InclusionBasis getBasis() {
        return basis;
    }

    public void setBasis(InclusionBasis basis) {
        this.basis = basis;
    }

    public String getBasisDocument() {
        return basisDocument;
    }

    public void setBasisDocument(String basisDocument) {
        this.basisDocument = basisDocument;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
