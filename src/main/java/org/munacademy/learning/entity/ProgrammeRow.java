package org.munacademy.learning.entity;

import java.util.List;

/** A programme in the catalogue: what a person compares programmes by, with the competencies it develops. */
public record ProgrammeRow(Long id, String code, String title, ProgrammeKind kind, CompletionDocument document,
        StudyFormat format, boolean distanceLearning, int hours, String providerCode, String providerShortName,
        ProgrammeStatus status, List<CompetencyTarget> competencies) {

    public ProgrammeRow {
        competencies = List.copyOf(competencies);
    }
}
