package org.munacademy.shared.entity;

import java.util.Arrays;
import java.util.List;

/**
 * Input that breaks a rule Bean Validation cannot express (a reference to an unknown municipality, a date in
 * the future). Carries field-level errors like a constraint violation does: each names the field, the
 * {@link ErrorCode} of what is wrong and the text's arguments; the problem's own code is
 * {@link SharedError#VALIDATION_FAILED} and its text is the first field's.
 */
public class InvalidInputException extends BusinessException {

    private final List<Violation> violations;

    public InvalidInputException(String field, ErrorCode code, Object... args) {
        this(List.of(new Violation(field, code, args)));
    }

    public InvalidInputException(List<Violation> violations) {
        super(SharedError.VALIDATION_FAILED, violations.stream().map(Violation::toString).toArray());
        this.violations = List.copyOf(violations);
    }

    /** The invalid fields with their codes and arguments. */
    public List<Violation> violations() {
        return violations;
    }

    /** Each invalid field with its text in the language {@code texts} speaks. */
    public List<FieldError> errors(Texts texts) {
        return violations.stream().map(v -> v.render(texts)).toList();
    }

    /** The first field's text (or the general "check the fields" text). */
    @Override
    public String text(Texts texts) {
        return violations.isEmpty() ? texts.text(code().key()) : violations.get(0).render(texts).message();
    }

    @Override
    public List<FieldError> details(Texts texts) {
        return errors(texts);
    }

    /**
     * One field (or place of an imported file) and what is wrong with it, as a user reads it.
     *
     * @param field    the field's name, or the place's machine form ("line 12"): stable for API clients
     * @param message  what is wrong, in the reader's language
     * @param code     the code of what is wrong (stable for API clients), null when the rule has none (a Bean
     *                 Validation constraint)
     * @param location for a place in a file, the place as a user reads it ("строка 12"); null for a field
     */
    public record FieldError(String field, String message, String code, String location) {

        public FieldError(String field, String message) {
            this(field, message, null, null);
        }
    }

    /** One field, the code of what is wrong with it and the arguments of its text. */
    public record Violation(String field, ErrorCode code, Object... args) {

        public Violation {
            args = args.clone();
        }

        /** The field with its text in the language {@code texts} speaks. */
        public FieldError render(Texts texts) {
            return new FieldError(field, texts.render(code.key(), args), code.name(), null);
        }

        @Override
        public Object[] args() {
            return args.clone();
        }

        @Override
        public String toString() {
            return field + ": " + code.name() + Arrays.toString(args);
        }
    }
}
