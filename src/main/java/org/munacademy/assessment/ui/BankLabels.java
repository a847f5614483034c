package org.munacademy.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Texts shared by the assessment administration views (bank, tests, results, statistics): enum labels from the
 * {@code assessment-admin} bundle ({@code admin.enum.<Enum>.<VALUE>}), dates in Moscow time, numbers and badges.
 */
final class BankLabels {

    /** Times are shown in Moscow time, as everywhere in the academy. */
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.ROOT)
            .withZone(MOSCOW);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);

    private BankLabels() {
    }

    /** The translated label of an enum value, e.g. {@code admin.enum.QuestionType.SINGLE_CHOICE}. */
    static String of(Component c, Enum<?> value) {
        return value == null ? "" : c.getTranslation("admin.enum." + value.getDeclaringClass().getSimpleName()
                + "." + value.name());
    }

    static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A number with {@code digits} decimals (comma in Russian), or a dash when there is none. */
    static String number(Double value, int digits) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "—";
        }
        Locale locale = english() ? Locale.ENGLISH : Locale.forLanguageTag("ru");
        return String.format(locale, "%." + digits + "f", value);
    }

    /** Whether the current UI shows English (Russian otherwise). */
    static boolean english() {
        UI ui = UI.getCurrent();
        return ui != null && "en".equals(ui.getLocale().getLanguage());
    }

    /** A Lumo badge, e.g. theme {@code "success"}, {@code "error"}, {@code "contrast"} or empty. */
    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme == null || theme.isBlank() ? "badge" : "badge " + theme);
        return badge;
    }
}
