package org.munacademy.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.BankItem;
import org.munacademy.assessment.entity.BlueprintRule;
import org.munacademy.assessment.entity.Candidate;
import org.munacademy.assessment.entity.Choice;
import org.munacademy.assessment.entity.CompetencyScore;
import org.munacademy.assessment.entity.CutScore;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.Response;
import org.munacademy.assessment.entity.ScoredItem;
import org.munacademy.assessment.entity.SlotView;
import org.munacademy.shared.control.Csv;
import org.munacademy.shared.control.Table;

/**
 * Takes every seeded published test "blind" many times, through the code the server uses (the draw, the
 * presentation with its random ids, the mapping to canonical indexes, {@link Scoring} and {@link ResultCalculator}),
 * and shows that the score stays at chance: answering the same id everywhere, or the first option listed, tells
 * nothing about the key. The same strategies against canonical ids (the server before the presented ids) show
 * what the test would catch.
 */
class BlindTakingTest {

    private static final Path CONTENT = SeededBanks.CONTENT;
    private static final int ATTEMPTS = 200;
    private static final int MAX_LEVEL = 4;

    private static final List<BankItem> ITEMS = new ArrayList<>();
    private static final Map<String, List<BlueprintRule>> RULES = new HashMap<>();
    private static final Map<String, TestRow> TESTS = new HashMap<>();

    record TestRow(String code, boolean shuffleQuestions, boolean shuffleOptions, List<CutScore> cuts) {
    }

    /** The mean figures of one strategy over all attempts of all tests. */
    record Figures(double percent, double chancePercent, double evidenceShare) {
    }

    @BeforeAll
    static void read() throws IOException {
        ITEMS.addAll(SeededBanks.items());
        try (Reader r = Files.newBufferedReader(CONTENT.resolve("assessment/blueprints.csv"), StandardCharsets.UTF_8)) {
            for (Table.Row row : Csv.read(r)) {
                RULES.computeIfAbsent(row.get("test_code"), k -> new ArrayList<>()).add(new BlueprintRule(
                        row.get("competency"), row.isBlank("level") ? null : Integer.valueOf(row.get("level")),
                        Integer.parseInt(row.get("count"))));
            }
        }
        try (Reader r = Files.newBufferedReader(CONTENT.resolve("assessment/tests.csv"), StandardCharsets.UTF_8)) {
            for (Table.Row row : Csv.read(r)) {
                List<CutScore> cuts = new ArrayList<>();
                if (!row.isBlank("cut_scores")) {
                    for (String cut : row.get("cut_scores").split(";")) {
                        String[] parts = cut.split(":");
                        cuts.add(new CutScore(null, Integer.parseInt(parts[0]), Double.parseDouble(parts[1])));
                    }
                }
                TESTS.put(row.get("code"), new TestRow(row.get("code"),
                        Boolean.parseBoolean(row.get("shuffle_questions")),
                        Boolean.parseBoolean(row.get("shuffle_options")),
                        cuts.isEmpty() ? ResultCalculator.defaultCuts(MAX_LEVEL) : cuts));
            }
        }
    }

    /** Always id 0; matching and ordering left untouched, as the taking view sends them (nothing). */
    static Response idZero(SlotView slot, Presentation p) {
        return switch (slot.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE -> Response.choice(0);
            default -> null;
        };
    }

    /** The first option listed; the matching's right items and the ordering's items as they are listed. */
    static Response firstListed(SlotView slot, Presentation p) {
        return switch (slot.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE -> Response.choice(slot.options().get(0).index());
            case MATCHING -> new Response(null, null, slot.rights().stream().map(Choice::index).toList());
            case ORDERING -> new Response(null, null, slot.items().stream().map(Choice::index).toList());
            default -> null;
        };
    }

    /** The scripted attack: id 0, and the ids in ascending order for matching and ordering. */
    static Response ascendingIds(SlotView slot, Presentation p) {
        return switch (slot.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE -> Response.choice(0);
            case MATCHING -> new Response(null, null, IntStream.range(0, slot.rights().size()).boxed().toList());
            case ORDERING -> new Response(null, null, IntStream.range(0, slot.items().size()).boxed().toList());
            default -> null;
        };
    }

    /**
     * The expected score of an item when a presented id is uniformly random over the canonical indexes: for a
     * choice, the mean of the clipped option weights; for matching and ordering with every position filled,
     * 1 / n (a random permutation has one fixed point on average); nothing given, 0.
     */
    static double chance(ItemContent c, Response presented) {
        if (presented == null || presented.isEmpty()) {
            return 0;
        }
        return switch (c.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE -> c.options().stream()
                    .mapToDouble(o -> Math.max(0, Math.min(1, o.weight() / 100))).average().orElse(0);
            case MATCHING -> 1.0 / c.pairs().size();
            case ORDERING -> 1.0 / c.sequence().size();
            default -> 0;
        };
    }

