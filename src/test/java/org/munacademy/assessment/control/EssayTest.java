package org.munacademy.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.AssessmentError;
import org.munacademy.assessment.entity.BankItem;
import org.munacademy.assessment.entity.CompetencyScore;
import org.munacademy.assessment.entity.Difficulty;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.ItemContent.Criterion;
import org.munacademy.assessment.entity.ItemContent.Essay;
import org.munacademy.assessment.entity.ItemContent.LengthUnit;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.assessment.entity.Response;
import org.munacademy.assessment.entity.ScoredItem;
import org.munacademy.assessment.entity.SourcedItem;
import org.munacademy.shared.entity.InvalidInputException.Violation;

/** Essay questions: storage, exchange (GIFT, QTI), length, rubric checks and the score from a grader's marks. */
class EssayTest {

    private static final Essay RUBRIC = new Essay("Введение: …", LengthUnit.WORDS, 20, 300,
            List.of(new Criterion("Полнота", 2), new Criterion("Аргументация", 3)), "Образец: закон 131-ФЗ, ст. 28");
    private static final ItemContent ESSAY = ItemContent.essay("Опишите порядок публичных слушаний.", RUBRIC,
            "Спасибо за ответ");

    @Test
    void an_essay_is_stored_and_read_back_exactly() {
        assertThat(ItemJson.readContent(ItemJson.write(ESSAY))).isEqualTo(ESSAY);
        assertThat(ItemJson.write(ESSAY)).contains("\"essay\":{").contains("\"rubric\":[");
    }

    @Test
    void other_types_carry_no_essay_part_and_an_essay_without_one_gets_a_single_one_point_criterion() {
        ItemContent shortText = new ItemContent(QuestionType.SHORT_TEXT, "?", List.of(), null, null, null, RUBRIC);
        assertThat(shortText.essay()).isNull();
        ItemContent bare = ItemContent.essay("?", null, null);
        assertThat(bare.essay().rubric()).containsExactly(new Criterion("Оценка", 1));
        assertThat(bare.essay().maxPoints()).isEqualTo(1);
    }

    @Test
    void a_moodle_essay_is_read_from_gift_as_an_essay_and_written_back_as_an_empty_block() {
        List<SourcedItem> read = Gift.read("$CATEGORY: MUN-COMP/DIG-01/2\n\n::Эссе::Опишите порядок слушаний.{}\n");

        ItemContent c = read.get(0).item().content();
        assertThat(c.type()).isEqualTo(QuestionType.ESSAY);
        assertThat(c.stem()).isEqualTo("Опишите порядок слушаний.");
        String written = Gift.write(List.of(read.get(0).item()));
        assertThat(written).contains("Опишите порядок слушаний. {\n}");
        assertThat(Gift.read(written)).extracting(SourcedItem::item).containsExactly(read.get(0).item());
    }

    @Test
    void the_rubric_travels_in_gift_as_our_rubric_comment() {
        BankItem item = new BankItem("ESSAY-2", "DIG-01", 2, Difficulty.HARD, ItemContent.essay("Опишите.",
                new Essay(null, LengthUnit.WORDS, null, null, RUBRIC.rubric(), null), "Отзыв"));

        String written = Gift.write(List.of(item));
        assertThat(written).contains("[rubric: Полнота=2; Аргументация=3]");
        assertThat(Gift.read(written).get(0).item().content()).isEqualTo(item.content());
    }

    @Test
    void an_essay_with_general_feedback_only_is_an_essay_too() {
        ItemContent c = Gift.read("$CATEGORY: MUN-COMP/DIG-01/2\n\nQ {####только общий отзыв}\n").get(0).item()
                .content();
        assertThat(c.type()).isEqualTo(QuestionType.ESSAY);
        assertThat(c.generalFeedback()).isEqualTo("только общий отзыв");
    }

    @Test
    void an_essay_goes_to_qti_as_an_extended_text_interaction_and_comes_back_with_template_limit_rubric_and_note() {
        Essay characters = new Essay("Шаблон", LengthUnit.CHARACTERS, null, 1500, List.of(new Criterion("Полнота", 2),
                new Criterion("Аргументация", 1.5)), "Образец ответа");
        BankItem item = new BankItem("ESSAY-1", "DIG-01", 2, Difficulty.MEDIUM,
                ItemContent.essay("Опишите порядок слушаний.", characters, null));

        byte[] zip = QtiPackage.write(List.of(item));
        String xml = itemXml(zip);
        assertThat(xml).contains("<extendedTextInteraction").contains("placeholderText=\"Шаблон\"")
                .contains("expectedLength=\"1500\"").contains("<rubricBlock view=\"scorer\"")
                .containsPattern("<td>Аргументация</td>\\s*<td>1.5</td>")
                .doesNotContain("<responseProcessing");
        ItemContent back = QtiPackage.read(zip).get(0).item().content();
        assertThat(back).isEqualTo(item.content());
    }

