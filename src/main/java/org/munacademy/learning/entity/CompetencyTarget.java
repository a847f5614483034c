package org.munacademy.learning.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A competency of the published standard (by code) and the level of its scale a programme develops it to. The
 * boundary checks both against the standard through the competency context.
 */
public record CompetencyTarget(
        @NotBlank(message = "{learning.competency.required}") String competencyCode,
        @NotNull(message = "{learning.targetLevel.required}") Integer targetLevel) {
}
