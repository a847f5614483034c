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

    /** One field and what is wrong with it, as a user reads it. */
    public record FieldError(String field, String message) {
    }

    /** One field, the code of what is wrong with it and the arguments of its text. */
    public record Violation(String field, ErrorCode code, Object... args) {

        public Violation {
            args = args.clone();
        }

        /** The field with its text in the language {@code texts} speaks. */
        public FieldError render(Texts texts) {
            return new FieldError(field, texts.text(code.key(), args));
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
