package org.munacademy.contest.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.munacademy.contest.entity.FieldProblem;
import org.munacademy.contest.entity.FieldProblemKind;
import org.munacademy.contest.entity.FieldType;
import org.munacademy.contest.entity.QuestionField;

class QuestionnaireTest {

    private static final QuestionField ESSAY = new QuestionField("essay", "Эссе", FieldType.LONG_TEXT, true, 10,
            null, null, null);
    private static final QuestionField YEARS = new QuestionField("years", "Стаж", FieldType.NUMBER, true, null,
            BigDecimal.ZERO, new BigDecimal("50"), null);
    private static final QuestionField BORN = new QuestionField("born", "Дата рождения", FieldType.DATE, false, null,
            null, null, null);
    private static final QuestionField LEVEL = new QuestionField("level", "Уровень", FieldType.CHOICE, false, null,
            null, null, List.of("поселение", "район", "город"));
    private static final QuestionField PHOTO = new QuestionField("photo", "Фото", FieldType.FILE, true, null, null,
            null, null);
    private static final List<QuestionField> FORM = List.of(ESSAY, YEARS, BORN, LEVEL, PHOTO);

    private static Map<String, String> valid() {
        Map<String, String> answers = new HashMap<>();
        answers.put("essay", "Коротко.");
        answers.put("years", "12,5");
        answers.put("born", "1990-05-17");
        answers.put("level", "район");
        answers.put("photo", "sha256:ab12");
        return answers;
    }

    private static List<FieldProblem> with(String code, String answer) {
        Map<String, String> answers = valid();
        answers.put(code, answer);
        return Questionnaire.validate(FORM, answers);
    }

    @Test
    void complete_valid_answers_have_no_problems() {
        assertThat(Questionnaire.validate(FORM, valid())).isEmpty();
    }

    @Test
    void required_fields_without_an_answer_or_with_a_blank_one_are_missing_but_a_file_comes_later() {
        Map<String, String> answers = valid();
        answers.remove("photo");
        answers.put("essay", "   ");
        answers.remove("born");

        // a FILE field is answered by an attachment uploaded to the application once it exists
        assertThat(Questionnaire.validate(FORM, answers)).containsExactly(
                new FieldProblem("essay", FieldProblemKind.REQUIRED_MISSING, List.of()));
        assertThat(Questionnaire.validate(FORM, null)).extracting(FieldProblem::fieldCode)
                .containsExactly("essay", "years");
    }

    @Test
    void the_length_limit_counts_characters_and_admits_exactly_the_maximum() {
        assertThat(with("essay", "Ёлка-ёлка!")).isEmpty();
        assertThat(with("essay", "Ёлка-ёлка!!")).containsExactly(
                new FieldProblem("essay", FieldProblemKind.TOO_LONG, List.of("10", "11")));
    }

    @Test
    void a_number_must_be_written_as_one_and_lie_in_the_inclusive_range() {
        assertThat(with("years", "50")).isEmpty();
        assertThat(with("years", "0")).isEmpty();
        assertThat(with("years", "50.01")).containsExactly(
                new FieldProblem("years", FieldProblemKind.ABOVE_MAX, List.of("50.01", "50")));
        assertThat(with("years", "-1")).containsExactly(
                new FieldProblem("years", FieldProblemKind.BELOW_MIN, List.of("-1", "0")));
        assertThat(with("years", "десять")).containsExactly(
                new FieldProblem("years", FieldProblemKind.NOT_A_NUMBER, List.of("десять")));
        assertThat(with("years", "1e3")).extracting(FieldProblem::kind).containsExactly(FieldProblemKind.NOT_A_NUMBER);
        assertThat(with("years", "1 000")).extracting(FieldProblem::kind)
                .containsExactly(FieldProblemKind.NOT_A_NUMBER);
    }

    @Test
    void a_date_must_be_written_yyyy_mm_dd_and_exist() {
        assertThat(with("born", "2024-02-29")).isEmpty();
        assertThat(with("born", "2023-02-29")).containsExactly(
                new FieldProblem("born", FieldProblemKind.NOT_A_DATE, List.of("2023-02-29")));
        assertThat(with("born", "17.05.1990")).extracting(FieldProblem::kind)
                .containsExactly(FieldProblemKind.NOT_A_DATE);
        assertThat(with("born", "1990-5-17")).extracting(FieldProblem::kind)
                .containsExactly(FieldProblemKind.NOT_A_DATE);
    }

    @Test
    void a_choice_must_be_one_of_the_choices() {
        assertThat(with("level", "область")).containsExactly(
                new FieldProblem("level", FieldProblemKind.NOT_A_CHOICE, List.of("область")));
    }

    @Test
    void answers_to_unknown_fields_are_problems_listed_after_the_fields_alphabetically() {
        Map<String, String> answers = valid();
        answers.put("zeta", "x");
        answers.put("alpha", "y");
        answers.put("years", "abc");

        assertThat(Questionnaire.validate(FORM, answers)).containsExactly(
                new FieldProblem("years", FieldProblemKind.NOT_A_NUMBER, List.of("abc")),
                new FieldProblem("alpha", FieldProblemKind.UNKNOWN_FIELD, List.of()),
                new FieldProblem("zeta", FieldProblemKind.UNKNOWN_FIELD, List.of()));
    }
}
