package org.munacademy.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import org.munacademy.learning.entity.CompletionDocument;
import org.munacademy.learning.entity.LessonKind;
import org.munacademy.learning.entity.PrerequisiteKind;
import org.munacademy.learning.entity.ProgrammeKind;
import org.munacademy.learning.entity.ProgrammeStatus;
import org.munacademy.learning.entity.StudyFormat;

/** The learning views' words for kinds, forms, documents and statuses, from the {@code learning} bundle. */
final class LearningLabels {

    private LearningLabels() {
    }

    static String of(Component c, ProgrammeKind kind) {
        return c.getTranslation("learning.kind." + kind.name());
    }

    static String of(Component c, StudyFormat format) {
        return c.getTranslation("learning.format." + format.name());
    }

    /** The form of study, with "distance learning" when it applies. */
    static String format(Component c, StudyFormat format, boolean distance) {
        return distance ? c.getTranslation("learning.format.withDistance", of(c, format)) : of(c, format);
    }

    static String of(Component c, CompletionDocument document) {
        return c.getTranslation("learning.document." + document.name());
    }

    static String of(Component c, LessonKind kind) {
        return c.getTranslation("learning.lessonKind." + kind.name());
    }

    static String of(Component c, ProgrammeStatus status) {
        return c.getTranslation("learning.status." + status.name());
    }

    static String of(Component c, PrerequisiteKind kind) {
        return c.getTranslation("learning.prerequisite." + kind.name());
    }

    static String hours(Component c, int hours) {
        return c.getTranslation("learning.hours.value", hours);
    }

    /** A Lumo badge with a text; {@code theme} adds e.g. "success", "contrast" or "error". */
    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme == null ? "badge" : "badge " + theme);
        return badge;
    }

    static Span statusBadge(Component c, ProgrammeStatus status) {
        Span badge = badge(of(c, status), switch (status) {
            case DRAFT -> "contrast";
            case PUBLISHED -> "success";
            case ARCHIVED -> "error";
        });
        badge.addClassName("learning-status");
        return badge;
    }
}
