package org.munacademy.competency.entity;

import jakarta.json.bind.annotation.JsonbCreator;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.munacademy.shared.entity.InvalidInputException;

/**
 * The content of one version of a competency standard, independent of storage: the proficiency scale, the
 * competency areas with their competencies and the behavioural indicators per competency and level. It is what
 * import and export read and write, what the editor edits and what two versions are compared by.
 * <p>
 * {@code caseId}s are the 1EdTech CASE identifiers (UUIDs) of the elements; they are kept on round trips and may
 * be null in input (new elements get one when stored). {@code replacesCaseId} links a competency to its
 * predecessor in the previous version (CASE {@code replacedBy}). {@code childOfCaseId} and {@code replacedByCaseId} are
 * the identifiers of the CASE associations that place an element under its parent and link a competency to its
 * predecessor: kept when a CASE file brought them, null otherwise (the CASE writer then derives them).
 */
public record Framework(String standardCode, String title, String sourceRef, LocalDate effectiveDate,
        String caseId, List<Level> levels, List<Area> areas) {

    public Framework {
        levels = levels == null ? List.of() : List.copyOf(levels);
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /** One level of the proficiency scale (1 = lowest). */
    public record Level(int number, String name, String descriptor, String caseId) {
    }

    /** A competency area with its competencies in order. */
    public record Area(String code, String name, String description, String caseId, List<Competency> competencies,
            String childOfCaseId) {
        /** The constructor JSON-B reads with (a record with a second constructor needs to be told). */
        @JsonbCreator
        public Area {
            competencies = competencies == null ? List.of() : List.copyOf(competencies);
        }

        /** An area without a stored association identifier. */
        public Area(String code, String name, String description, String caseId, List<Competency> competencies) {
            this(code, name, description, caseId, competencies, null);
        }
    }

    /** A competency with its behavioural indicators (per level, in order). */
    public record Competency(String code, String name, String description, CompetencyKind kind, String caseId,
            String replacesCaseId, List<Indicator> indicators, String childOfCaseId, String replacedByCaseId) {
        /** The constructor JSON-B reads with (a record with a second constructor needs to be told). */
        @JsonbCreator
        public Competency {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }

        /** A competency without stored association identifiers. */
        public Competency(String code, String name, String description, CompetencyKind kind, String caseId,
                String replacesCaseId, List<Indicator> indicators) {
            this(code, name, description, kind, caseId, replacesCaseId, indicators, null, null);
        }

        public List<String> indicatorsAt(int level) {
            return indicators.stream().filter(i -> i.level() == level).map(Indicator::text).toList();
        }
    }

    /** An observable behaviour showing a competency at a level. */
    public record Indicator(int level, String text) {
    }

    public List<Competency> competencies() {
        return areas.stream().flatMap(a -> a.competencies().stream()).toList();
    }

    public Level level(int number) {
        return levels.stream().filter(l -> l.number() == number).findFirst().orElse(null);
    }

    /**
     * The same framework without CASE identifiers, metadata or predecessor links: what "the same framework"
     * means when two copies are compared.
     */
    public Framework content() {
        return new Framework(standardCode, title, sourceRef, effectiveDate, null,
                levels.stream().map(l -> new Level(l.number(), l.name(), l.descriptor(), null)).toList(),
                areas.stream().map(a -> new Area(a.code(), a.name(), a.description(), null,
                        a.competencies().stream().map(c -> new Competency(c.code(), c.name(), c.description(),
                                c.kind(), null, null, c.indicators())).toList())).toList());
    }

    public Competency competency(String code) {
        return competencies().stream().filter(c -> Objects.equals(c.code(), code)).findFirst().orElse(null);
    }

    /**
     * Refuses evidence naming a competency this framework lacks or a level off its scale (people's and the system's
     * evidence alike).
     */
    public void requireOnScale(String competencyCode, int level) {
        if (competency(competencyCode) == null) {
            throw new InvalidInputException("competencyCode", CompetencyError.UNKNOWN_COMPETENCY, competencyCode);
        }
        if (level < 1 || level > levels.size()) {
            throw new InvalidInputException("level", CompetencyError.LEVEL_OUTSIDE_SCALE, levels.size());
        }
    }
}
