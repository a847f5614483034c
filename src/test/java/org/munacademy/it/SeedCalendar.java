package org.munacademy.it;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.munacademy.shared.control.ContentCalendar;

/** A date of the seeded timeline as the server loaded it today (the server's clock is UTC, like this one). */
final class SeedCalendar {

    private SeedCalendar() {
    }

    /** The written date moved by {@link ContentCalendar}, as yyyy-mm-dd. */
    static String iso(String written) {
        return date(written).toString();
    }

    /** The written date moved by {@link ContentCalendar}, as the Russian UI shows it (dd.MM.yyyy). */
    static String ru(String written) {
        return date(written).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    static LocalDate date(String written) {
        return ContentCalendar.moved(LocalDate.parse(written), LocalDate.now(ZoneOffset.UTC));
    }
}
