package org.munacademy.shared.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.SharedError;

/** Query parameters the resources of every context read the same way, refusing bad input by naming the field. */
public final class QueryParams {

    private QueryParams() {
    }

    /** A date parameter ({@code yyyy-mm-dd}), or null when absent or blank; anything else is a 400 naming it. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, SharedError.EXPECTED_DATE);
        }
    }
}
