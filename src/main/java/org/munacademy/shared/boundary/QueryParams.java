package org.munacademy.shared.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

    /**
     * A repeated parameter naming constants of {@code type} (the set of them, empty when absent); a value that names
     * none is a 400 naming the field and listing the constants. Read as text rather than as {@code List<E>}: Payara's
     * OpenAPI document fails on a repeated enum query parameter ({@code /openapi} answers 500).
     */
    public static <E extends Enum<E>> Set<E> constants(String field, List<String> values, Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        for (String v : values == null ? List.<String>of() : values) {
            try {
                out.add(Enum.valueOf(type, v.strip()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(field, SharedError.JSON_EXPECTED_ONE_OF,
                        Arrays.toString(type.getEnumConstants()));
            }
        }
        return out;
    }
}
