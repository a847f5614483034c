package org.munacademy.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.AssessmentImportError;
import org.munacademy.assessment.entity.BankItem;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.ItemContent.Option;
import org.munacademy.assessment.entity.ItemContent.Pair;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.assessment.entity.Response;
import org.munacademy.assessment.entity.RichText;
import org.munacademy.assessment.entity.SourcedItem;
import org.munacademy.shared.boundary.ErrorTexts;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;

/** The files {@code imports/moodle-doc-*.gift}, written from Moodle's GIFT documentation, one per feature group. */
class GiftMoodleDocTest {

    /** The files the bank takes (the unsupported one aside). */
    static final List<String> SUPPORTED = List.of("moodle-doc-choice.gift", "moodle-doc-short-answer.gift",
            "moodle-doc-true-false.gift", "moodle-doc-matching.gift", "moodle-doc-numeric.gift",
            "moodle-doc-options.gift");

    @Test
    void names_are_titles_and_categories_are_kept_as_tags() {
        List<BankItem> items = items("moodle-doc-choice.gift");

        assertThat(items).extracting(BankItem::title).containsExactly("Вопрос 1", "Тема 2-08 ЭП", "Частичный балл",
                "Несколько ответов");
        assertThat(items).extracting(BankItem::code).as("names with spaces or Cyrillic are no codes")
                .containsOnlyNulls();
        assertThat(items).extracting(BankItem::category).as("$course$/top/ is Moodle's, not the author's")
                .containsOnly("Бюджет/Полномочия");
        assertThat(items).extracting(BankItem::competencyCode).containsOnlyNulls();
        assertThat(items("moodle-doc-options.gift")).extracting(BankItem::code, BankItem::title)
                .as("a name that reads as a code is the code").contains(org.assertj.core.groups.Tuple.tuple("HTML",
                        null));
    }

    @Test
    void generated_codes_are_transliterated_titles_unique_in_the_file_and_the_same_on_every_import() {
        var codes = new HashSet<String>();
        assertThat(Slugs.questionCode("DIG-01", "Тема 2-08 ЭП", codes, 60)).isEqualTo("DIG-01-tema-2-08-ep");
        codes.add("dig-01-vopros-1");
        assertThat(Slugs.questionCode("DIG-01", "Вопрос 1", codes, 60)).isEqualTo("DIG-01-vopros-1-2");
        assertThat(Slugs.questionCode("DIG-01", "Вопрос 1", new HashSet<>(), 60)).isEqualTo("DIG-01-vopros-1");
        assertThat(Slugs.questionCode("DIG-01", "Я".repeat(100), new HashSet<>(), 60))
                .matches("[A-Za-z0-9._-]{1,60}");
        assertThat(Slugs.questionCode("DIG-01", "中文", new HashSet<>(), 60)).matches("DIG-01-[0-9a-f]{8}");
    }

