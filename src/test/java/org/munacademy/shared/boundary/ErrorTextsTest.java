package org.munacademy.shared.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.AssessmentError;
import org.munacademy.assessment.entity.StaleSequenceException;
import org.munacademy.identity.entity.DuplicateLoginException;
import org.munacademy.identity.entity.IdentityError;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.InvalidInputException.FieldError;
import org.munacademy.shared.entity.InvalidInputException.Violation;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.SharedError;

class ErrorTextsTest {

    @Test
    void a_failure_reads_in_the_language_the_client_accepts_and_in_english_when_it_names_none_we_speak() {
        DuplicateLoginException e = new DuplicateLoginException("hr");

        assertThat(e.text(ErrorTexts.accepting(List.of(Locale.forLanguageTag("ru-RU"), Locale.ENGLISH))))
                .isEqualTo("Логин hr уже занят");
        assertThat(e.text(ErrorTexts.accepting(List.of(Locale.forLanguageTag("de"), Locale.ENGLISH))))
                .isEqualTo("The user name hr is already taken");
        assertThat(e.text(ErrorTexts.accepting(List.of(Locale.forLanguageTag("de"))))).isEqualTo(
                e.text(ErrorTexts.IN_ENGLISH));
        assertThat(e.text(ErrorTexts.accepting(null))).isEqualTo(e.text(ErrorTexts.IN_ENGLISH));
    }

    @Test
    void the_exception_message_is_for_developers_and_names_the_code_and_its_arguments() {
        NotFoundException e = new NotFoundException(AssessmentError.TEST_NOT_FOUND, 12345L);

        assertThat(e.getMessage()).isEqualTo("assessment.TEST_NOT_FOUND [12345]");
        assertThat(e.code().key()).isEqualTo("error.assessment.TEST_NOT_FOUND");
        assertThat(e.status()).isEqualTo(404);
    }

    @Test
    void ids_are_written_without_digit_grouping_in_both_languages() {
        NotFoundException e = new NotFoundException(AssessmentError.TEST_NOT_FOUND, 1234567L);

        assertThat(e.text(ErrorTexts.IN_ENGLISH)).isEqualTo("Test 1234567 not found");
        assertThat(e.text(ErrorTexts.in(ErrorTexts.RUSSIAN))).isEqualTo("Тест 1234567 не найден");
        assertThat(new StaleSequenceException(12000, 11999).text(ErrorTexts.IN_ENGLISH))
                .contains("expected number 12000, received 11999");
    }

    @Test
    void field_errors_carry_their_own_codes_and_the_first_one_is_the_failures_text() {
        InvalidInputException e = new InvalidInputException(List.of(
                new Violation("newPassword", IdentityError.NEW_PASSWORD_TOO_SHORT, 10),
                new Violation("currentPassword", IdentityError.CURRENT_PASSWORD_WRONG)));

        assertThat(e.code()).isEqualTo(SharedError.VALIDATION_FAILED);
        assertThat(e.errors(ErrorTexts.in(ErrorTexts.RUSSIAN))).containsExactly(
                new FieldError("newPassword", "Новый пароль должен содержать не меньше 10 символов",
                        "NEW_PASSWORD_TOO_SHORT", null),
                new FieldError("currentPassword", "Текущий пароль введён неверно", "CURRENT_PASSWORD_WRONG", null));
        assertThat(e.text(ErrorTexts.IN_ENGLISH)).isEqualTo("The new password must have at least 10 characters");
    }

    @Test
    void the_problem_response_takes_status_code_and_detail_from_the_error_code() {
        Problem problem = ProblemMappers.business(new InvalidInputException("level",
                org.munacademy.competency.entity.CompetencyError.LEVEL_OUTSIDE_SCALE, 4),
                ErrorTexts.in(ErrorTexts.RUSSIAN));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(problem.detail()).isEqualTo("В шкале уровней: 4");
        assertThat(problem.errors()).containsExactly(new FieldError("level", "В шкале уровней: 4",
                "LEVEL_OUTSIDE_SCALE", null));
    }

    @Test
    void an_unknown_key_shows_itself_rather_than_a_text_in_another_language() {
        assertThat(ErrorTexts.IN_ENGLISH.text("error.shared.NO_SUCH_CODE")).isEqualTo("!error.shared.NO_SUCH_CODE!");
        assertThat(ErrorTexts.IN_ENGLISH.text("error.nosuchcontext.X")).isEqualTo("!error.nosuchcontext.X!");
    }

    // dbrestart

    @Test
    void a_lost_or_refused_database_connection_is_told_apart_from_other_failures_wherever_it_is_wrapped() {
        java.sql.SQLException linkFailure = new java.sql.SQLException("Communications link failure", "08S01");
        assertThat(ProblemMappers.databaseUnavailable(new IllegalStateException("commit",
                new RuntimeException("query", linkFailure)))).isSameAs(linkFailure);
        assertThat(ProblemMappers.databaseUnavailable(new java.sql.SQLTransientConnectionException("pool")))
                .isNotNull();
        assertThat(ProblemMappers.databaseUnavailable(new RuntimeException(
                new java.sql.SQLNonTransientConnectionException("Could not create connection")))).isNotNull();
        // a broken statement or a constraint is the application's fault, not the database's absence
        assertThat(ProblemMappers.databaseUnavailable(new RuntimeException(
                new java.sql.SQLException("You have an error in your SQL syntax", "42000")))).isNull();
        assertThat(ProblemMappers.databaseUnavailable(new java.sql.SQLIntegrityConstraintViolationException(
                "Duplicate entry", "23000"))).isNull();
        assertThat(ProblemMappers.databaseUnavailable(new IllegalStateException("no cause"))).isNull();
        assertThat(SharedError.DATABASE_UNAVAILABLE.status()).isEqualTo(503);
    }
}
