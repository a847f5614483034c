package org.munacademy.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.ItemContent.Option;
import org.munacademy.assessment.entity.ItemContent.Pair;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.assessment.entity.Response;
import org.munacademy.shared.boundary.ErrorTexts;

class ScoringTest {

    static final ItemContent SINGLE = new ItemContent(QuestionType.SINGLE_CHOICE, "Столица России?", List.of(
            Option.choice("Москва", 100, null), Option.choice("Санкт-Петербург", 0, null),
            Option.choice("Казань", -50, null), Option.choice("Почти Москва", 50, null)), null, null, null);

    static final ItemContent MULTIPLE = new ItemContent(QuestionType.MULTIPLE_CHOICE, "Органы местного самоуправления?",
            List.of(Option.choice("Дума", 50, null), Option.choice("Глава", 50, null),
                    Option.choice("Прокуратура", -50, null), Option.choice("Суд", -100, null)), null, null, null);

    static final ItemContent TRUE_FALSE = new ItemContent(QuestionType.TRUE_FALSE, "Устав принимает дума.", List.of(
            Option.choice(ItemContent.TRUE_TEXT, 100, null), Option.choice(ItemContent.FALSE_TEXT, 0, null)),
            null, null, null);

    static final ItemContent SHORT = new ItemContent(QuestionType.SHORT_TEXT, "Высший орган?", List.of(
            Option.choice("Представительный орган", 100, null), Option.choice("Дума", 100, null),
            Option.choice("Совет", 50, null), Option.choice("Ёлка–палка", 100, null)), null, null, null);

    static final ItemContent NUMERIC = new ItemContent(QuestionType.NUMERIC, "Сколько?", List.of(
            Option.number(1234.5, 0.5, 100, null), Option.number(1234.5, 10, 50, null),
            Option.number(-3, 0, 100, null)), null, null, null);

    static final ItemContent MATCHING = new ItemContent(QuestionType.MATCHING, "Сопоставьте", null, List.of(
            new Pair("Дума", "принимает устав"), new Pair("Глава", "подписывает"), new Pair("КСП", "проверяет"),
            new Pair("ТИК", "считает")), null, null);

    static final ItemContent ORDERING = new ItemContent(QuestionType.ORDERING, "Упорядочьте", null, null,
            List.of("внесение", "чтение", "принятие", "подписание", "опубликование"), null);

    @Test
    void single_choice_and_true_false_score_the_chosen_weight_and_nothing_for_negative_or_several() {
        assertThat(Scoring.score(SINGLE, Response.choice(0))).isEqualTo(1.0);
        assertThat(Scoring.score(SINGLE, Response.choice(1))).isEqualTo(0.0);
        assertThat(Scoring.score(SINGLE, Response.choice(2))).isEqualTo(0.0);
        assertThat(Scoring.score(SINGLE, Response.choice(3))).isEqualTo(0.5);
        assertThat(Scoring.score(SINGLE, Response.choice(0, 3))).isEqualTo(0.0);
        assertThat(Scoring.score(SINGLE, Response.choice(0, 0))).as("a repeated index counts once").isEqualTo(1.0);
        assertThat(Scoring.score(SINGLE, Response.choice(0, 7))).as("out of range ignored").isEqualTo(1.0);
        assertThat(Scoring.score(TRUE_FALSE, Response.choice(0))).isEqualTo(1.0);
        assertThat(Scoring.score(TRUE_FALSE, Response.choice(1))).isEqualTo(0.0);
        assertThat(Scoring.score(TRUE_FALSE, Response.choice(0, 1))).isEqualTo(0.0);
    }

