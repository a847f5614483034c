package org.munacademy.learning.entity;

/**
 * The kinds of lesson and what each needs — the one place that knows it (the entity, the editor, the REST API and
 * the views ask here).
 * <ul>
 * <li>{@code TEXT}: a Markdown body, rendered to sanitised HTML;</li>
 * <li>{@code FILE}: an attachment in the file store (PDF or an image, type judged by content, size limited);</li>
 * <li>{@code VIDEO}: a https link to a video; the host is shown beside it;</li>
 * <li>{@code SCORM}: a SCORM 1.2 package (its id; the package, its player and runtime come with the SCORM part);</li>
 * <li>{@code CHECK}: a module check, a test of the assessment context named by its code (its per-competency
 * results become evidence as every test's do).</li>
 * </ul>
 */
public enum LessonKind {
    TEXT("body", true),
    FILE("fileSha256", true),
    VIDEO("videoUrl", true),
    SCORM("scormPackageId", false),
    CHECK("testCode", false);

    private final String contentField;
    private final boolean hasPage;

    LessonKind(String contentField, boolean hasPage) {
        this.contentField = contentField;
        this.hasPage = hasPage;
    }

    /** The field of {@link LessonData} that holds this kind's content (errors name it). */
    public String contentField() {
        return contentField;
    }

    /**
     * Whether the lesson is read on a lesson page of the programme (text, file, video); a SCORM package opens in its
     * player, a check is taken in the assessment context.
     */
    public boolean hasPage() {
        return hasPage;
    }

    /**
     * Whether a methodologist gives the content in the editor now; a SCORM package is attached by the SCORM upload
     * (a later part), so a SCORM lesson is saved without it and cannot be published until it has one.
     */
    public boolean contentEditable() {
        return this != SCORM;
    }
}
