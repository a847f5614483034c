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
import java.time.LocalDate;
import java.time.Period;

/**
 * A date of birth that can be a municipal employee's: not in the future ({@code person.birthDate.future}) and
 * giving an age from {@link #minAge} to {@link #maxAge} years today ({@code person.birthDate.age}); null means
 * none. 14 is the youngest age the Labour Code (art. 63) allows a work contract at, 100 catches a mistyped year.
 * "Today" comes from the validator's clock provider.
 */
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = PlausibleBirthDate.Check.class)
public @interface PlausibleBirthDate {

    String message() default "{person.birthDate.age}";

    int minAge() default 14;

    int maxAge() default 100;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind the annotation. */
    class Check implements ConstraintValidator<PlausibleBirthDate, LocalDate> {
        private int minAge;
        private int maxAge;

        @Override
        public void initialize(PlausibleBirthDate annotation) {
            minAge = annotation.minAge();
            maxAge = annotation.maxAge();
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            LocalDate today = LocalDate.now(context.getClockProvider().getClock());
            if (value.isAfter(today)) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{person.birthDate.future}").addConstraintViolation();
                return false;
            }
            int age = Period.between(value, today).getYears();
            return age >= minAge && age <= maxAge;
        }
    }
}
