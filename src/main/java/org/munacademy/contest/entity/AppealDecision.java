package org.munacademy.contest.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.munacademy.shared.entity.FieldLimits;

/**
 * The administrator's decision on an appeal: upheld or rejected, the reasoning, and when upheld the scores changed
 * (each an assignment's criterion and its new score); the stage is ranked again.
 */
public record AppealDecision(@NotNull Boolean upheld, @NotBlank @Size(max = FieldLimits.CONTEST_APPEAL) String decision,
        @Valid List<ScoreChange> changes, long version) {

    /** One score changed on appeal. */
    public record ScoreChange(long assignmentId, @NotBlank String criterion, int score) {
    }
}
