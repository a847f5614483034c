package org.munacademy.learning.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.munacademy.learning.entity.CohortApproval;
import org.munacademy.learning.entity.CohortData;
import org.munacademy.shared.control.ContentFiles.ContentException;
import org.munacademy.shared.control.Table;

/**
 * The seeded cohorts ({@code content/learning/cohorts.csv}): dates written as of the week of 30 November 2026, when
 * most windows are open and one cohort's window opens only in February; the boundary reads them through
 * {@link org.munacademy.shared.control.ContentCalendar}, which moves them by the whole weeks passed since, and checks
 * them by the same rules as a methodologist's input when it stores them.
 */
public final class CohortSeed {

    static final String FILE = LearningSeed.FOLDER + "cohorts.csv";

    private CohortSeed() {
    }

    /** The cohorts in file order (none when the file is missing). */
    public static List<CohortData> read(Function<String, Optional<List<Table.Row>>> csv) {
        List<CohortData> out = new ArrayList<>();
        for (Table.Row r : csv.apply(FILE).orElse(List.of())) {
            CohortData d = new CohortData();
            d.setCode(r.get("code"));
            d.setProgrammeCode(r.get("programme_code"));
            d.setStartsOn(date(r, "starts_on"));
            d.setEndsOn(date(r, "ends_on"));
            d.setEnrolFrom(date(r, "enrol_from"));
            d.setEnrolTo(date(r, "enrol_to"));
            try {
                d.setSeats(Integer.parseInt(r.get("seats")));
                d.setApproval(CohortApproval.valueOf(r.get("approval").toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ContentException(FILE, r.line(), "seats or approval invalid: " + e.getMessage());
            }
            out.add(d);
        }
        return out;
    }

    private static LocalDate date(Table.Row r, String column) {
        try {
            return LocalDate.parse(r.get(column));
        } catch (DateTimeParseException e) {
            throw new ContentException(FILE, r.line(), column + " is not a date yyyy-mm-dd: " + r.get(column));
        }
    }
}
