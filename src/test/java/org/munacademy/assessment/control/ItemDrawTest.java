package org.munacademy.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.BlueprintRule;
import org.munacademy.assessment.entity.Candidate;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.ItemContent.Option;
import org.munacademy.assessment.entity.ItemContent.Pair;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.assessment.entity.Shortfall;
import org.munacademy.shared.boundary.ErrorTexts;

class ItemDrawTest {

    private static final ErrorTexts RUSSIAN = ErrorTexts.in(ErrorTexts.RUSSIAN);

    /** A1: 3 at level 1, 2 at level 2; B1: 4 at level 2; ids 1…9. */
    static final List<Candidate> POOL = List.of(
            new Candidate(1, "A1", 1), new Candidate(2, "A1", 1), new Candidate(3, "A1", 1),
            new Candidate(4, "A1", 2), new Candidate(5, "A1", 2),
            new Candidate(6, "B1", 2), new Candidate(7, "B1", 2), new Candidate(8, "B1", 2), new Candidate(9, "B1", 2));

    @Test
    void each_rule_gets_its_count_in_rule_order_and_no_question_twice() {
        List<BlueprintRule> rules = List.of(
                new BlueprintRule("A1", null, 2), new BlueprintRule("B1", 2, 3), new BlueprintRule("A1", 2, 2));
        for (int seed = 0; seed < 200; seed++) {
            List<Candidate> form = ItemDraw.draw(rules, POOL, new Random(seed), false);

            assertThat(form).hasSize(7).doesNotHaveDuplicates();
            assertThat(form.subList(0, 2)).allMatch(c -> c.competencyCode().equals("A1"))
                    .as("the level rule took both level-2 questions first").allMatch(c -> c.level() == 1);
            assertThat(form.subList(2, 5)).allMatch(c -> c.competencyCode().equals("B1"));
            assertThat(form.subList(5, 7)).extracting(Candidate::questionId).containsExactlyInAnyOrder(4L, 5L);
        }
    }

    @Test
    void the_draw_is_random_within_a_rule_even_for_consecutive_seeds_and_reproducible_with_one_seed() {
        List<BlueprintRule> rules = List.of(new BlueprintRule("B1", null, 2));
        Set<List<Candidate>> forms = new HashSet<>();
        for (int seed = 0; seed < 100; seed++) {
            forms.add(ItemDraw.draw(rules, POOL, new Random(seed), false));
        }
        assertThat(forms).as("all 12 ordered pairs of 4 questions occur").hasSize(12);
        assertThat(ItemDraw.draw(rules, POOL, new Random(42), false))
                .isEqualTo(ItemDraw.draw(rules, POOL, new Random(42), false));
    }

    @Test
    void shuffle_mixes_the_rules() {
        List<BlueprintRule> rules = List.of(new BlueprintRule("A1", null, 5), new BlueprintRule("B1", 2, 4));
        boolean mixed = false;
        for (int seed = 0; seed < 20; seed++) {
            List<Candidate> form = ItemDraw.draw(rules, POOL, new Random(seed), true);
            assertThat(form).extracting(Candidate::questionId)
                    .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
            mixed |= !form.subList(0, 5).stream().allMatch(c -> c.competencyCode().equals("A1"));
        }
        assertThat(mixed).isTrue();
    }

