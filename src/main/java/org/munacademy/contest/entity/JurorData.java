package org.munacademy.contest.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.munacademy.shared.entity.FieldLimits;

/** A juror to seat on a stage: the account, the region for a regional stage, whether they chair. */
public record JurorData(@NotBlank @Size(max = FieldLimits.USERNAME) String username,
        @Size(max = FieldLimits.CODE) String regionCode, boolean chair) {
}
