package org.munacademy.reserve.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.munacademy.reserve.entity.AnalyticsPeriod;

/**
 * Reads the analytics period from its two ends, each a quarter ({@code 2026-Q1}), a year ({@code 2026}) or a day
 * ({@code 2026-02-15}): {@code from} takes the first day of its quarter or year, {@code to} the last. Without
 * {@code from}: the quarter three quarters before today's (a year of four quarters); without {@code to}: the end of
 * today's quarter. Pure: today is a parameter.
 */
public final class AnalyticsPeriods {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private AnalyticsPeriods() {
    }

    /** The period, or empty when an end is not understood or the period ends before it starts. */
    public static Optional<AnalyticsPeriod> parse(String from, String to, LocalDate today) {
        LocalDate thisQuarter = ReserveAnalytics.quarterStart(today);
        Optional<LocalDate> start = blank(from) ? Optional.of(thisQuarter.minusMonths(9)) : end(from, true);
        Optional<LocalDate> end = blank(to) ? Optional.of(thisQuarter.plusMonths(3).minusDays(1)) : end(to, false);
        if (start.isEmpty() || end.isEmpty() || start.get().isAfter(end.get())) {
            return Optional.empty();
        }
        return Optional.of(new AnalyticsPeriod(start.get(), end.get(), today));
    }

    private static Optional<LocalDate> end(String text, boolean first) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        try {
            Matcher q = QUARTER.matcher(t);
            if (q.matches()) {
                LocalDate start = LocalDate.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1,
                        1);
                return Optional.of(first ? start : start.plusMonths(3).minusDays(1));
            }
            if (YEAR.matcher(t).matches()) {
                int year = Integer.parseInt(t);
                return Optional.of(first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31));
            }
            return Optional.of(LocalDate.parse(t));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
