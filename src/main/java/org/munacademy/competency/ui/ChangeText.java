package org.munacademy.competency.ui;

import org.munacademy.competency.entity.FrameworkChange;

import com.vaadin.flow.component.Component;

/**
 * A difference between two versions of a standard as a sentence a methodologist reads, e.g. «Уровень 2 —
 * описание: было «…», стало «…»».
 */
final class ChangeText {

    private ChangeText() {
    }

    static String of(Component c, FrameworkChange change) {
        boolean indicators = "indicators".equals(change.element());
        String level = indicators ? levelOf(change.field()) : null;
        return switch (change.kind()) {
            case ADDED -> indicators
                    ? c.getTranslation("competency.diff.added.indicators", change.code(), level,
                            text(c, change.after()))
                    : c.getTranslation("competency.diff.added." + change.element(), change.code(),
                            text(c, change.after()));
            case REMOVED -> indicators
                    ? c.getTranslation("competency.diff.removed.indicators", change.code(), level,
                            text(c, change.before()))
                    : c.getTranslation("competency.diff.removed." + change.element(), change.code(),
                            text(c, change.before()));
            case CHANGED -> c.getTranslation("competency.diff.changed",
                    c.getTranslation("competency.diff.element." + change.element(), change.code()),
                    indicators ? c.getTranslation("competency.diff.field.indicators", level)
                            : c.getTranslation("competency.diff.field." + change.field()),
                    value(c, change.field(), change.before()), value(c, change.field(), change.after()));
        };
    }

    /** "level 2" → "2". */
    private static String levelOf(String field) {
        return field == null ? "" : field.replace("level", "").strip();
    }

    private static String value(Component c, String field, String value) {
        if (value != null && "kind".equals(field)) {
            return c.getTranslation("competency.kind." + value);
        }
        return text(c, value);
    }

    private static String text(Component c, String value) {
        return value == null || value.isBlank() ? c.getTranslation("competency.diff.empty") : value;
    }
}
