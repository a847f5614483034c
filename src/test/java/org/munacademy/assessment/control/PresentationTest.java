package org.munacademy.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.Choice;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.ItemContent.Option;
import org.munacademy.assessment.entity.ItemContent.Pair;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.assessment.entity.Response;
import org.munacademy.assessment.entity.SlotView;

/** The presented ids of a question in an attempt: random, independent of the display order, mapped back exactly. */
class PresentationTest {

    static final ItemContent SINGLE = new ItemContent(QuestionType.SINGLE_CHOICE, "?", List.of(
            Option.choice("key", 100, null), Option.choice("b", 0, null), Option.choice("c", 0, null),
            Option.choice("d", 0, null), Option.choice("e", 0, null)), null, null, null);
    static final ItemContent TRUE_FALSE = new ItemContent(QuestionType.TRUE_FALSE, "?", List.of(
            Option.choice(ItemContent.TRUE_TEXT, 100, null), Option.choice(ItemContent.FALSE_TEXT, 0, null)),
            null, null, null);
    static final ItemContent MATCHING = new ItemContent(QuestionType.MATCHING, "?", null, List.of(
            new Pair("1", "one"), new Pair("2", "two"), new Pair("3", "three"), new Pair("4", "four")), null, null);
    static final ItemContent ORDERING = new ItemContent(QuestionType.ORDERING, "?", null, null,
            List.of("first", "second", "third"), null);
    static final ItemContent TEXT = new ItemContent(QuestionType.SHORT_TEXT, "?",
            List.of(Option.choice("ответ", 100, null)), null, null, null);

