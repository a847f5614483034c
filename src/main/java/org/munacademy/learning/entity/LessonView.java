package org.munacademy.learning.entity;

import org.munacademy.shared.entity.FileInfo;

/**
 * A lesson as its page and the editor show it: where it stands in the programme (and the lessons before and after
 * it that have a page), and its content — the Markdown {@code body} with {@code bodyHtml} rendered and sanitised, the
 * stored {@code file}, the {@code videoUrl} with its host, the module check's test, or the SCORM package's id.
 */
public record LessonView(String programmeCode, String programmeTitle, ProgrammeStatus programmeStatus,
        long programmeVersion, Long moduleId, int moduleNumber, String moduleTitle, Long id, int number, String title,
        LessonKind kind, boolean mandatory, String body, String bodyHtml, FileInfo file, String videoUrl,
        String videoHost, Long scormPackageId, String testCode, String testTitle, Long previousLessonId,
        Long nextLessonId) {
}
