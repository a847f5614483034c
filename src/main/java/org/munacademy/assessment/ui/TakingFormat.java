package org.munacademy.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.ui.Translations;

/**
 * How the test-taking pages write numbers, dates and times in the reader's language ("72 %", "05.03.2026 14:20",
 * "12:04:31" in the browser's time zone when it is known), and how they find the business failure behind an
 * exception.
 */
final class TakingFormat {

    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private TakingFormat() {
    }

    static boolean english(Component c) {
        UI ui = c.getUI().orElse(UI.getCurrent());
        Locale locale = ui == null ? null : ui.getLocale();
        return locale != null && Translations.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** A percentage 0…100 as "72 %" (Russian) or "72%" (English); "—" when there is none. */
    static String percent(Component c, Double percent) {
        if (percent == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getPercentInstance(english(c) ? Translations.ENGLISH : Translations.RUSSIAN);
        f.setMaximumFractionDigits(0);
        return f.format(percent / 100);
    }

    /** A range of percentages as "45–80 %" (the sign once, after the upper bound). */
    static String percentRange(Component c, double low, double high) {
        NumberFormat f = NumberFormat.getNumberInstance(english(c) ? Translations.ENGLISH : Translations.RUSSIAN);
        f.setMaximumFractionDigits(0);
        return f.format(low) + "–" + percent(c, high);
    }

    /** A number with at most two decimals in the reader's language ("0,5"). */
    static String number(Component c, double value) {
        NumberFormat f = NumberFormat.getNumberInstance(english(c) ? Translations.ENGLISH : Translations.RUSSIAN);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    static String date(Component c, LocalDate date) {
        return date == null ? "—" : date.format(english(c) ? EN_DATE : RU_DATE);
    }

    static String dateTime(Component c, Instant instant) {
        if (instant == null) {
            return "—";
        }
        return date(c, instant.atZone(zone(c)).toLocalDate()) + " " + instant.atZone(zone(c)).format(SHORT_TIME);
    }

    static String time(Component c, Instant instant) {
        return instant == null ? "—" : instant.atZone(zone(c)).format(TIME);
    }

    /** Whole minutes, rounded up: a limit of 90 s reads "2". */
    static String minutes(int seconds) {
        return String.valueOf((seconds + 59) / 60);
    }

    /** "mm:ss", or "h:mm:ss" from an hour on. */
    static String clock(long seconds) {
        long s = Math.max(0, seconds);
        long h = s / 3600;
        long m = s % 3600 / 60;
        long r = s % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, r)
                : String.format(Locale.ROOT, "%02d:%02d", m, r);
    }

    /** The browser's time zone once the client details are known, else the server's. */
    static ZoneId zone(Component c) {
        UI ui = c.getUI().orElse(UI.getCurrent());
        ExtendedClientDetails details = ui == null ? null : ui.getInternals().getExtendedClientDetails();
        if (details != null && details.getTimeZoneId() != null) {
            try {
                return ZoneId.of(details.getTimeZoneId());
            } catch (DateTimeException e) {
                // an unknown zone name: fall back to the server's
            }
        }
        return ZoneId.systemDefault();
    }

    /** The business failure behind an exception (a boundary may wrap it), or null for a technical failure. */
    static BusinessException business(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BusinessException b) {
                return b;
            }
        }
        return null;
    }
}
