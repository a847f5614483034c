package org.munacademy.learning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.munacademy.learning.control.Recommender.Need;
import org.munacademy.learning.control.Recommender.Offer;
import org.munacademy.learning.entity.ClosedGap;
import org.munacademy.learning.entity.CohortApproval;
import org.munacademy.learning.entity.CohortRow;
import org.munacademy.learning.entity.CohortStatus;
import org.munacademy.learning.entity.CompetencyTarget;
import org.munacademy.learning.entity.Recommendation;

class RecommenderTest {

    private static final String CLOSES = "закрывает:";

    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    private static CohortRow cohort(String code) {
        return new CohortRow(1L, code, "X", "X", DAY.plusDays(30), DAY.plusDays(60), 10, 0, DAY.minusDays(5),
                DAY.plusDays(5), CohortApproval.FREE, CohortStatus.OPEN, 0);
    }

    private static Offer offer(String code, boolean open, Object... competencyAndTarget) {
        List<CompetencyTarget> develops = new ArrayList<>();
        for (int i = 0; i < competencyAndTarget.length; i += 2) {
            develops.add(new CompetencyTarget((String) competencyAndTarget[i], (Integer) competencyAndTarget[i + 1]));
        }
        return new Offer(code, "Программа " + code, 36, develops, open ? List.of(cohort(code + "-1")) : List.of());
    }

    /** BUD-01 required 3 (weight 2), at level 1; LAW-02 3 (weight 1), at 2; DIG-01 4 (weight 3), no level. */
    private static final List<Need> PROFILE = List.of(new Need("BUD-01", 3, 2, 1), new Need("LAW-02", 3, 1, 2),
            new Need("DIG-01", 4, 3, null));

    private static List<Recommendation> recommend(Offer... offers) {
        return Recommender.recommend(PROFILE, List.of(offers), Set.of(), CLOSES);
    }

    @Test
    void the_gap_closed_is_the_target_capped_at_the_required_level_minus_the_current_level_weighted() {
        List<Recommendation> r = recommend(offer("IB", true, "BUD-01", 5, "LAW-02", 3));
        assertThat(r).singleElement().satisfies(x -> {
            // BUD-01: min(5, 3) − 1 = 2 levels × weight 2; LAW-02: 3 − 2 = 1 × 1
            assertThat(x.score()).isEqualTo(5);
            assertThat(x.closes()).containsExactly(new ClosedGap("BUD-01", 1, 3), new ClosedGap("LAW-02", 2, 3));
            assertThat(x.reason()).isEqualTo("закрывает: BUD-01 1 → 3, LAW-02 2 → 3");
        });
    }

    @Test
    void no_level_yet_counts_as_zero_and_reads_as_a_dash() {
        Recommendation r = recommend(offer("DT", true, "DIG-01", 2)).get(0);
        assertThat(r.score()).isEqualTo(6);
        assertThat(r.reason()).isEqualTo("закрывает: DIG-01 — → 2");
    }

    @Test
    void programmes_closing_nothing_are_left_out() {
        assertThat(recommend(offer("LOW", true, "BUD-01", 1), offer("OTHER", true, "ECO-09", 5),
                offer("NONE", true), offer("MET", true, "LAW-02", 2))).isEmpty();
    }

    @Test
    void a_competency_outside_the_profile_adds_nothing_but_the_rest_still_counts() {
        Recommendation r = recommend(offer("MIX", false, "ECO-09", 5, "LAW-02", 4)).get(0);
        assertThat(r.score()).isEqualTo(1);
        assertThat(r.closes()).extracting(ClosedGap::competencyCode).containsExactly("LAW-02");
    }

    @Test
    void programmes_the_person_is_in_or_completed_are_left_out() {
        List<Recommendation> r = Recommender.recommend(PROFILE, List.of(offer("A", true, "BUD-01", 3),
                offer("B", true, "BUD-01", 3), offer("C", true, "BUD-01", 3)), Set.of("A", "C"), CLOSES);
        assertThat(r).extracting(Recommendation::programmeCode).containsExactly("B");
    }

