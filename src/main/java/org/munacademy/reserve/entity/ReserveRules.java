package org.munacademy.reserve.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The rules an administrator edits; {@code version} is the reserve's version read (else 409). */
public record ReserveRules(
        @Min(value = 6, message = "{reserve.term.range}") @Max(value = 60, message = "{reserve.term.range}")
        int termMonths,
        @Min(value = 1, message = "{reserve.extension.range}") @Max(value = 36, message = "{reserve.extension.range}")
        int extensionMonths,
        @Min(value = 0, message = "{reserve.extensions.range}") @Max(value = 5, message = "{reserve.extensions.range}")
        int extensionsAllowed,
        @Min(value = 1, message = "{reserve.refusals.range}") @Max(value = 5, message = "{reserve.refusals.range}")
        int refusalsAllowed,
        @Min(value = 1, message = "{reserve.answer.range}") @Max(value = 60, message = "{reserve.answer.range}")
        int answerDays,
        long version) {
}
