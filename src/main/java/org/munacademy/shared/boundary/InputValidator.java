package org.munacademy.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Bean Validation of boundary input, called explicitly after the capability check: a caller who may not do
 * something learns that (403), not which fields they got wrong (400). Method-level {@code @Valid} would validate
 * first.
 */
@ApplicationScoped
public class InputValidator {

    @Inject
    Validator validator;

    public <T> T validate(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input;
    }
}