    @Test
    void a_repeated_question_in_the_pool_counts_once() {
        List<Candidate> pool = List.of(new Candidate(1, "A1", 1), new Candidate(1, "A1", 1), new Candidate(2, "A1", 1));
        assertThat(ItemDraw.shortfalls(List.of(new BlueprintRule("A1", 1, 3)), pool))
                .containsExactly(new Shortfall(1, "A1", 1, 3, 2, 0));
        assertThat(ItemDraw.draw(List.of(new BlueprintRule("A1", 1, 2)), pool, new Random(1), false))
                .extracting(Candidate::questionId).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void a_short_pool_is_refused_naming_the_rule_and_what_is_available() {
        List<BlueprintRule> rules = List.of(
                new BlueprintRule("A1", null, 4), new BlueprintRule("A1", 2, 2), new BlueprintRule("B1", 2, 5),
                new BlueprintRule("C1", null, 1), new BlueprintRule("B1", 2, 0));

        List<Shortfall> shortfalls = ItemDraw.shortfalls(rules, POOL);
        assertThat(shortfalls).containsExactly(new Shortfall(1, "A1", null, 4, 3, 2),
                new Shortfall(3, "B1", 2, 5, 4, 0), new Shortfall(4, "C1", null, 1, 0, 0));
        assertThat(shortfalls).extracting(s -> s.violation().render(RUSSIAN).message()).containsExactly(
                "Правило 1 (компетенция A1, любой уровень): нужно вопросов: 4, доступно: 3"
                        + " (ещё вопросов этой компетенции взято правилами с заданным уровнем: 2).",
                "Правило 3 (компетенция B1, уровень 2): нужно вопросов: 5, доступно: 4.",
                "Правило 4 (компетенция C1, любой уровень): нужно вопросов: 1, доступно: 0.");
        assertThat(shortfalls.get(1).violation().render(ErrorTexts.IN_ENGLISH).message())
                .isEqualTo("Rule 3 (competency B1, level 2): needs 5 questions, 4 available.");
        assertThatThrownBy(() -> ItemDraw.draw(rules, POOL, new Random(1), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(new Shortfall(1, "A1", null, 4, 3, 2).toString())
                .hasMessageContaining(new Shortfall(3, "B1", 2, 5, 4, 0).toString());
    }

    @Test
    void later_rules_see_what_earlier_ones_took() {
        List<BlueprintRule> rules = List.of(new BlueprintRule("B1", 2, 3), new BlueprintRule("B1", 2, 3),
                new BlueprintRule("A1", 1, -1));
        List<Shortfall> shortfalls = ItemDraw.shortfalls(rules, POOL);
        assertThat(shortfalls).containsExactly(new Shortfall(2, "B1", 2, 3, 1, 0), new Shortfall(3, "A1", 1, -1, 0, 0));
        assertThat(shortfalls.get(1).violation().render(RUSSIAN).message())
                .isEqualTo("Правило 3 (компетенция A1, уровень 1): число вопросов не может быть отрицательным (-1).");
        assertThat(ItemDraw.shortfalls(List.of(), POOL)).isEmpty();
        assertThat(ItemDraw.draw(List.of(), POOL, new Random(1), true)).isEmpty();
    }

    @Test
    void choices_are_shuffled_only_on_request_and_true_false_never() {
        ItemContent choice = new ItemContent(QuestionType.SINGLE_CHOICE, "?", IntStream.range(0, 5)
                .mapToObj(i -> Option.choice("o" + i, i == 0 ? 100 : 0, null)).toList(), null, null, null);
        ItemContent trueFalse = new ItemContent(QuestionType.TRUE_FALSE, "?", List.of(
                Option.choice(ItemContent.TRUE_TEXT, 0, null), Option.choice(ItemContent.FALSE_TEXT, 100, null)),
                null, null, null);
        assertThat(ItemDraw.presentationOrder(choice, new Random(1), false)).containsExactly(0, 1, 2, 3, 4);
        Set<List<Integer>> seen = new HashSet<>();
        for (int seed = 0; seed < 50; seed++) {
            List<Integer> order = ItemDraw.presentationOrder(choice, new Random(seed), true);
            assertThat(order).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
            seen.add(order);
            assertThat(ItemDraw.presentationOrder(trueFalse, new Random(seed), true)).containsExactly(0, 1);
        }
        assertThat(seen.size()).isGreaterThan(30);
    }

    @Test
    void matching_and_ordering_are_always_shuffled_and_never_in_the_right_order() {
        ItemContent ordering = new ItemContent(QuestionType.ORDERING, "?", null, null, List.of("a", "b"), null);
        ItemContent matching = new ItemContent(QuestionType.MATCHING, "?", null,
                List.of(new Pair("a", "1"), new Pair("b", "2"), new Pair("c", "3")), null, null);
        for (int seed = 0; seed < 100; seed++) {
            assertThat(ItemDraw.presentationOrder(ordering, new Random(seed), false)).containsExactly(1, 0);
            List<Integer> order = ItemDraw.presentationOrder(matching, new Random(seed), false);
            assertThat(order).containsExactlyInAnyOrder(0, 1, 2).isNotEqualTo(List.of(0, 1, 2));
        }
        ItemContent single = new ItemContent(QuestionType.ORDERING, "?", null, null, List.of("a"), null);
        assertThat(ItemDraw.presentationOrder(single, new Random(1), true)).containsExactly(0);
    }

    @Test
    void text_and_numeric_questions_have_no_presentation_order() {
        ItemContent text = new ItemContent(QuestionType.SHORT_TEXT, "?",
                List.of(Option.choice("дума", 100, null)), null, null, null);
        ItemContent numeric = new ItemContent(QuestionType.NUMERIC, "?",
                List.of(Option.number(1, 0, 100, null)), null, null, null);
        assertThat(ItemDraw.presentationOrder(text, new Random(1), true)).isEmpty();
        assertThat(ItemDraw.presentationOrder(numeric, new Random(1), true)).isEmpty();
    }

    @Test
    void a_large_pool_is_drawn_without_repetition() {
        List<Candidate> pool = new ArrayList<>();
        for (long id = 1; id <= 300; id++) {
            pool.add(new Candidate(id, "C" + id % 3, (int) (id % 4) + 1));
        }
        List<BlueprintRule> rules = List.of(new BlueprintRule("C0", 1, 20), new BlueprintRule("C0", null, 60),
                new BlueprintRule("C1", 4, 25), new BlueprintRule("C2", null, 100));
        List<Candidate> form = ItemDraw.draw(rules, pool, new Random(7), true);
        assertThat(form).hasSize(205).doesNotHaveDuplicates();
        assertThat(form).filteredOn(c -> c.competencyCode().equals("C0")).hasSize(80);
    }
}
