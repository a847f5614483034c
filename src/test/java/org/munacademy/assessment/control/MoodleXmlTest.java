package org.munacademy.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.AssessmentImportError;
import org.munacademy.assessment.entity.AssessmentPlace;
import org.munacademy.assessment.entity.BankItem;
import org.munacademy.assessment.entity.Difficulty;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.ItemContent.Option;
import org.munacademy.assessment.entity.ItemContent.Pair;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.assessment.entity.RichText;
import org.munacademy.assessment.entity.SourcedItem;
import org.munacademy.shared.boundary.ErrorTexts;
import org.munacademy.shared.entity.FileRefs;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.Location;
import org.munacademy.shared.entity.SharedPlace;

/** Moodle XML files written from Moodle's documentation of the format (src/test/resources/moodlexml). */
class MoodleXmlTest {

    /** The 1×1 PNG embedded in image.xml. */
    static final byte[] RED_DOT = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    static byte[] file(String name) {
        try (InputStream in = MoodleXmlTest.class.getResourceAsStream("/moodlexml/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<SourcedItem> read(String name) {
        return MoodleXml.read(file(name), new ItemMedia());
    }

    @Test
    void a_single_answer_multichoice_keeps_partial_credit_answer_feedback_general_feedback_and_its_title() {
        List<SourcedItem> items = read("multichoice.xml");

        assertThat(items).hasSize(2);
        SourcedItem single = items.get(0);
        assertThat(single.location()).isEqualTo(Location.of(AssessmentPlace.MOODLE_QUESTION, 1,
                "Бюджетный кодекс: статья"));
        assertThat(single.location().field()).isEqualTo("question 1");
        BankItem item = single.item();
        assertThat(item.code()).isNull(); // a name with spaces is the title; the bank makes the code
        assertThat(item.title()).isEqualTo("Бюджетный кодекс: статья");
        assertThat(item.competencyCode()).isNull();
        assertThat(item.difficulty()).isEqualTo(Difficulty.MEDIUM);
        ItemContent c = item.content();
        assertThat(c.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(c.stem()).isEqualTo(RichText.of("<p>Какой документ устанавливает <b>бюджетную классификацию</b>?"
                + "</p>"));
        assertThat(c.generalFeedback()).isEqualTo("См. главу 4 Бюджетного кодекса.");
        assertThat(c.options()).extracting(Option::text, Option::weight, Option::feedback).containsExactly(
                tuple("Бюджетный кодекс", 100.0, "Верно — статья 18."),
                tuple("Приказ Минфина", 50.0, "Порядок применения — да, но не сама классификация."),
                tuple("Устав муниципального образования", 0.0, null));
        assertThat(Scoring.check(c)).isEmpty();
    }

    @Test
    void a_multiple_answer_multichoice_takes_the_fractions_as_weights_and_a_code_like_name_as_the_code() {
        BankItem item = read("multichoice.xml").get(1).item();

        assertThat(item.code()).isEqualTo("MC-MULTI-1");
        assertThat(item.title()).isNull();
        ItemContent c = item.content();
        assertThat(c.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        // moodle_auto_format keeps the author's line break
        assertThat(c.stem()).isEqualTo("Какие из органов относятся к органам местного самоуправления?\n"
                + "Выберите все верные.");
        assertThat(c.generalFeedback()).isNull();
        assertThat(c.options()).extracting(Option::text, Option::weight).containsExactly(
                tuple("Представительный орган", 33.33333), tuple("Глава муниципального образования", 33.33333),
                tuple("Контрольно-счётный орган", 33.33333), tuple("Прокуратура", -100.0));
        assertThat(c.options().get(3).feedback()).isEqualTo("Прокуратура — федеральный орган.");
        assertThat(Scoring.check(c)).isEmpty();
    }

    @Test
    void a_truefalse_question_gives_verno_and_neverno_with_their_feedback_and_its_idnumber_as_the_code() {
        BankItem item = read("truefalse.xml").get(0).item();

        assertThat(item.code()).isEqualTo("TF-TERM-1");
        assertThat(item.title()).isEqualTo("Срок полномочий главы");
        ItemContent c = item.content();
        assertThat(c.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(c.options()).extracting(Option::text, Option::weight, Option::feedback).containsExactly(
                tuple(ItemContent.TRUE_TEXT, 100.0, "Да, от двух до пяти лет."),
                tuple(ItemContent.FALSE_TEXT, 0.0, "Нет: это определяет устав (ст. 36 закона № 131-ФЗ)."));
        assertThat(Scoring.check(c)).isEmpty();
    }

    @Test
    void a_shortanswer_keeps_its_answers_with_fractions_and_wildcards_as_gift_does() {
        ItemContent c = read("shortanswer.xml").get(0).item().content();

        assertThat(c.type()).isEqualTo(QuestionType.SHORT_TEXT);
        assertThat(c.options()).extracting(Option::text, Option::weight, Option::feedback).containsExactly(
                tuple("131-ФЗ", 100.0, "Верно."), tuple("131*", 80.0, "Почти: полностью — «131-ФЗ»."),
                tuple("*", 0.0, "Нет."));
        assertThat(c.generalFeedback()).isEqualTo("Закон от 06.10.2003.");
        AnswerProbe probe = new AnswerProbe(c);
        assertThat(probe.text("131-фз")).isEqualTo(1.0);
        assertThat(probe.text("131 ФЗ")).isEqualTo(0.8);
        assertThat(probe.text("6-ФКЗ")).isEqualTo(0.0);
    }

    @Test
    void a_shortanswer_with_usecase_1_compares_its_answers_with_their_case_and_usecase_0_without() {
        List<SourcedItem> items = read("shortanswer.xml");
        ItemContent sensitive = items.get(1).item().content();

        assertThat(items.get(0).item().content().options()).noneMatch(Option::caseSensitive);
        assertThat(sensitive.options()).extracting(Option::text, Option::weight, Option::caseSensitive)
                .containsExactly(tuple("БК РФ", 100.0, true), tuple("БК", 50.0, true));
        AnswerProbe probe = new AnswerProbe(sensitive);
        assertThat(probe.text("БК РФ")).isEqualTo(1.0);
        assertThat(probe.text(" БК  РФ ")).isEqualTo(1.0);
        assertThat(probe.text("бк рф")).isEqualTo(0.0);
        assertThat(probe.text("БК")).isEqualTo(0.5);
        assertThat(probe.text("Бк")).isEqualTo(0.0);
        assertThat(Scoring.check(sensitive)).isEmpty();
    }

    @Test
    void a_negative_fraction_in_a_multiple_answer_multichoice_takes_off_what_the_right_answers_earn() {
        ItemContent c = read("multichoice.xml").get(1).item().content();

        // two of three right: 2 · 33.33333 %; with «Прокуратура» (−100 %) the sum is negative, clamped at 0
        assertThat(Scoring.score(c, org.munacademy.assessment.entity.Response.choice(0, 1)))
                .isCloseTo(0.6666666, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Scoring.score(c, org.munacademy.assessment.entity.Response.choice(0, 1, 3))).isEqualTo(0.0);
        assertThat(Scoring.score(c, org.munacademy.assessment.entity.Response.choice(0, 1, 2)))
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void a_numerical_question_keeps_several_answers_with_tolerance_and_the_feedback_for_any_other_answer() {
        ItemContent c = read("numerical.xml").get(0).item().content();

        assertThat(c.type()).isEqualTo(QuestionType.NUMERIC);
        assertThat(c.options()).extracting(Option::value, Option::tolerance, Option::weight, Option::feedback)
                .containsExactly(tuple(11.11, 0.5, 100.0, "Верно: 10 / 90."),
                        tuple(10.0, 0.0, 50.0, "Это процент от расходов."),
                        tuple(null, null, 0.0, "Разделите дефицит на доходы."));
        assertThat(ItemContent.otherAnswer(c.options().get(2))).isTrue();
        assertThat(Scoring.check(c)).isEmpty();
        AnswerProbe probe = new AnswerProbe(c);
        assertThat(probe.text("11.5")).isEqualTo(1.0);
        assertThat(probe.text("10")).isEqualTo(0.5);
    }

    @Test
    void a_matching_question_makes_pairs_and_a_subquestion_without_text_a_distractor() {
        ItemContent c = read("matching.xml").get(0).item().content();

        assertThat(c.type()).isEqualTo(QuestionType.MATCHING);
        assertThat(c.pairs()).containsExactly(new Pair("Представительный орган", "Утверждает бюджет"),
                new Pair("Контрольно-счётный орган", "Проверяет исполнение бюджета"),
                new Pair("Местная администрация", "Исполняет бюджет"), new Pair("", "Назначает судей"));
        assertThat(c.lefts()).isEqualTo(3);
        assertThat(c.generalFeedback()).isEqualTo("Статьи 35–38 закона № 131-ФЗ.");
        assertThat(Scoring.check(c)).isEmpty();
    }

    @Test
    void an_ordering_question_puts_the_answers_in_the_order_of_their_fractions() {
        ItemContent c = read("ordering.xml").get(0).item().content();

        assertThat(c.type()).isEqualTo(QuestionType.ORDERING);
        assertThat(c.sequence()).containsExactly("Составление проекта бюджета", "Рассмотрение и утверждение бюджета",
                "Исполнение бюджета", "Утверждение отчёта об исполнении");
        assertThat(Scoring.check(c)).isEmpty();
    }

    @Test
    void a_category_question_sets_the_tag_or_the_competency_of_the_questions_after_it() {
        List<SourcedItem> items = read("categories.xml");

        assertThat(items).extracting(s -> s.location().field(), s -> s.item().code(), s -> s.item().category(),
                s -> s.item().competencyCode(), s -> s.item().level()).containsExactly(
                        tuple("question 1", "Q-CAT-1", "Тема 1", null, 0),
                        tuple("question 2", "Q-CAT-2", null, "DIG-01", 2),
                        tuple("question 3", "Q-CAT-3", null, null, 0));
        assertThat(items.get(1).item().content().options()).extracting(Option::weight).containsExactly(0.0, 100.0);
    }

    @Test
    void embedded_images_become_file_references_collected_once_in_the_media() {
        ItemMedia media = new ItemMedia();
        List<SourcedItem> items = MoodleXml.read(file("image.xml"), media);

        String sha = ItemMedia.sha256(RED_DOT);
        assertThat(media.images()).singleElement().satisfies(image -> {
            assertThat(image.sha256()).isEqualTo(sha);
            assertThat(image.name()).isEqualTo("red dot.png");
            assertThat(image.bytes()).isEqualTo(RED_DOT);
        });
        ItemContent c = items.get(0).item().content();
        assertThat(c.stem()).isEqualTo("Что показано на схеме?\n" + FileRefs.reference(sha, "Схема"));
        assertThat(c.options().get(0).feedback()).isEqualTo("Верно: " + FileRefs.reference(sha, "точка"));
        assertThat(FileRefs.files(c.stem())).containsExactly(sha);
    }

    @Test
    void an_essay_keeps_its_template_word_limits_grader_information_and_grade_as_one_criterion() {
        List<SourcedItem> items = read("essay.xml");
        assertThat(items).hasSize(1);
        BankItem item = items.get(0).item();
        assertThat(item.title()).isEqualTo("Эссе: открытость бюджета");
        ItemContent c = item.content();
        assertThat(c.type()).isEqualTo(QuestionType.ESSAY);
        assertThat(RichText.plain(c.stem())).isEqualTo("Как сделать бюджет муниципалитета понятным жителям?");
        assertThat(c.generalFeedback()).isEqualTo("Вспомните практику «бюджета для граждан».");
        ItemContent.Essay essay = c.essay();
        assertThat(essay.template()).isEqualTo("Предлагаю:");
        assertThat(essay.unit()).isEqualTo(ItemContent.LengthUnit.WORDS);
        assertThat(essay.minLength()).isEqualTo(20);
        assertThat(essay.maxLength()).isEqualTo(300);
        assertThat(essay.rubric()).containsExactly(new ItemContent.Criterion("Оценка", 10));
        assertThat(essay.graderNote()).isEqualTo("Ожидается: бюджет для граждан, публичные слушания, инфографика.");
    }

    @Test
    void other_types_and_broken_questions_are_each_an_error_of_their_question_listed_together() {
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> read("unsupported.xml"));

        assertThat(e.errors()).extracting(ImportError::location, ImportError::code).containsExactly(
                tuple(Location.of(AssessmentPlace.MOODLE_QUESTION, 2, "Пропуски"),
                        AssessmentImportError.MOODLE_TYPE_UNSUPPORTED),
                tuple(Location.of(AssessmentPlace.MOODLE_QUESTION, 3, "Формула"),
                        AssessmentImportError.MOODLE_TYPE_UNSUPPORTED),
                tuple(Location.of(AssessmentPlace.MOODLE_QUESTION, 5, "Плохая оценка"),
                        AssessmentImportError.MOODLE_NOT_NUMBER),
                tuple(Location.of(AssessmentPlace.MOODLE_QUESTION, 6, "Без файла"),
                        AssessmentImportError.MOODLE_FILE_MISSING));
        ErrorTexts ru = ErrorTexts.in(ErrorTexts.RUSSIAN);
        assertThat(e.errors().get(0).text(ru)).contains("«cloze»").contains("«Пропуски»").contains("essay");
        assertThat(e.errors().get(0).location().text(ru)).isEqualTo("вопрос 2 «Пропуски»");
        assertThat(e.errors().get(2).text(ru)).contains("«много»").contains("fraction");
        assertThat(e.errors().get(3).text(ErrorTexts.IN_ENGLISH)).contains("missing.png");

        // the good question still reads, so that a caller can add its own checks and list every problem at once
        Gift.Parsed parsed = MoodleXml.parse(file("unsupported.xml"), new ItemMedia());
        assertThat(parsed.items()).extracting(s -> s.item().title()).containsExactly("Эссе о бюджете", "Верный вопрос");
    }

    @Test
    void a_moodle_auto_format_text_without_markup_keeps_its_less_than_signs_and_its_lines() {
        String xml = "<quiz><question type=\"truefalse\"><name><text>Q-LT</text></name>"
                + "<questiontext format=\"moodle_auto_format\"><text>Если x &lt; 5 и y &gt; 3,\nто x &lt; y?</text>"
                + "</questiontext><answer fraction=\"100\"><text>true</text></answer>"
                + "<answer fraction=\"0\"><text>false</text></answer></question></quiz>";

        ItemContent c = MoodleXml.read(xml.getBytes(StandardCharsets.UTF_8), new ItemMedia()).get(0).item().content();

        assertThat(c.stem()).isEqualTo("Если x < 5 и y > 3,\nто x < y?");
    }

    @Test
    void a_doctype_is_refused_before_any_entity_is_read() {
        Gift.Parsed parsed = MoodleXml.parse(file("xxe.xml"), new ItemMedia());

        assertThat(parsed.items()).isEmpty();
        assertThat(parsed.errors()).extracting(ImportError::location, ImportError::code)
                .containsExactly(tuple(Location.of(SharedPlace.FILE), AssessmentImportError.QTI_DOCTYPE));
    }

    @Test
    void another_root_element_and_broken_xml_are_errors_of_the_file() {
        assertThat(MoodleXml.parse("<?xml version=\"1.0\"?><questions/>".getBytes(StandardCharsets.UTF_8),
                new ItemMedia()).errors()).extracting(ImportError::code, ImportError::args)
                .containsExactly(tuple(AssessmentImportError.MOODLE_XML_ROOT, List.of("questions")));
        assertThat(MoodleXml.parse("<quiz><question type=\"truefalse\">".getBytes(StandardCharsets.UTF_8),
                new ItemMedia()).errors()).extracting(ImportError::code)
                .containsExactly(AssessmentImportError.QTI_XML_INVALID_AT);
    }

    @Test
    void moodle_xml_is_told_from_gift_by_its_first_content() {
        assertThat(MoodleXml.looksLike(file("truefalse.xml"))).isTrue();
        assertThat(MoodleXml.looksLike("\uFEFF\n  <quiz></quiz>".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(MoodleXml.looksLike("::Q1:: 2+2 {=4 ~5}".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(MoodleXml.looksLike("// <quiz> in a GIFT comment\n".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(MoodleXml.looksLike(new byte[0])).isFalse();
    }

    /** Scores text answers through {@link Scoring}. */
    private record AnswerProbe(ItemContent content) {
        double text(String answer) {
            return Scoring.score(content, org.munacademy.assessment.entity.Response.text(answer));
        }
    }
}