    /** Takes every seeded test {@link #ATTEMPTS} times with one strategy; ids random or canonical. */
    static Figures take(BiFunction<SlotView, Presentation, Response> strategy, boolean randomIds) {
        List<Candidate> pool = new ArrayList<>();
        for (int i = 0; i < ITEMS.size(); i++) {
            pool.add(new Candidate(i, ITEMS.get(i).competencyCode(), ITEMS.get(i).level()));
        }
        Random random = new Random(20260);
        double percent = 0;
        double chance = 0;
        int results = 0;
        int evidence = 0;
        int attempts = 0;
        for (TestRow test : TESTS.values().stream().sorted(java.util.Comparator.comparing(TestRow::code)).toList()) {
            for (int a = 0; a < ATTEMPTS; a++) {
                List<Candidate> form = ItemDraw.draw(RULES.get(test.code()), pool, random, test.shuffleQuestions());
                List<ScoredItem> scored = new ArrayList<>();
                double total = 0;
                double expected = 0;
                int slotNo = 1;
                for (Candidate candidate : form) {
                    BankItem item = ITEMS.get((int) candidate.questionId());
                    Presentation drawn = Presentation.draw(item.content(), random, test.shuffleOptions());
                    Presentation p = randomIds ? drawn
                            : new Presentation(drawn.order(), IntStream.range(0, drawn.ids().size()).boxed().toList());
                    SlotView slot = p.slot(slotNo++, item.content(), null);
                    Response sent = strategy.apply(slot, p);
                    Response stored = sent == null ? null : p.toCanonical(sent);
                    assertThat(stored == null || Scoring.isValid(item.content(), stored)).isTrue();
                    double score = stored == null ? 0 : Scoring.score(item.content(), stored);
                    total += score;
                    expected += chance(item.content(), sent);
                    scored.add(new ScoredItem(item.competencyCode(), score));
                }
                percent += 100 * total / form.size();
                chance += 100 * expected / form.size();
                for (CompetencyScore s : ResultCalculator.compute(scored, test.cuts(), MAX_LEVEL)) {
                    results++;
                    evidence += s.level() >= 1 ? 1 : 0;
                }
                attempts++;
            }
        }
        return new Figures(percent / attempts, chance / attempts, (double) evidence / results);
    }

    private static void print(String name, Figures f) {
        System.out.printf(java.util.Locale.ROOT, "blind taking, %-48s mean %5.1f %% (chance %5.1f %%), "
                + "competency results with a level (evidence): %5.1f %%%n", name, f.percent(), f.chancePercent(),
                100 * f.evidenceShare());
    }

    @Test
    void the_seeded_tests_have_published_blueprints_to_take() {
        assertThat(TESTS).hasSizeGreaterThanOrEqualTo(7);
        assertThat(TESTS.keySet()).allSatisfy(code -> assertThat(RULES).containsKey(code));
    }

    @Test
    void answering_id_zero_everywhere_and_leaving_matching_and_ordering_untouched_scores_at_chance() {
        Figures f = take(BlindTakingTest::idZero, true);
        print("id 0 everywhere, matching/ordering untouched", f);
        assertThat(f.percent()).isCloseTo(f.chancePercent(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(f.percent()).as("far below the 61–73 % of the leak").isLessThan(40);
    }

    @Test
    void answering_the_first_option_listed_and_leaving_every_list_as_shown_stays_far_below_the_leak() {
        Figures f = take(BlindTakingTest::firstListed, true);
        print("first listed, matching/ordering as shown", f);
        assertThat(f.percent()).as("far below the 61–73 % of the leak").isLessThan(40);
    }

    @Test
    void sending_ascending_ids_scores_at_chance_while_canonical_ids_would_give_the_key_away() {
        Figures random = take(BlindTakingTest::ascendingIds, true);
        Figures canonical = take(BlindTakingTest::ascendingIds, false);
        Figures canonicalIdZero = take(BlindTakingTest::idZero, false);
        print("ascending ids (random ids)", random);
        print("ascending ids (canonical ids, the old server)", canonical);
        print("id 0, untouched (canonical ids, the old server)", canonicalIdZero);
        assertThat(random.percent()).isCloseTo(random.chancePercent(), org.assertj.core.data.Offset.offset(2.0));
        assertThat(random.percent()).isLessThan(40);
        assertThat(canonical.percent()).as("the same strategy against canonical ids finds the matching and "
                + "ordering keys").isGreaterThan(random.percent() + 5);
    }
}
