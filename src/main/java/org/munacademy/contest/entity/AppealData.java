package org.munacademy.contest.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.munacademy.shared.entity.FieldLimits;

/** An appeal against a stage's result. */
public record AppealData(long stageId, @NotBlank @Size(max = FieldLimits.CONTEST_APPEAL) String reason) {
}
