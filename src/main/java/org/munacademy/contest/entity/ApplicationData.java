package org.munacademy.contest.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.munacademy.shared.entity.FieldLimits;

/**
 * What a candidate submits: the nomination (season and code), the questionnaire's answers (field code → text; a file
 * field holds the file store's id), consent to personal data processing, and for a team its name and the members'
 * person codes (the applicant included), each of whom consents when they confirm.
 */
public record ApplicationData(@NotBlank @Size(max = FieldLimits.CONTEST_CODE) String season,
        @NotBlank @Size(max = FieldLimits.CONTEST_CODE) String nomination, Map<String, String> answers,
        boolean consent, @Size(max = FieldLimits.CONTEST_TITLE) String teamName,
        @Size(max = 5) List<@NotBlank @Size(max = FieldLimits.PERSON_CODE) String> members) {
}
