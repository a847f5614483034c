package org.munacademy.contest.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.munacademy.shared.entity.FieldLimits;

/** A juror's written declaration of a conflict of interest with an application (relative or other). */
public record ConflictData(long applicationId, @NotNull ConflictKind kind,
        @NotBlank @Size(max = FieldLimits.CONTEST_NOTE) String statement) {
}