    @Test
    void multiple_choice_sums_the_weights_clipped_to_zero_and_one() {
        assertThat(Scoring.score(MULTIPLE, Response.choice(0, 1))).isEqualTo(1.0);
        assertThat(Scoring.score(MULTIPLE, Response.choice(0))).isEqualTo(0.5);
        assertThat(Scoring.score(MULTIPLE, Response.choice(0, 1, 2))).isEqualTo(0.5);
        assertThat(Scoring.score(MULTIPLE, Response.choice(0, 1, 2, 3))).isEqualTo(0.0);
        assertThat(Scoring.score(MULTIPLE, Response.choice(2))).isEqualTo(0.0);
        assertThat(Scoring.score(MULTIPLE, Response.choice(0, 0, 1))).isEqualTo(1.0);
        assertThat(Scoring.score(MULTIPLE, Response.choice(0, -1, 99))).isEqualTo(0.5);
        ItemContent generous = new ItemContent(QuestionType.MULTIPLE_CHOICE, "?", List.of(
                Option.choice("a", 100, null), Option.choice("b", 100, null)), null, null, null);
        assertThat(Scoring.score(generous, Response.choice(0, 1))).isEqualTo(1.0);
    }

    @Test
    void short_text_compares_normalised_answers_and_takes_the_best_weight() {
        assertThat(Scoring.score(SHORT, Response.text("  «Представительный   орган».  "))).isEqualTo(1.0);
        assertThat(Scoring.score(SHORT, Response.text("ДУМА"))).isEqualTo(1.0);
        assertThat(Scoring.score(SHORT, Response.text("совет"))).isEqualTo(0.5);
        assertThat(Scoring.score(SHORT, Response.text("елка-палка"))).isEqualTo(1.0);
        assertThat(Scoring.score(SHORT, Response.text("мэр"))).isEqualTo(0.0);
        assertThat(Scoring.score(SHORT, Response.text("   "))).isEqualTo(0.0);
    }

    @Test
    void normalise_trims_collapses_lowers_and_unifies() {
        assertThat(Scoring.normalise("  Один \t\n Два\u00A0Три ")).isEqualTo("один два три");
        assertThat(Scoring.normalise("ЁЖИК ёлка")).isEqualTo("ежик елка");
        assertThat(Scoring.normalise("«Ответ».")).isEqualTo("ответ");
        assertThat(Scoring.normalise("\"Ответ.\"")).isEqualTo("ответ");
        assertThat(Scoring.normalise("'ответ'")).isEqualTo("ответ");
        assertThat(Scoring.normalise("северо–запад — юго‑восток")).isEqualTo("северо-запад - юго-восток");
        assertThat(Scoring.normalise("rock 'n' roll")).isEqualTo("rock 'n' roll");
        assertThat(Scoring.normalise("I")).isEqualTo("i");
        assertThat(Scoring.normalise(null)).isEmpty();
    }

    @Test
    void numeric_accepts_russian_and_english_notation_within_the_tolerance() {
        assertThat(Scoring.score(NUMERIC, Response.text("1234,5"))).isEqualTo(1.0);
        assertThat(Scoring.score(NUMERIC, Response.text("1 234.9"))).isEqualTo(1.0);
        assertThat(Scoring.score(NUMERIC, Response.text("1\u00A0235"))).as("exactly at the tolerance").isEqualTo(1.0);
        assertThat(Scoring.score(NUMERIC, Response.text("+1240"))).isEqualTo(0.5);
        assertThat(Scoring.score(NUMERIC, Response.text("1250"))).isEqualTo(0.0);
        assertThat(Scoring.score(NUMERIC, Response.text("\u22123"))).isEqualTo(1.0);
        assertThat(Scoring.score(NUMERIC, Response.text("-3,0"))).isEqualTo(1.0);
        assertThat(Scoring.score(NUMERIC, Response.text("минус три"))).isEqualTo(0.0);
        ItemContent tenth = new ItemContent(QuestionType.NUMERIC, "?",
                List.of(Option.number(0.3, 0.1, 100, null)), null, null, null);
        assertThat(0.4 - 0.3).isGreaterThan(0.1);
        assertThat(Scoring.score(tenth, Response.text("0,4"))).as("0.4 − 0.3 > 0.1 in binary").isEqualTo(1.0);
        assertThat(Scoring.score(tenth, Response.text("0,41"))).isEqualTo(0.0);
    }