    @Test
    void length_counts_words_or_characters() {
        assertThat(RUBRIC.length("Один, два —   три!\nчетыре 5")).isEqualTo(5);
        assertThat(RUBRIC.length("   ")).isZero();
        Essay chars = new Essay(null, LengthUnit.CHARACTERS, null, 10, RUBRIC.rubric(), null);
        assertThat(chars.length("  Привет  ")).isEqualTo(6);
    }

    @Test
    void an_essay_is_never_scored_automatically_and_accepts_any_text() {
        assertThat(Scoring.score(ESSAY, Response.text("Подробный ответ"))).isZero();
        assertThat(Scoring.isValid(ESSAY, Response.text("Подробный ответ"))).isTrue();
        assertThat(Scoring.isValid(ESSAY, Response.choice(0))).isFalse();
        assertThat(QuestionType.ESSAY.gradedManually()).isTrue();
        assertThat(QuestionType.SHORT_TEXT.gradedManually()).isFalse();
    }

    @Test
    void the_score_is_the_marks_over_the_rubric_maximum() {
        assertThat(Scoring.essayScore(RUBRIC, List.of(1.0, 3.0))).isCloseTo(0.8, within(1e-12));
        assertThat(Scoring.essayScore(RUBRIC, List.of(2.0, 3.0))).isEqualTo(1);
        assertThat(Scoring.essayScore(RUBRIC, List.of(0.0, 0.0))).isZero();
        assertThatThrownBy(() -> Scoring.essayScore(RUBRIC, List.of(1.0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void marks_above_a_criterions_maximum_or_missing_name_the_criterion() {
        assertThat(Scoring.checkPoints(RUBRIC, List.of(2.0, 3.0))).isEmpty();
        List<Violation> over = Scoring.checkPoints(RUBRIC, List.of(2.5, -1.0));
        assertThat(over).extracting(Violation::code).containsExactly(AssessmentError.ESSAY_POINTS_RANGE,
                AssessmentError.ESSAY_POINTS_RANGE);
        assertThat(over.get(0).args()).containsExactly("Полнота", "2", "2,5");
        assertThat(over.get(1).args()[0]).isEqualTo("Аргументация");
        assertThat(Scoring.checkPoints(RUBRIC, List.of(1.0))).extracting(Violation::code)
                .containsExactly(AssessmentError.ESSAY_POINTS_COUNT);
    }

    @Test
    void an_essay_needs_a_rubric_of_named_criteria_with_positive_maxima_and_consistent_limits() {
        assertThat(Scoring.check(ESSAY)).isEmpty();
        ItemContent bad = ItemContent.essay("?", new Essay(null, LengthUnit.WORDS, 300, 20,
                List.of(new Criterion(" ", 0)), null), null);
        assertThat(Scoring.check(bad)).extracting(Violation::code).containsExactly(
                AssessmentError.ESSAY_CRITERION_NAME, AssessmentError.ESSAY_CRITERION_MAX,
                AssessmentError.ESSAY_LIMITS);
        ItemContent none = ItemContent.essay("?", new Essay(null, null, null, null, List.of(), null), null);
        assertThat(Scoring.check(none)).extracting(Violation::code).containsExactly(AssessmentError.ESSAY_NO_RUBRIC);
    }

    @Test
    void a_graded_essay_counts_in_its_competency_like_any_item() {
        double essay = Scoring.essayScore(RUBRIC, List.of(2.0, 2.0)); // 0.8
        List<CompetencyScore> results = ResultCalculator.compute(
                List.of(new ScoredItem("DIG-01", 1), new ScoredItem("DIG-01", essay)),
                ResultCalculator.defaultCuts(4), 4);
        assertThat(results.get(0).percent()).isCloseTo(90, within(1e-9));
        assertThat(results.get(0).level()).isEqualTo(4);
    }

    @Test
    void the_anonymous_code_of_an_attempt_names_no_person_and_differs_between_attempts() {
        String a = org.munacademy.assessment.entity.Attempt.anonymousCode(41);
        assertThat(a).startsWith("A-").isNotEqualTo(org.munacademy.assessment.entity.Attempt.anonymousCode(42));
    }

    /** The item file of a one-item package. */
    private static String itemXml(byte[] zip) {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (text.contains("<assessmentItem")) {
                    return text;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no item in the package");
    }
}
