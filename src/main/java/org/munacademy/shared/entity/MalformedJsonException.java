package org.munacademy.shared.entity;

import java.util.List;
import org.munacademy.shared.entity.InvalidInputException.FieldError;

/**
 * A request body that is not the JSON the endpoint expects: broken syntax, nesting deeper than allowed, or a
 * value of the wrong type (a string where a boolean belongs, a fraction or an out-of-range number where an integer
 * belongs, an unknown enum constant, a malformed date, {@code null} inside a list). Answered with 400 and code
 * {@code MALFORMED_JSON}, naming the path of each offending value ({@code response.choices[1]}); the text is our own,
 * never the JSON library's message. Nothing is coerced: a value the client did not mean is never stored.
 */
public class MalformedJsonException extends BusinessException {

    private final List<FieldError> errors;

    public MalformedJsonException(List<FieldError> errors) {
        super("MALFORMED_JSON", 400, errors.isEmpty() ? "The request body is not valid JSON"
                : errors.size() == 1 ? errors.get(0).field().isEmpty() ? errors.get(0).message()
                        : errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " values in the request body are malformed");
        this.errors = List.copyOf(errors);
    }

    public MalformedJsonException(String path, String message) {
        this(List.of(new FieldError(path, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
