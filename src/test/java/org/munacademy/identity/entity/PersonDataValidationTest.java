package org.munacademy.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules on what may be entered about a person and an account, checked as the form, REST and facade do. */
class PersonDataValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    /** A person who passes every rule; each test breaks one. */
    private static PersonData validPerson() {
        PersonData p = new PersonData();
        p.setLastName("Ivanova");
        p.setFirstName("Maria");
        p.setMiddleName("Petrovna");
        p.setEmail("m.ivanova@vologda-city.ru");
        p.setPhone("+7 (8172) 72-00-00");
        p.setMunicipalityId(19701000L);
        p.setConsentGiven(true);
        p.setConsentDate(LocalDate.now().minusDays(3));
        return p;
    }

    private static AccountData validAccount() {
        AccountData a = new AccountData();
        a.setUsername("m.ivanova");
        a.setPassword("long-enough-7");
        a.setGrants(List.of(new AccountData.GrantData(Role.EMPLOYEE, ScopeType.NATIONAL, null, null)));
        return a;
    }

    private static <T> Set<ConstraintViolation<T>> check(T bean) {
        return validator.validate(bean);
    }

    private static void assertOneViolationOn(Set<? extends ConstraintViolation<?>> violations, String property,
            String messageKey) {
        assertThat(violations).hasSize(1);
        ConstraintViolation<?> v = violations.iterator().next();
        assertThat(v.getPropertyPath().toString()).isEqualTo(property);
        assertThat(v.getMessageTemplate()).isEqualTo("{" + messageKey + "}");
        assertThat(v.getMessage()).as("message resolved from ValidationMessages").doesNotStartWith("{").isNotBlank();
    }

    @Test
    void a_complete_person_has_no_violations() {
        assertThat(check(validPerson())).isEmpty();
    }

    @Test
    void a_person_needs_only_names_and_municipality() {
        PersonData p = new PersonData();
        p.setLastName("Ivanova");
        p.setFirstName("Maria");
        p.setMunicipalityId(1L);

        assertThat(check(p)).isEmpty();
    }

    @Test
    void a_missing_last_name_is_a_violation_on_the_last_name() {
        PersonData p = validPerson();
        p.setLastName("  ");

        assertOneViolationOn(check(p), "lastName", "person.lastName.required");
    }

    @Test
    void a_last_name_longer_than_the_column_is_a_violation() {
        PersonData p = validPerson();
        p.setLastName("x".repeat(Person.NAME_MAX + 1));

        assertOneViolationOn(check(p), "lastName", "person.name.size");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ivanov@", "no-at-sign", "ivanov@localhost", "two@@example.ru", "space in@example.ru"})
    void a_malformed_email_is_a_violation_on_the_email(String email) {
        PersonData p = validPerson();
        p.setEmail(email);

        Set<ConstraintViolation<PersonData>> violations = check(p);

        assertThat(violations).isNotEmpty()
                .allSatisfy(v -> assertThat(v.getPropertyPath().toString()).isEqualTo("email"))
                .anySatisfy(v -> assertThat(v.getMessageTemplate()).isEqualTo("{person.email.format}"));
    }

    @Test
    void a_blank_email_counts_as_none() {
        PersonData p = validPerson();
        p.setEmail("   ");

        assertThat(p.getEmail()).isNull();
        assertThat(check(p)).isEmpty();
    }

    @Test
    void a_phone_with_letters_is_a_violation_on_the_phone() {
        PersonData p = validPerson();
        p.setPhone("call me");

        assertOneViolationOn(check(p), "phone", "person.phone.format");
    }

    @Test
    void citizenship_is_a_three_digit_oksm_code_and_sex_one_of_the_two() {
        PersonData p = validPerson();
        p.setSex(Sex.FEMALE);
        p.setCitizenship("643");
        assertThat(check(p)).isEmpty();
        p.setCitizenship("RUS");
        assertOneViolationOn(check(p), "citizenship", "person.citizenship.format");
        p.setCitizenship("6430");
        assertOneViolationOn(check(p), "citizenship", "person.citizenship.format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"112-233-445 95", "11223344595", " 112 233 445 95 ", "001-001-998 00"})
    void a_snils_with_its_checksum_is_accepted_with_or_without_dashes(String snils) {
        PersonData p = validPerson();
        p.setSnils(snils);

        assertThat(check(p)).isEmpty();
    }

    @Test
    void a_snils_with_a_wrong_checksum_is_a_violation_on_the_snils() {
        PersonData p = validPerson();
        p.setSnils("112-233-445 96");

        assertOneViolationOn(check(p), "snils", "person.snils.checksum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"112-233-445", "1122334459A", "112-233-445 955", "снилс"})
    void a_snils_that_is_not_eleven_digits_is_a_violation_on_the_snils(String snils) {
        PersonData p = validPerson();
        p.setSnils(snils);

        assertOneViolationOn(check(p), "snils", "person.snils.format");
    }

    @Test
    void a_blank_snils_counts_as_none() {
        PersonData p = validPerson();
        p.setSnils("  ");

        assertThat(p.getSnils()).isNull();
        assertThat(check(p)).isEmpty();
    }

    @Test
    void a_date_of_birth_in_the_future_is_a_violation_on_the_date_of_birth() {
        PersonData p = validPerson();
        p.setBirthDate(LocalDate.now().plusDays(1));

        assertOneViolationOn(check(p), "birthDate", "person.birthDate.future");
    }

    @Test
    void a_date_of_birth_gives_an_age_from_14_to_100() {
        PersonData p = validPerson();
        LocalDate today = LocalDate.now();
        p.setBirthDate(today.minusYears(14));
        assertThat(check(p)).as("14 today").isEmpty();
        p.setBirthDate(today.minusYears(101).plusDays(1));
        assertThat(check(p)).as("100, the day before turning 101").isEmpty();
        p.setBirthDate(today.minusYears(14).plusDays(1));
        assertOneViolationOn(check(p), "birthDate", "person.birthDate.age");
        p.setBirthDate(today.minusYears(101));
        assertOneViolationOn(check(p), "birthDate", "person.birthDate.age");
        assertThat(check(p).iterator().next().getMessage()).contains("14").contains("100");
    }

    @Test
    void a_missing_municipality_is_a_violation_on_the_municipality() {
        PersonData p = validPerson();
        p.setMunicipalityId(null);

        assertOneViolationOn(check(p), "municipalityId", "person.municipality.required");
    }

    @Test
    void a_consent_without_its_date_is_a_violation() {
        PersonData p = validPerson();
        p.setConsentGiven(true);
        p.setConsentDate(null);

        assertOneViolationOn(check(p), "consentDated", "person.consentDate.required");
    }

    @Test
    void no_consent_needs_no_date() {
        PersonData p = validPerson();
        p.setConsentGiven(false);
        p.setConsentDate(null);

        assertThat(check(p)).isEmpty();
    }

    @Test
    void a_consent_dated_in_the_future_is_a_violation_on_the_date() {
        PersonData p = validPerson();
        p.setConsentDate(LocalDate.now().plusDays(1));

        assertOneViolationOn(check(p), "consentDate", "person.consentDate.future");
    }

    @Test
    void a_consent_dated_today_is_accepted() {
        PersonData p = validPerson();
        p.setConsentDate(LocalDate.now());

        assertThat(check(p)).isEmpty();
    }

    @Test
    void a_complete_account_has_no_violations() {
        assertThat(check(validAccount())).isEmpty();
    }

    @Test
    void an_account_without_a_new_password_is_valid_because_the_old_one_is_kept() {
        AccountData a = validAccount();
        a.setPassword("");

        assertThat(a.getPassword()).isNull();
        assertThat(check(a)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "ivan petrov", "-ivanov", ".ivanov", "иванов", "ivanov!", "ivanov@example.ru"})
    void a_badly_formed_user_name_is_a_violation_on_the_user_name(String username) {
        AccountData a = validAccount();
        a.setUsername(username);

        assertOneViolationOn(check(a), "username", "account.username.format");
    }

    @Test
    void a_user_name_is_stored_trimmed_and_lower_case() {
        AccountData a = validAccount();
        a.setUsername("  M.Ivanova ");

        assertThat(a.getUsername()).isEqualTo("m.ivanova");
        assertThat(check(a)).isEmpty();
    }

    @Test
    void a_missing_user_name_is_a_violation() {
        AccountData a = validAccount();
        a.setUsername(null);

        assertOneViolationOn(check(a), "username", "account.username.required");
    }

    @Test
    void a_too_short_password_is_a_violation_on_the_password() {
        AccountData a = validAccount();
        a.setPassword("x".repeat(AccountData.PASSWORD_MIN - 1));

        assertOneViolationOn(check(a), "password", "account.password.size");
    }

    @Test
    void a_password_of_the_minimum_length_is_accepted() {
        AccountData a = validAccount();
        a.setPassword("x".repeat(AccountData.PASSWORD_MIN));

        assertThat(check(a)).isEmpty();
    }

    @Test
    void a_grant_without_role_or_scope_is_a_violation_inside_the_list() {
        AccountData a = validAccount();
        a.setGrants(List.of(new AccountData.GrantData(null, null, null, null)));

        assertThat(check(a))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("grants[0].role", "grants[0].scopeType");
    }
}