    @Test
    void parse_number_rejects_what_is_no_number() {
        assertThat(Scoring.parseNumber(" 1 234 567,25 ")).isEqualTo(1234567.25);
        assertThat(Scoring.parseNumber(",5")).isEqualTo(0.5);
        assertThat(Scoring.parseNumber("−0.5")).isEqualTo(-0.5);
        assertThat(Scoring.parseNumber("12 34")).isNull();
        assertThat(Scoring.parseNumber("1,2,3")).isNull();
        assertThat(Scoring.parseNumber("+")).isNull();
        assertThat(Scoring.parseNumber("1e5")).isNull();
        assertThat(Scoring.parseNumber("NaN")).isNull();
        assertThat(Scoring.parseNumber("")).isNull();
        assertThat(Scoring.parseNumber(null)).isNull();
    }

    @Test
    void matching_and_ordering_score_the_share_of_right_positions() {
        assertThat(Scoring.score(MATCHING, Response.order(0, 1, 2, 3))).isEqualTo(1.0);
        assertThat(Scoring.score(MATCHING, Response.order(1, 0, 2, -1))).isEqualTo(0.25);
        assertThat(Scoring.score(MATCHING, Response.order(0, 9, 2))).as("short and out of range").isEqualTo(0.5);
        assertThat(Scoring.score(ORDERING, Response.order(0, 1, 2, 3, 4))).isEqualTo(1.0);
        assertThat(Scoring.score(ORDERING, Response.order(0, 2, 1, 3, 4))).isCloseTo(0.6, within(1e-12));
        assertThat(Scoring.score(ORDERING, Response.order(4, 3, 2, 1, 0))).isCloseTo(0.2, within(1e-12));
        assertThat(Scoring.score(ORDERING, Response.order(0, 1, 2, 3, 4, 5, 6))).isEqualTo(1.0);
    }

    @Test
    void null_and_empty_responses_score_zero() {
        for (ItemContent item : List.of(SINGLE, MULTIPLE, TRUE_FALSE, SHORT, NUMERIC, MATCHING, ORDERING)) {
            assertThat(Scoring.score(item, null)).isZero();
            assertThat(Scoring.score(item, new Response(null, null, null))).isZero();
            assertThat(Scoring.score(item, new Response(List.of(), "", Arrays.asList(-1, -1, -1, -1)))).isZero();
        }
    }

    @Test
    void garbage_never_throws_whatever_the_type() {
        Response garbage = new Response(List.of(-5, 1000, 2), "¯\\_(ツ)_/¯", List.of(-7, 99, 1));
        for (ItemContent item : List.of(SINGLE, MULTIPLE, TRUE_FALSE, SHORT, NUMERIC, MATCHING, ORDERING)) {
            assertThat(Scoring.score(item, garbage)).isBetween(0.0, 1.0);
            assertThat(Scoring.isValid(item, garbage)).isFalse();
        }
    }

