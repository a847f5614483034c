package org.munacademy.learning.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * What a participant should bring to a programme: a position group ({@code code} = the group's code), a least
 * current level in a competency ({@code code} = the competency, {@code minLevel}), or another programme completed
 * before ({@code code} = its code). The boundary checks each code through the context that owns it.
 */
public record Prerequisite(
        @NotNull(message = "{learning.prerequisite.kind.required}") PrerequisiteKind kind,
        @NotBlank(message = "{learning.prerequisite.code.required}") String code,
        Integer minLevel) {
}
