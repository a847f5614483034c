package org.munacademy.identity.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * A СНИЛС as people write it ({@code 112-233-445 95}, with or without dashes and spaces) whose checksum holds
 * ({@link Snils#valid}); null or blank means none. Not eleven digits is {@code person.snils.format}, a wrong
 * checksum {@code person.snils.checksum} — the same rule the staff-list import applies to its rows.
 */
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = ValidSnils.Check.class)
public @interface ValidSnils {

    String message() default "{person.snils.checksum}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the annotation. */
    class Check implements ConstraintValidator<ValidSnils, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            Optional<String> digits = Snils.digits(value);
            if (digits.isEmpty()) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{person.snils.format}").addConstraintViolation();
                return false;
            }
            return Snils.valid(digits.get());
        }
    }
}