    @Test
    void is_valid_accepts_well_formed_responses_and_refuses_garbage() {
        assertThat(Scoring.isValid(SINGLE, Response.choice(3))).isTrue();
        assertThat(Scoring.isValid(SINGLE, Response.choice())).isTrue();
        assertThat(Scoring.isValid(SINGLE, Response.choice(0, 1))).isFalse();
        assertThat(Scoring.isValid(SINGLE, Response.choice(4))).isFalse();
        assertThat(Scoring.isValid(TRUE_FALSE, Response.choice(-1))).isFalse();
        assertThat(Scoring.isValid(MULTIPLE, Response.choice(0, 1, 3))).isTrue();
        assertThat(Scoring.isValid(MULTIPLE, Response.choice(0, 0))).isFalse();
        assertThat(Scoring.isValid(MULTIPLE, Response.text("Дума"))).isFalse();
        assertThat(Scoring.isValid(SHORT, Response.text("что угодно"))).isTrue();
        assertThat(Scoring.isValid(NUMERIC, Response.text("не число"))).as("a wrong answer, not garbage").isTrue();
        assertThat(Scoring.isValid(NUMERIC, Response.choice(0))).isFalse();
        assertThat(Scoring.isValid(MATCHING, Response.order(3, 2, -1, 0))).isTrue();
        assertThat(Scoring.isValid(MATCHING, Response.order(0, 0, 0, 0))).as("a right item may be reused").isTrue();
        assertThat(Scoring.isValid(MATCHING, Response.order(0, 1, 2))).isFalse();
        assertThat(Scoring.isValid(MATCHING, Response.order(0, 1, 2, 4))).isFalse();
        assertThat(Scoring.isValid(MATCHING, Response.order(0, 1, 2, -2))).isFalse();
        assertThat(Scoring.isValid(ORDERING, Response.order(4, 3, 2, 1, 0))).isTrue();
        assertThat(Scoring.isValid(ORDERING, Response.order(4, 3, 2, 1, 1))).isFalse();
        assertThat(Scoring.isValid(ORDERING, Response.order(0, 1, 2, 3))).isFalse();
        assertThat(Scoring.isValid(ORDERING, Response.order(0, 1, 2, 3, 5))).isFalse();
        assertThat(Scoring.isValid(ORDERING, new Response(null, null, null))).isTrue();
        assertThat(Scoring.isValid(ORDERING, null)).isFalse();
    }

    @Test
    void well_made_items_pass_the_check() {
        for (ItemContent item : List.of(SINGLE, MULTIPLE, TRUE_FALSE, SHORT, NUMERIC, MATCHING, ORDERING)) {
            assertThat(Scoring.check(item)).as(item.type().name()).isEmpty();
        }
    }

    @Test
    void check_names_the_problems_of_choice_items() {
        assertThat(problems(new ItemContent(QuestionType.SINGLE_CHOICE, " ", null, null, null, null)))
                .containsExactly("Пустой текст вопроса", "Нет вариантов ответа");
        assertThat(problems(choice(QuestionType.SINGLE_CHOICE, 90)))
                .containsExactly("Меньше двух вариантов ответа",
                        "Нет правильного варианта: ни один вариант не имеет вес 100 %");
        assertThat(problems(choice(QuestionType.SINGLE_CHOICE, 100, 150)))
                .containsExactly("Вариант 2: вес 150 % вне диапазона −100…100");
        assertThat(problems(choice(QuestionType.MULTIPLE_CHOICE, 30, 30, 30.5, -100)))
                .containsExactly("Сумма положительных весов вариантов — 90,5 %, а должна быть 100 %");
        assertThat(problems(choice(QuestionType.MULTIPLE_CHOICE, 33.333, 33.333, 33.333, -100))).isEmpty();
        assertThat(problems(new ItemContent(QuestionType.SINGLE_CHOICE, "?", List.of(
                Option.choice("", 100, null), Option.choice("b", 0, null)), null, null, null)))
                .containsExactly("Вариант 1 без текста");
    }

    @Test
    void check_names_the_problems_of_true_false_short_text_and_numeric_items() {
        assertThat(problems(new ItemContent(QuestionType.TRUE_FALSE, "?", List.of(
                Option.choice("Да", 100, null), Option.choice("Нет", 0, null)), null, null, null)))
                .containsExactly("У вопроса «верно/неверно» должно быть ровно два варианта: «Верно» и «Неверно»");
        assertThat(problems(new ItemContent(QuestionType.TRUE_FALSE, "?", List.of(
                Option.choice("Верно", 100, null), Option.choice("Неверно", 100, null)), null, null, null)))
                .containsExactly("Один из вариантов «Верно» и «Неверно» должен иметь вес 100 %, другой — 0");
        assertThat(problems(new ItemContent(QuestionType.SHORT_TEXT, "?", List.of(
                Option.choice(" «». ", 100, null), Option.choice("дума", 0, null)), null, null, null)))
                .containsExactly("Нет ни одного принятого ответа (непустого, с положительным весом)");
        assertThat(problems(new ItemContent(QuestionType.NUMERIC, "?", null, null, null, null)))
                .containsExactly("Нет ни одного правильного числа");
        assertThat(problems(new ItemContent(QuestionType.NUMERIC, "?", List.of(
                new Option("", 100, null, 0.5, null), Option.number(2, -0.5, 100, null)), null, null, null)))
                .containsExactly("Ответ 1: не задано число", "Ответ 2: отрицательная погрешность (-0,5)");
    }

