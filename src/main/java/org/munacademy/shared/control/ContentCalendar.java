package org.munacademy.shared.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The seeded content's calendar. The demo's timeline (cohorts, their enrolment windows, completions, documents,
 * evidence and assignment due dates) is written as of {@link #WRITTEN_AS_OF}; loaded on a later day, every date of
 * that timeline moves forward by the whole weeks that have passed, so a window that is open in the files is open on
 * the day the demo starts, past cohorts stay past, evidence keeps its age, and each date keeps its weekday. Dates that
 * are not the demo's timeline (birth dates, consents, a standard's effective date) are never moved.
 *
 * <p>The files and columns that move are listed here, in one place ({@link #TIMELINE}); content/README.md says the
 * same for authors. A value that is not a date is left as written so that its loader names it as before.
 */
public final class ContentCalendar {

    /** The Monday the content's dates are written for. */
    public static final LocalDate WRITTEN_AS_OF = LocalDate.of(2026, 11, 30);

    /** The timeline columns per content file. */
    public static final Map<String, Set<String>> TIMELINE = Map.of(
            "learning/cohorts.csv", Set.of("starts_on", "ends_on", "enrol_from", "enrol_to"),
            "learning/enrolments.csv", Set.of("completed_on"),
            "learning/documents.csv", Set.of("issued_on"),
            "competency/evidence.csv", Set.of("date", "expires"),
            "assessment/assignments.csv", Set.of("due_date"),
            "reserve/history-protocols.csv", Set.of("held_on"),
            "reserve/history.csv", Set.of("nominated_on", "plan_on", "offer_refused_on", "closed_on"),
            "reserve/appointments.csv", Set.of("appointed_on"),
            "contest/seasons.csv", Set.of("applications_from", "applications_until"),
            "contest/stages.csv", Set.of("opens_on", "closes_on"));

    static {
        if (WRITTEN_AS_OF.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalStateException("WRITTEN_AS_OF is a Monday");
        }
    }

    private ContentCalendar() {
    }

    /**
     * The days the timeline moves when loaded on {@code today}:
     * whole weeks since {@link #WRITTEN_AS_OF}, never back.
     */
    public static long shiftDays(LocalDate today) {
        long days = ChronoUnit.DAYS.between(WRITTEN_AS_OF, today);
        return days <= 0 ? 0 : days / 7 * 7;
    }

    /** A date written in the content, as loaded on {@code today}. */
    public static LocalDate moved(LocalDate written, LocalDate today) {
        return written.plusDays(shiftDays(today));
    }

    /** {@link ContentFiles#csv} with the timeline columns moved for {@code today}. */
    public static Function<String, Optional<List<Table.Row>>> csv(LocalDate today) {
        return path -> ContentFiles.csv(path).map(rows -> moved(path, rows, today));
    }

    /** The rows of one file with its timeline columns moved (other files' rows are returned as they are). */
    public static List<Table.Row> moved(String path, List<Table.Row> rows, LocalDate today) {
        Set<String> columns = TIMELINE.getOrDefault(path, Set.of());
        long shift = shiftDays(today);
        if (columns.isEmpty() || shift == 0) {
            return rows;
        }
        return rows.stream().map(r -> {
            Map<String, String> values = new LinkedHashMap<>(r.values());
            for (String c : columns) {
                values.computeIfPresent(c, (k, v) -> shifted(v, shift));
            }
            return new Table.Row(r.line(), values);
        }).toList();
    }

    private static String shifted(String value, long shift) {
        String v = value.trim();
        if (v.isEmpty()) {
            return value;
        }
        try {
            return LocalDate.parse(v).plusDays(shift).toString();
        } catch (DateTimeParseException e) {
            return value;
        }
    }
}
