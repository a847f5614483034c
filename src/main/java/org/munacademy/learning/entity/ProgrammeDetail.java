package org.munacademy.learning.entity;

import java.util.List;

/**
 * A programme's page: what a person decides from — provider, kind, hours, form of study, the document it ends with,
 * the competencies it develops with the target levels (and the reader's current level where known), the
 * prerequisites (and whether the reader meets them where that is known), the course outline and the description
 * (Markdown, and as sanitised HTML). {@code version} is what an editor sends back; {@code editable} says whether the
 * reader may edit it.
 */
public record ProgrammeDetail(Long id, String code, String title, ProgrammeKind kind, CompletionDocument document,
        StudyFormat format, boolean distanceLearning, int hours, ProviderRow provider, String standardCode,
        ProgrammeStatus status, long version, String description, String descriptionHtml,
        List<CompetencyLine> competencies, List<PrerequisiteLine> prerequisites, List<ModuleOutline> modules,
        boolean editable) {

    public ProgrammeDetail {
        competencies = List.copyOf(competencies);
        prerequisites = List.copyOf(prerequisites);
        modules = List.copyOf(modules);
    }

    /**
     * A competency the programme develops: its code and name in the standard, the target level, and the reader's
     * current level (null when unknown: no evidence, or the reader has no person card).
     */
    public record CompetencyLine(String code, String name, int targetLevel, Integer currentLevel) {
    }

    /**
     * A prerequisite with a readable label (the group's, competency's or programme's name) and whether the reader
     * meets it: true or false where the platform knows, null where it cannot tell yet (completed programmes come with
     * enrolment; a reader without a person card).
     */
    public record PrerequisiteLine(PrerequisiteKind kind, String code, String label, Integer minLevel, Boolean met) {
    }

    /** A module with its lessons, numbered from 1. */
    public record ModuleOutline(Long id, int number, String title, List<LessonOutline> lessons) {
        public ModuleOutline {
            lessons = List.copyOf(lessons);
        }
    }

    /**
     * A lesson in the outline: kind, whether required, the module check's test (code and title) and whether it has a
     * page of its own ({@link LessonKind#hasPage()}).
     */
    public record LessonOutline(Long id, int number, String title, LessonKind kind, boolean mandatory,
            String testCode, String testTitle, boolean hasPage, boolean complete) {
    }

    /** Every lesson of the outline in course order. */
    public List<LessonOutline> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }
}