    @Test
    void check_names_the_problems_of_matching_and_ordering_items() {
        assertThat(problems(new ItemContent(QuestionType.MATCHING, "?", null,
                List.of(new Pair("a", "x")), null, null)))
                .containsExactly("Меньше двух пар для сопоставления");
        assertThat(problems(new ItemContent(QuestionType.MATCHING, "?", null,
                List.of(new Pair("a", "Дума"), new Pair("b", "дума."), new Pair("c", "")), null, null)))
                .containsExactly("Пара 3: пустая левая или правая часть",
                        "Правая часть «дума.» повторяется: такие пары нельзя различить");
        assertThat(problems(new ItemContent(QuestionType.ORDERING, "?", null, null, List.of("один"), null)))
                .containsExactly("Меньше двух элементов для упорядочивания");
        assertThat(problems(new ItemContent(QuestionType.ORDERING, "?", null, null,
                List.of("один", "два", "Один"), null)))
                .containsExactly("Элемент «Один» повторяется: порядок нельзя проверить однозначно");
    }

    private static ItemContent choice(QuestionType type, double... weights) {
        return new ItemContent(type, "Вопрос?", Arrays.stream(weights)
                .mapToObj(w -> Option.choice("вариант " + w, w, null)).toList(), null, null, null);
    }

    /** The problems Scoring finds, as a Russian methodologist reads them. */
    @Test
    void a_wildcard_stands_for_any_text_and_an_escaped_asterisk_for_itself() {
        assertThat(Scoring.accepts("дума *", "дума города")).isTrue();
        assertThat(Scoring.accepts("*ов", "иванов")).isTrue();
        assertThat(Scoring.accepts("*ов", "иванова")).isFalse();
        assertThat(Scoring.accepts("a\\*b", "a*b")).isTrue();
        assertThat(Scoring.accepts("a\\*b", "axb")).isFalse();
        assertThat(Scoring.accepts("1+1 (x)", "1+1 (x)")).as("regex characters are literal").isTrue();
    }

    @Test
    void distractors_need_a_right_side_and_two_real_pairs_and_the_other_numeric_answer_no_number() {
        ItemContent oneReal = new ItemContent(QuestionType.MATCHING, "Q", null,
                List.of(new Pair("", "x"), new Pair("a", "1")), null, null);
        assertThat(oneReal.pairs()).as("distractors go last").extracting(Pair::left).containsExactly("a", "");
        assertThat(problems(oneReal)).hasSize(1);
        ItemContent noRight = new ItemContent(QuestionType.MATCHING, "Q", null,
                List.of(new Pair("a", "1"), new Pair("b", "2"), new Pair("", " ")), null, null);
        assertThat(problems(noRight)).hasSize(1);

        ItemContent onlyOther = new ItemContent(QuestionType.NUMERIC, "Q",
                List.of(Option.choice(ItemContent.OTHER_ANSWER, 0, "нет")), null, null, null);
        assertThat(problems(onlyOther)).hasSize(1);
        ItemContent withOther = new ItemContent(QuestionType.NUMERIC, "Q",
                List.of(Option.number(3, 0, 100, null), Option.choice(ItemContent.OTHER_ANSWER, 0, "нет")), null,
                null, null);
        assertThat(problems(withOther)).isEmpty();
        assertThat(Scoring.score(withOther, Response.text("4"))).isZero();
    }

    private static List<String> problems(ItemContent item) {
        return Scoring.check(item).stream()
                .map(v -> v.render(ErrorTexts.in(ErrorTexts.RUSSIAN)).message()).toList();
    }
}