    @Test
    void the_ids_are_a_permutation_and_every_one_of_them_hides_the_key_sometimes() {
        Set<Integer> keyIds = new HashSet<>();
        for (int seed = 0; seed < 200; seed++) {
            Presentation p = Presentation.draw(SINGLE, new Random(seed), false);
            assertThat(p.ids()).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
            keyIds.add(p.idOf(0));
        }
        assertThat(keyIds).as("the key is presented under every id").containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        Set<Integer> trueIds = new HashSet<>();
        for (int seed = 0; seed < 50; seed++) {
            trueIds.add(Presentation.draw(TRUE_FALSE, new Random(seed), true).idOf(0));
        }
        assertThat(trueIds).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void a_response_in_presented_ids_maps_to_canonical_indexes_and_back() {
        for (int seed = 0; seed < 100; seed++) {
            Presentation p = Presentation.draw(SINGLE, new Random(seed), true);
            Response presented = new Response(List.of(3, 1), null, null);
            Response canonical = p.toCanonical(presented);
            assertThat(canonical.choices()).containsExactly(p.canonicalOf(3), p.canonicalOf(1));
            assertThat(p.toPresented(canonical)).isEqualTo(presented);

            Presentation m = Presentation.draw(MATCHING, new Random(seed), true);
            Response matched = Response.order(2, -1, 3, 0);
            Response stored = m.toCanonical(matched);
            assertThat(stored.order()).containsExactly(m.canonicalOf(2), -1, m.canonicalOf(3), m.canonicalOf(0));
            assertThat(m.toPresented(stored)).isEqualTo(matched);
            assertThat(Presentation.read(m.write())).isEqualTo(m);
        }
        Presentation text = Presentation.draw(TEXT, new Random(1), true);
        assertThat(text.toCanonical(Response.text("ответ"))).isEqualTo(Response.text("ответ"));
        assertThat(Presentation.read(text.write())).isEqualTo(text);
    }

    @Test
    void an_unknown_id_becomes_an_index_that_validation_refuses() {
        Presentation p = Presentation.draw(SINGLE, new Random(7), true);
        assertThat(Scoring.isValid(SINGLE, p.toCanonical(Response.choice(5)))).isFalse();
        assertThat(Scoring.isValid(SINGLE, p.toCanonical(Response.choice(-3)))).isFalse();
        assertThat(Scoring.isValid(SINGLE, p.toCanonical(Response.choice(4)))).isTrue();
        Presentation m = Presentation.draw(MATCHING, new Random(7), true);
        assertThat(Scoring.isValid(MATCHING, m.toCanonical(Response.order(0, 1, 2, 4)))).isFalse();
        assertThat(Scoring.isValid(MATCHING, m.toCanonical(Response.order(0, -1, -1, 3)))).isTrue();
    }

    @Test
    void the_display_order_is_independent_of_the_ids() {
        // without shuffled options the display order is the canonical one, but the ids still vary
        Set<Integer> firstIds = new HashSet<>();
        int sameAsPosition = 0;
        int draws = 400;
        for (int seed = 0; seed < draws; seed++) {
            Presentation p = Presentation.draw(SINGLE, new Random(seed), false);
            assertThat(p.order()).containsExactly(0, 1, 2, 3, 4);
            firstIds.add(p.idOf(p.order().get(0)));
            Presentation shuffled = Presentation.draw(SINGLE, new Random(seed), true);
            List<Integer> displayedIds = shuffled.order().stream().map(shuffled::idOf).toList();
            if (displayedIds.equals(List.of(0, 1, 2, 3, 4))) {
                sameAsPosition++;
            }
        }
        assertThat(firstIds).hasSize(5);
        assertThat(sameAsPosition).as("ids numbered by display position would always match").isLessThan(draws / 20);
    }

    @Test
    void ordering_items_and_matching_sides_are_always_shuffled_and_an_ordering_never_shows_the_key() {
        Set<List<Integer>> orders = new HashSet<>();
        for (int seed = 0; seed < 300; seed++) {
            for (boolean shuffleOptions : List.of(false, true)) {
                Presentation o = Presentation.draw(ORDERING, new Random(seed), shuffleOptions);
                assertThat(o.order()).containsExactlyInAnyOrder(0, 1, 2).isNotEqualTo(List.of(0, 1, 2));
                orders.add(o.order());
                Presentation m = Presentation.draw(MATCHING, new Random(seed), shuffleOptions);
                assertThat(m.order()).containsExactlyInAnyOrder(0, 1, 2, 3).isNotEqualTo(List.of(0, 1, 2, 3));
                // what the taker sees and would send back as "the order shown" is not the key either
                SlotView slot = o.slot(1, ORDERING, null);
                Response asShown = new Response(null, null, slot.items().stream().map(Choice::index).toList());
                assertThat(Scoring.score(ORDERING, o.toCanonical(asShown))).isLessThan(1);
            }
        }
        assertThat(orders).as("every order but the right one").hasSize(5);
    }

    @Test
    void the_slot_lists_display_order_under_presented_ids_and_shows_the_saved_answer_in_them() {
        Presentation p = new Presentation(List.of(2, 0, 1, 4, 3), List.of(3, 0, 4, 1, 2));
        SlotView slot = p.slot(5, SINGLE, Response.choice(0));
        assertThat(slot.options()).extracting(Choice::text).containsExactly("c", "key", "b", "e", "d");
        assertThat(slot.options()).extracting(Choice::index).containsExactly(4, 3, 0, 2, 1);
        assertThat(slot.response()).isEqualTo(Response.choice(3));
        assertThat(slot.answered()).isTrue();
        assertThat(Scoring.score(SINGLE, p.toCanonical(Response.choice(3)))).isEqualTo(1);
        assertThat(Scoring.score(SINGLE, p.toCanonical(Response.choice(0)))).isZero();
    }

    @Test
    void a_row_stored_before_the_ids_existed_presents_canonical_indexes() {
        Presentation old = Presentation.read("2,0,1");
        assertThat(old.order()).containsExactly(2, 0, 1);
        assertThat(old.ids()).containsExactly(0, 1, 2);
        assertThat(Presentation.read("").ids()).isEmpty();
        assertThat(Presentation.read("1,0|1,0").ids()).containsExactly(1, 0);
        assertThatThrownBy(() -> Presentation.read("1,0|1,1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_untouched_matching_question_sends_nothing_and_the_first_ids_score_at_chance() {
        int draws = 2000;
        double total = 0;
        for (int seed = 0; seed < draws; seed++) {
            Presentation m = Presentation.draw(MATCHING, new Random(seed), false);
            total += Scoring.score(MATCHING, m.toCanonical(Response.order(0, 1, 2, 3)));
        }
        // a random permutation has one fixed point on average: 1 of 4 left items right
        assertThat(total / draws).isBetween(0.20, 0.30);
        // the taking view sends "none" for every left item it was not told: no answer at all
        assertThat(Response.order(-1, -1, -1, -1).isEmpty()).isTrue();
    }
}
