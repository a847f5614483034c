package org.munacademy.competency.entity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Evidence as other systems and HR officers submit it to the competency boundary. */
public record EvidenceInput(
        @NotBlank(message = "{evidence.competency.required}") String competencyCode,
        @Min(value = 1, message = "{evidence.level.range}") @Max(value = 10, message = "{evidence.level.range}") int level,
        @NotNull(message = "{evidence.source.required}") EvidenceSource source,
        @NotNull(message = "{evidence.date.required}") @PastOrPresent(message = "{evidence.date.future}") LocalDate observedOn,
        LocalDate expiresOn,
        @Size(max = 500) String reference) {
}