    @Test
    void open_cohorts_come_first_then_the_higher_score_then_the_code() {
        List<Recommendation> r = recommend(
                offer("Z-BIG-CLOSED", false, "DIG-01", 4),  // 12, no open cohort
                offer("B-SMALL-OPEN", true, "LAW-02", 3),   // 1
                offer("A-SMALL-OPEN", true, "LAW-02", 3),   // 1, ties with B: code decides
                offer("M-MID-OPEN", true, "BUD-01", 3),     // 4
                offer("C-MID-CLOSED", false, "BUD-01", 2)); // 2
        assertThat(r).extracting(Recommendation::programmeCode).containsExactly("M-MID-OPEN", "A-SMALL-OPEN",
                "B-SMALL-OPEN", "Z-BIG-CLOSED", "C-MID-CLOSED");
        assertThat(r.get(0).open()).isTrue();
        assertThat(r.get(0).openCohorts()).extracting(CohortRow::code).containsExactly("M-MID-OPEN-1");
        assertThat(r.get(3).open()).isFalse();
    }

    @Test
    void the_reason_lists_the_gaps_by_competency_code_in_the_language_asked() {
        Recommendation r = Recommender.recommend(PROFILE, List.of(offer("X", true, "LAW-02", 3, "BUD-01", 2)),
                Set.of(), "closes:").get(0);
        assertThat(r.reason()).isEqualTo("closes: BUD-01 1 → 2, LAW-02 2 → 3");
    }

    @Test
    void the_compiled_form_for_many_people_gives_the_same_scores_and_gaps_as_the_one_person_rule() {
        List<String> codes = List.of("BUD-01", "LAW-02", "DIG-01", "ECO-09", "HR-01");
        Random random = new Random(42);
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<Object> spec = new ArrayList<>();
            for (String c : codes) {
                if (random.nextInt(3) == 0) {
                    spec.add(c);
                    spec.add(1 + random.nextInt(5));
                }
            }
            spec.add("NOT-IN-STANDARD");
            spec.add(3);
            offers.add(offer(String.format("P%02d", i), random.nextBoolean(), spec.toArray()));
        }
        Recommender.Compiled compiled = Recommender.compile(offers, c -> codes.indexOf(c));
        for (int person = 0; person < 200; person++) {
            int[] target = new int[codes.size()];
            int[] weight = new int[codes.size()];
            byte[] current = new byte[codes.size()];
            List<Need> profile = new ArrayList<>();
            for (int c = 0; c < codes.size(); c++) {
                current[c] = (byte) (random.nextInt(6) - 1);
                if (random.nextBoolean()) {
                    target[c] = 1 + random.nextInt(5);
                    weight[c] = 1 + random.nextInt(3);
                    profile.add(new Need(codes.get(c), target[c], weight[c], current[c] < 0 ? null : (int) current[c]));
                }
            }
            Map<String, Recommendation> one = new java.util.HashMap<>();
            Recommender.recommend(profile, offers, Set.of(), CLOSES).forEach(r -> one.put(r.programmeCode(), r));
            for (int o = 0; o < offers.size(); o++) {
                int score = compiled.score(o, target, weight, current);
                Recommendation r = one.get(offers.get(o).code());
                if (score == 0) {
                    assertThat(r).isNull();
                } else {
                    assertThat(r.score()).isEqualTo(score);
                    assertThat(Recommender.recommendation(offers.get(o), score,
                            compiled.closes(o, target, current), CLOSES).reason()).isEqualTo(r.reason());
                }
            }
        }
        assertThat(compiled.indexOf("P07")).isEqualTo(7);
        assertThat(compiled.indexOf("NOPE")).isEqualTo(-1);
    }
}
