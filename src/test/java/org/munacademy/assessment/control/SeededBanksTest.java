package org.munacademy.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.BankItem;
import org.munacademy.assessment.entity.BlueprintRule;
import org.munacademy.assessment.entity.Candidate;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.assessment.entity.SourcedItem;
import org.munacademy.shared.control.Csv;
import org.munacademy.shared.control.Table;

/**
 * The seeded question banks in {@code content/assessment/banks/}: they parse, hold at least 150 sound questions of
 * every type for the competencies of the national standard, every test's blueprint can be served, and the GIFT
 * writer gives them back unchanged.
 */
class SeededBanksTest {

    private static final Path CONTENT = SeededBanks.CONTENT;

    private static final List<BankItem> ITEMS = new ArrayList<>();

    private static final Set<String> COMPETENCIES = new HashSet<>();

    @BeforeAll
    static void read() throws IOException {
        ITEMS.addAll(SeededBanks.items());
        try (Reader r = Files.newBufferedReader(CONTENT.resolve("competency/mun-comp-v1.csv"),
                StandardCharsets.UTF_8)) {
            Csv.read(r).stream().filter(row -> "COMPETENCY".equals(row.get("record")))
                    .forEach(row -> COMPETENCIES.add(row.get("code")));
        }
    }

    @Test
    void there_are_at_least_150_questions_of_every_type_for_every_competency_of_the_standard() {
        assertThat(ITEMS).hasSizeGreaterThanOrEqualTo(150);
        assertThat(ITEMS.stream().map(i -> i.content().type()).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(QuestionType.class));
        assertThat(ITEMS).allSatisfy(i -> assertThat(COMPETENCIES).contains(i.competencyCode()));
        assertThat(ITEMS.stream().map(BankItem::competencyCode).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(COMPETENCIES);
        assertThat(ITEMS).allSatisfy(i -> assertThat(i.level()).isBetween(1, 4));
        assertThat(ITEMS.stream().map(BankItem::code).distinct().count()).isEqualTo(ITEMS.size());
    }

    @Test
    void every_question_passes_the_methodologists_checks() {
        for (BankItem item : ITEMS) {
            assertThat(Scoring.check(item.content())).as(item.code()).isEmpty();
        }
    }

    @Test
    void the_key_of_a_choice_question_is_not_always_in_the_same_place() {
        // the ids a taker sees are random, but the banks themselves should not teach "the first option is right"
        Map<Integer, Integer> keyPositions = new HashMap<>();
        int single = 0;
        int multipleWithRightFirst = 0;
        int multiple = 0;
        for (BankItem item : ITEMS) {
            List<ItemContent.Option> options = item.content().options();
            if (item.content().type() == QuestionType.SINGLE_CHOICE) {
                single++;
                for (int i = 0; i < options.size(); i++) {
                    if (options.get(i).weight() >= 100) {
                        keyPositions.merge(i, 1, Integer::sum);
                    }
                }
            } else if (item.content().type() == QuestionType.MULTIPLE_CHOICE) {
                multiple++;
                multipleWithRightFirst += options.get(0).weight() > 0 ? 1 : 0;
            }
        }
        System.out.println("single-choice key positions " + keyPositions + " of " + single
                + "; multiple choice with a right first option: " + multipleWithRightFirst + " of " + multiple);
        assertThat(keyPositions.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(single);
        int total = single;
        assertThat(keyPositions).allSatisfy((position, count) -> assertThat(count).as("keys at option " + position)
                .isLessThanOrEqualTo(total * 40 / 100));
        assertThat(multipleWithRightFirst).isLessThan(multiple * 80 / 100);
    }

    @Test
    void the_gift_writer_gives_the_banks_back_unchanged() {
        List<BankItem> again = Gift.read(Gift.write(ITEMS)).stream().map(SourcedItem::item).toList();
        assertThat(new HashSet<>(again)).isEqualTo(new HashSet<>(ITEMS));
        assertThat(again).hasSameSizeAs(ITEMS);
    }

    @Test
    void every_seeded_test_blueprint_can_be_served_by_the_banks() throws IOException {
        List<Candidate> pool = new ArrayList<>();
        long id = 1;
        for (BankItem item : ITEMS) {
            pool.add(new Candidate(id++, item.competencyCode(), item.level()));
        }
        Map<String, List<BlueprintRule>> rules = new HashMap<>();
        try (Reader r = Files.newBufferedReader(CONTENT.resolve("assessment/blueprints.csv"), StandardCharsets.UTF_8)) {
            for (Table.Row row : Csv.read(r)) {
                rules.computeIfAbsent(row.get("test_code"), k -> new ArrayList<>()).add(new BlueprintRule(
                        row.get("competency"), row.isBlank("level") ? null : Integer.valueOf(row.get("level")),
                        Integer.parseInt(row.get("count"))));
            }
        }
        Set<String> groups = new HashSet<>();
        try (Reader r = Files.newBufferedReader(CONTENT.resolve("assessment/tests.csv"), StandardCharsets.UTF_8)) {
            for (Table.Row row : Csv.read(r)) {
                List<BlueprintRule> testRules = rules.getOrDefault(row.get("code"), List.of());
                assertThat(testRules).as(row.get("code")).isNotEmpty();
                assertThat(ItemDraw.shortfalls(testRules, pool)).as(row.get("code")).isEmpty();
                if (!row.isBlank("position_group")) {
                    groups.add(row.get("position_group"));
                }
            }
        }
        assertThat(groups).containsExactlyInAnyOrder("HIGHEST", "CHIEF", "LEADING", "SENIOR", "JUNIOR",
                "HEAD_OF_MUNICIPALITY", "DEPUTY");
    }
}
