package org.munacademy.shared.entity;

import java.util.List;

/**
 * Input that breaks a rule Bean Validation cannot express (a reference to an unknown municipality, a date in
 * the future). Carries field-level errors like a constraint violation does.
 */
public class InvalidInputException extends BusinessException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("VALIDATION_FAILED", 400, errors.isEmpty() ? "Invalid input" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
