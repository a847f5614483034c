package org.munacademy.shared.entity;

import java.util.List;
import org.munacademy.shared.entity.InvalidInputException.FieldError;
import org.munacademy.shared.entity.InvalidInputException.Violation;

/**
 * A request body that is not the JSON the endpoint expects: broken syntax, nesting deeper than allowed, or a
 * value of the wrong type (a string where a boolean belongs, a fraction or an out-of-range number where an integer
 * belongs, an unknown enum constant, a malformed date, {@code null} inside a list). Answered with 400 and code
 * {@code MALFORMED_JSON}, naming the path of each offending value ({@code response.choices[1]}); the text is our own,
 * never the JSON library's message. Nothing is coerced: a value the client did not mean is never stored.
 */
public class MalformedJsonException extends BusinessException {

    private final List<Violation> violations;

    public MalformedJsonException(List<Violation> violations) {
        super(SharedError.MALFORMED_JSON, violations.stream().map(Violation::toString).toArray());
        this.violations = List.copyOf(violations);
    }

    public MalformedJsonException(String path, ErrorCode code, Object... args) {
        this(List.of(new Violation(path, code, args)));
    }

    /** The offending values with their codes and arguments. */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * One problem: its path and text ({@code response.choices[1]: Expected a string}); several: how many (each is in
     * the details).
     */
    @Override
    public String text(Texts texts) {
        if (violations.size() == 1) {
            FieldError only = violations.get(0).render(texts);
            return only.field().isEmpty() ? only.message() : only.field() + ": " + only.message();
        }
        return texts.text("error.shared.MALFORMED_JSON.many", violations.size());
    }

    @Override
    public List<FieldError> details(Texts texts) {
        return violations.stream().map(v -> v.render(texts)).toList();
    }
}
