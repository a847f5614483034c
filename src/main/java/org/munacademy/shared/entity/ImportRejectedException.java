package org.munacademy.shared.entity;

import java.util.List;
import org.munacademy.shared.entity.BusinessException;

/**
 * An import was refused as a whole (nothing is stored): every problem found is listed with where it is (a CSV
 * line number or a CASE item) and what is wrong.
 */
public class ImportRejectedException extends BusinessException {

    private final List<ImportError> errors;

    public ImportRejectedException(List<ImportError> errors) {
        super("IMPORT_REJECTED", 400, errors.size() + " error(s): " + errors.stream().limit(5)
                .map(e -> e.location() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }

    /** All errors, none left out (the message names only the first five). */
    @Override
    public List<org.munacademy.shared.entity.InvalidInputException.FieldError> details() {
        return errors.stream().map(e -> new org.munacademy.shared.entity.InvalidInputException.FieldError(
                e.location(), e.message())).toList();
    }

    /** Where an import error is ("line 12", "CFItem 5b1f…") and what is wrong. */
    public record ImportError(String location, String message) {
    }
}