    @Test
    void single_choice_with_partial_credit_scores_the_partial_answer_at_its_weight() {
        List<BankItem> items = items("moodle-doc-choice.gift");
        ItemContent first = items.get(0).content();
        assertThat(first.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(first.options()).containsExactly(
                Option.choice("Глава администрации", 0, "Нет, глава вносит проект."),
                Option.choice("Представительный орган", 100, "Верно."),
                Option.choice("Финансовый орган", 0, "Нет, он исполняет бюджет."));

        ItemContent gap = items.get(1).content();
        assertThat(gap.stem()).isEqualTo("Публичные слушания по проекту бюджета проводит " + Gift.GAP
                + " муниципального образования.");

        ItemContent partial = items.get(2).content();
        assertThat(partial.type()).as("an \"=\" answer makes it single choice").isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(partial.options()).extracting(Option::weight).containsExactly(0.0, 50.0, 100.0);
        assertThat(Scoring.check(partial)).isEmpty();
        assertThat(Scoring.score(partial, Response.choice(1))).isEqualTo(0.5);
        assertThat(Scoring.score(partial, Response.choice(2))).isEqualTo(1.0);
        assertThat(Scoring.score(partial, Response.choice(0))).isZero();
    }

    @Test
    void multiple_answers_with_negative_weights_lose_credit_for_a_wrong_choice() {
        ItemContent c = items("moodle-doc-choice.gift").get(3).content();

        assertThat(c.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(c.options()).extracting(Option::weight).containsExactly(50.0, 50.0, -100.0, -100.0);
        assertThat(Scoring.check(c)).isEmpty();
        assertThat(Scoring.score(c, Response.choice(0, 1))).isEqualTo(1.0);
        assertThat(Scoring.score(c, Response.choice(0))).isEqualTo(0.5);
        assertThat(Scoring.score(c, Response.choice(0, 1, 2))).isZero();
    }

    @Test
    void short_answers_accept_alternatives_partial_credit_wildcards_and_any_case() {
        List<BankItem> items = items("moodle-doc-short-answer.gift");
        ItemContent plain = items.get(0).content();
        assertThat(plain.type()).isEqualTo(QuestionType.SHORT_TEXT);
        assertThat(Scoring.score(plain, Response.text("МЕСТНЫЙ БЮДЖЕТ"))).isEqualTo(1.0);
        assertThat(Scoring.score(plain, Response.text("смета"))).isEqualTo(0.5);
        assertThat(Scoring.score(plain, Response.text("закон"))).isZero();

        ItemContent wildcard = items.get(1).content();
        assertThat(wildcard.options()).extracting(Option::text).containsExactly("Дума *", "Совет депутатов*");
        assertThat(Scoring.score(wildcard, Response.text("Дума города Москвы"))).isEqualTo(1.0);
        assertThat(Scoring.score(wildcard, Response.text("совет депутатов"))).as("* also matches nothing")
                .isEqualTo(1.0);
        assertThat(Scoring.score(wildcard, Response.text("Городская дума"))).isZero();
    }

    @Test
    void true_false_with_the_feedback_for_a_wrong_and_for_a_right_answer() {
        List<BankItem> items = items("moodle-doc-true-false.gift");
        assertThat(items.get(0).content().options()).containsExactly(
                Option.choice(ItemContent.TRUE_TEXT, 0, "Нет: устав принимает представительный орган."),
                Option.choice(ItemContent.FALSE_TEXT, 100, "Верно, устав принимает представительный орган."));
        assertThat(items.get(1).content().options()).extracting(Option::weight).containsExactly(100.0, 0.0);
        assertThat(items).extracting(BankItem::category).containsOnly("Право");
    }

    @Test
    void matching_with_a_distractor_scores_the_share_of_left_items_matched() {
        ItemContent c = items("moodle-doc-matching.gift").get(0).content();

        assertThat(c.type()).isEqualTo(QuestionType.MATCHING);
        assertThat(c.pairs()).hasSize(4).last().isEqualTo(new Pair("", "назначает выборы губернатора"));
        assertThat(c.lefts()).isEqualTo(3);
        assertThat(Scoring.check(c)).isEmpty();
        assertThat(Scoring.isValid(c, Response.order(0, 1, 2))).isTrue();
        assertThat(Scoring.isValid(c, Response.order(0, 1, 2, 3))).as("one entry per left item").isFalse();
        assertThat(Scoring.score(c, Response.order(0, 1, 2))).isEqualTo(1.0);
        assertThat(Scoring.score(c, Response.order(0, 3, 2))).as("the distractor chosen for one")
                .isCloseTo(2.0 / 3, within(1e-9));
        assertThat(AnswerText.correct(c)).doesNotContain("губернатора");
        Presentation p = new Presentation(List.of(3, 2, 1, 0), List.of(0, 1, 2, 3));
        assertThat(p.slot(1, c, null).lefts()).hasSize(3);
        assertThat(p.slot(1, c, null).rights()).hasSize(4);
    }

    @Test
    void numeric_tolerance_range_several_answers_and_the_feedback_for_any_other_answer() {
        List<BankItem> items = items("moodle-doc-numeric.gift");
        assertThat(items.get(0).content().options()).containsExactly(Option.number(10, 2, 100, null));
        assertThat(Scoring.score(items.get(0).content(), Response.text("11,5"))).isEqualTo(1.0);
        assertThat(items.get(1).content().options()).containsExactly(Option.number(3, 2, 100, null));
        ItemContent several = items.get(2).content();
        assertThat(several.options()).containsExactly(Option.number(2003, 0, 100, "Верно."),
                Option.number(2004, 0, 50, "Почти: закон вступил в силу позже."));
        assertThat(Scoring.score(several, Response.text("2004"))).isEqualTo(0.5);

        ItemContent other = items.get(3).content();
        assertThat(other.options()).containsExactly(Option.number(3, 0, 100, null),
                Option.choice(ItemContent.OTHER_ANSWER, 0, "Нет: федеральный, региональный и местный."));
        assertThat(Scoring.check(other)).isEmpty();
        assertThat(Scoring.score(other, Response.text("3"))).isEqualTo(1.0);
        assertThat(Scoring.score(other, Response.text("2"))).isZero();
        assertThat(Gift.read(Gift.write(List.of(items.get(3))))).extracting(s -> s.item().content())
                .as("written back as \"~#\"").containsExactly(other);
    }

    @Test
    void escapes_general_feedback_and_text_formats() {
        List<BankItem> items = items("moodle-doc-options.gift");
        ItemContent escaped = items.get(0).content();
        assertThat(escaped.stem()).isEqualTo("Какая запись верна: 2 = 2, a ~ b, #1, {x}, время 12:30?");
        assertThat(escaped.options().get(0).feedback()).isEqualTo("Так и есть: { и } — это скобки.");
        assertThat(escaped.generalFeedback()).isEqualTo("Экранированные символы показываются как есть.");
        assertThat(items.get(1).content().stem()).isEqualTo(RichText.of("<p>Какой орган <b>исполняет</b> бюджет?</p>"));
        assertThat(items.get(1).content().options()).extracting(Option::text)
                .containsExactly("Местная администрация", "Избирательная комиссия");
        assertThat(items.get(2).content().stem()).as("Markdown is rendered, then kept as rich text")
                .isEqualTo(RichText.of("<p>Как называется <strong>высшее</strong> должностное лицо муниципального "
                        + "образования?</p>"));
    }

    @Test
    void every_documented_file_reads_and_writes_back_to_equal_items() {
        for (String file : SUPPORTED) {
            List<BankItem> items = items(file);
            assertThat(items).as(file).isNotEmpty();
            assertThat(Gift.read(Gift.write(items))).extracting(SourcedItem::item).as(file)
                    .containsExactlyElementsOf(items);
        }
    }

    @Test
    void a_description_is_an_error_of_its_question_with_line_and_title_while_the_essay_beside_it_is_read() {
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> Gift.read(text("moodle-doc-unsupported.gift")));

        assertThat(e.errors()).extracting(ImportError::code)
                .containsExactly(AssessmentImportError.GIFT_NO_ANSWER_BLOCK);
        ErrorTexts russian = ErrorTexts.in(ErrorTexts.RUSSIAN);
        assertThat(e.errors()).extracting(err -> err.location().text(russian))
                .containsExactly("строка 4 (вопрос «Описание»)");
        assertThat(e.errors()).extracting(err -> err.location().field()).containsExactly("line 4");
    }

    @Test
    void all_documented_files_together_read_as_one_bank() {
        String all = String.join("\n\n", SUPPORTED.stream().map(GiftMoodleDocTest::text).toList());
        List<SourcedItem> items = Gift.read(all);
        assertThat(items).hasSize(16);
        assertThat(items).extracting(s -> s.item().content().type()).containsOnly(QuestionType.SINGLE_CHOICE,
                QuestionType.MULTIPLE_CHOICE, QuestionType.SHORT_TEXT, QuestionType.TRUE_FALSE, QuestionType.MATCHING,
                QuestionType.NUMERIC);
    }

    static List<BankItem> items(String file) {
        return Gift.read(text(file)).stream().map(SourcedItem::item).toList();
    }

    static String text(String file) {
        try (InputStream in = GiftMoodleDocTest.class.getResourceAsStream("/imports/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
