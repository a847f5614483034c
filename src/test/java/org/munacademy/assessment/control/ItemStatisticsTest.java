package org.munacademy.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.AttemptScores;
import org.munacademy.assessment.entity.ItemFlag;
import org.munacademy.assessment.entity.ItemStat;
import org.munacademy.assessment.entity.StatisticsReport;

class ItemStatisticsTest {

    private static final double EXACT = 1e-6;

    /**
     * Six attempts on the same four items (0/1). Totals X = 4, 3, 2, 2, 1, 1.
     * <pre>
     *        i1 i2 i3 i4   X
     *   a1    1  1  1  1   4
     *   a2    1  1  1  0   3
     *   a3    1  1  0  0   2
     *   a4    1  0  1  0   2
     *   a5    0  1  0  0   1
     *   a6    0  0  0  1   1
     * </pre>
     */
    static final List<AttemptScores> FIXED = attempts("1111", "1110", "1100", "1010", "0100", "0001");

    @Test
    void facility_discrimination_and_alpha_of_a_fixed_form_computed_by_hand() {
        StatisticsReport report = ItemStatistics.compute(FIXED, Map.of(1L, "A", 2L, "A", 3L, "B", 4L, "B"));

        assertThat(report.fixedForm()).isTrue();
        assertThat(report.attempts()).isEqualTo(6);
        assertThat(report.items()).extracting(ItemStat::itemId).containsExactly(1L, 2L, 3L, 4L);
        assertThat(report.items()).extracting(ItemStat::n).containsOnly(6);
        // facility = mean score: 4/6, 4/6, 3/6, 2/6
        assertThat(report.items().get(0).facility()).isCloseTo(4 / 6.0, within(EXACT));
        assertThat(report.items().get(1).facility()).isCloseTo(4 / 6.0, within(EXACT));
        assertThat(report.items().get(2).facility()).isCloseTo(0.5, within(EXACT));
        assertThat(report.items().get(3).facility()).isCloseTo(2 / 6.0, within(EXACT));

        // Item-rest correlation. The rest score is (X − x) / 3; dividing by 3 does not change a correlation, so
        // correlate x with R = X − x. Population moments: cov = mean(xR) − mean(x)·mean(R), var = mean(v²) − mean².
        // i1: x = 1 1 1 1 0 0, R = 3 2 1 1 1 1; mean x = 2/3, mean R = 3/2, mean xR = 7/6
        //     cov = 7/6 − 1 = 1/6; var x = 2/3·1/3 = 2/9; var R = 17/6 − 9/4 = 7/12
        //     r = (1/6) / √(2/9 · 7/12) = (1/6) / √(7/54) = √(3/14) = 0.4629100
        assertThat(report.items().get(0).discrimination()).isCloseTo(Math.sqrt(3 / 14.0), within(EXACT))
                .isCloseTo(0.4629100, within(EXACT));
        // i2: x = 1 1 1 0 1 0, R = 3 2 1 2 0 1; mean x = 2/3, mean R = 3/2, mean xR = 6/6 = 1
        //     cov = 1 − 2/3·3/2 = 0  →  r = 0
        assertThat(report.items().get(1).discrimination()).isCloseTo(0, within(EXACT));
        // i3: x = 1 1 0 1 0 0, R = 3 2 2 1 1 1; mean x = 1/2, mean R = 5/3, mean xR = 6/6 = 1
        //     cov = 1 − 5/6 = 1/6; var x = 1/4; var R = 20/6 − 25/9 = 5/9
        //     r = (1/6) / √(1/4 · 5/9) = (1/6) / (√5/6) = 1/√5 = 0.4472136
        assertThat(report.items().get(2).discrimination()).isCloseTo(0.4472136, within(EXACT));
        // i4: x = 1 0 0 0 0 1, R = 3 3 2 2 1 0; mean x = 1/3, mean R = 11/6, mean xR = 3/6
        //     cov = 1/2 − 11/18 = −1/9; var x = 2/9; var R = 27/6 − 121/36 = 41/36
        //     r = (−1/9) / √(2/9 · 41/36) = (−1/9) / (√82/18) = −2/√82 = −0.2208631
        assertThat(report.items().get(3).discrimination()).isCloseTo(-0.2208631, within(EXACT));

        // α (population variances): item variances p(1 − p) = 8/36, 8/36, 9/36, 8/36, Σ = 33/36
        // totals 4 3 2 2 1 1: mean 13/6, mean X² = 35/6, σ²_X = 35/6 − 169/36 = 41/36
        // α = 4/3 · (1 − 33/41) = 4/3 · 8/41 = 32/123 = 0.2601626
        assertThat(report.alpha()).isCloseTo(32 / 123.0, within(EXACT)).isCloseTo(0.2601626, within(EXACT));
        // A = {i1, i2}: variances 2/9 + 2/9 = 4/9; totals 2 2 2 1 1 0, σ² = 14/6 − 16/9 = 5/9
        //     α = 2 · (1 − 4/5) = 0.4
        // B = {i3, i4}: variances 1/4 + 2/9 = 17/36; totals 2 1 0 1 0 1, σ² = 7/6 − 25/36 = 17/36 → α = 0
        assertThat(report.alphaByCompetency()).containsOnlyKeys("A", "B");
        assertThat(report.alphaByCompetency().get("A")).isCloseTo(0.4, within(EXACT));
        assertThat(report.alphaByCompetency().get("B")).isCloseTo(0, within(EXACT));
        assertThat(report.items()).allMatch(i -> i.flags().isEmpty(), "no flags below 10 attempts");
    }

    @Test
    void both_alpha_forms_agree_on_a_fixed_form() {
        // Hand check of the average-covariance form on FIXED: covariances (population) of the 6 pairs
        // (1,2) 1/2 − 4/9 = 1/18, (1,3) 1/2 − 1/3 = 1/6, (1,4) 1/6 − 2/9 = −1/18, (2,3) 1/3 − 1/3 = 0,
        // (2,4) −1/18, (3,4) 1/6 − 1/6 = 0; Σ = 1/9, c̄ = 1/54; v̄ = (33/36)/4 = 11/48; m = 4
        // α = 4 · 1/54 / (11/48 + 3/54) = (2/27) / (41/144) = 32/123, as by the standard formula
        assertThat(ItemStatistics.alphaAverageCovariance(FIXED)).isCloseTo(32 / 123.0, within(1e-12));
        assertThat(ItemStatistics.alphaFixedForm(FIXED)).isCloseTo(32 / 123.0, within(1e-12));

        Random random = new Random(3);
        for (int round = 0; round < 20; round++) {
            List<AttemptScores> attempts = new ArrayList<>();
            for (int a = 0; a < 30; a++) {
                double ability = random.nextDouble();
                Map<Long, Double> scores = new LinkedHashMap<>();
                for (long item = 1; item <= 12; item++) {
                    scores.put(item, random.nextDouble() < ability ? 1.0 : round % 2 == 0 ? 0.0 : 0.5);
                }
                attempts.add(new AttemptScores(a, scores));
            }
            assertThat(ItemStatistics.alphaAverageCovariance(attempts))
                    .isCloseTo(ItemStatistics.alphaFixedForm(attempts), within(1e-12));
            assertThat(ItemStatistics.compute(attempts, Map.of()).alpha())
                    .isEqualTo(ItemStatistics.alphaFixedForm(attempts));
        }
    }

    /**
     * Random draws: each attempt holds its own items.
     * <pre>
     *        10 20 30 40 50
     *   b1    1  1  0  .  .
     *   b2    0  0  .  1  .
     *   b3    1  .  1  .  .
     *   b4    .  1  1  0  .
     *   b5    1  0  1  1  .
     *   b6    .  .  0  0  1
     *   b7    .  1  .  .  .
     * </pre>
     */
    @Test
    void with_random_draws_each_item_uses_only_the_attempts_that_contained_it() {
        List<AttemptScores> attempts = List.of(
                attempt(1, 10, 1, 20, 1, 30, 0), attempt(2, 10, 0, 20, 0, 40, 1), attempt(3, 10, 1, 30, 1),
                attempt(4, 20, 1, 30, 1, 40, 0), attempt(5, 10, 1, 20, 0, 30, 1, 40, 1),
                attempt(6, 30, 0, 40, 0, 50, 1), attempt(7, 20, 1));

        StatisticsReport report = ItemStatistics.compute(attempts, Map.of(10L, "A", 20L, "A", 50L, "B"));

        assertThat(report.fixedForm()).isFalse();
        assertThat(report.attempts()).isEqualTo(7);
        ItemStat i10 = report.items().get(0);
        // item 10 in b1, b2, b3, b5: x = 1 0 1 1 → n = 4, facility 3/4
        // rest = mean of the attempt's other items: b1 (1+0)/2 = 1/2, b2 (0+1)/2 = 1/2, b3 1/1 = 1, b5 2/3
        // mean x = 3/4, mean R = (1/2 + 1/2 + 1 + 2/3)/4 = 2/3, mean xR = (1/2 + 1 + 2/3)/4 = 13/24
        // cov = 13/24 − 1/2 = 1/24; var x = 3/16; var R = (1/4 + 1/4 + 1 + 4/9)/4 − 4/9 = 1/24
        // r = (1/24) / √(3/16 · 1/24) = √128 / 24 = √2/3 = 0.4714045
        // (a rest SUM would give R = 1 1 1 2 and r = 1/3: attempts of different length are not comparable)
        assertThat(i10.n()).isEqualTo(4);
        assertThat(i10.facility()).isCloseTo(0.75, within(EXACT));
        assertThat(i10.discrimination()).isCloseTo(Math.sqrt(2) / 3, within(EXACT)).isCloseTo(0.4714045, within(EXACT));
        ItemStat i20 = report.items().get(1);
        // item 20 in b1, b2, b4, b5, b7: x = 1 0 1 0 1 → n = 5, facility 3/5; b7 has no other item, so the
        // correlation uses b1, b2, b4, b5: x = 1 0 1 0, R = 1/2 1/2 1/2 1
        // mean x = 1/2, mean R = 5/8, mean xR = 1/4, cov = 1/4 − 5/16 = −1/16; var x = 1/4
        // var R = (3/4 + 1)/4 − 25/64 = 3/64; r = (−1/16) / √(1/4 · 3/64) = −1/√3 = −0.5773503
        assertThat(i20.n()).isEqualTo(5);
        assertThat(i20.facility()).isCloseTo(0.6, within(EXACT));
        assertThat(i20.discrimination()).isCloseTo(-0.5773503, within(EXACT));
        ItemStat i50 = report.items().get(4);
        assertThat(i50.n()).isEqualTo(1);
        assertThat(i50.facility()).isEqualTo(1.0);
        assertThat(i50.discrimination()).as("one attempt").isNull();

        // Average-covariance α. Item variances (items in ≥ 2 attempts): 10: 3/16, 20: 6/25, 30: 6/25, 40: 1/4,
        // v̄ = 0.9175/4 = 0.229375. Pairs together in ≥ 2 attempts (50 is with 30 and 40 once only):
        // (10,20) in b1 b2 b5: 1/3 − 2/3·1/3 = 1/9; (10,30) in b1 b3 b5: 2/3 − 1·2/3 = 0; (10,40) in b2 b5: 0;
        // (20,30) in b1 b4 b5: 1/3 − 2/3·2/3 = −1/9; (20,40) in b2 b4 b5: 0 − 1/3·2/3 = −2/9;
        // (30,40) in b4 b5 b6: 1/3 − 2/3·1/3 = 1/9; c̄ = (−1/9)/6 = −1/54
        // m = (3 + 3 + 2 + 3 + 4 + 3 + 1)/7 = 19/7
        // α = m·c̄ / (v̄ + (m − 1)·c̄) = (−19/378) / (0.229375 − 12/378) = −0.2543380
        assertThat(report.alpha()).isCloseTo(-0.2543380, within(EXACT));
        // subscale A = {10, 20}: b1 (1,1), b2 (0,0), b5 (1,0) hold both, b3, b4, b7 one of them, b6 none
        // v̄ = (3/16 + 6/25)/2 = 0.21375, c̄ = 1/9 (the one pair), m = (2 + 2 + 1 + 1 + 2 + 1)/6 = 3/2
        // α = (3/2 · 1/9) / (0.21375 + 1/2 · 1/9) = 0.1666667 / 0.2693056 = 0.6188757
        assertThat(report.alphaByCompetency().get("A")).isCloseTo(0.6188757, within(EXACT));
        assertThat(report.alphaByCompetency()).as("B has one item").containsEntry("B", null);
        assertThatThrownBy(() -> ItemStatistics.alphaFixedForm(attempts))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void flags_need_ten_attempts_and_follow_the_thresholds() {
        // 12 attempts from the strongest to the weakest; items 1–4 measure ability, 5 is hard, 6 easy,
        // 7 reversed (a wrong key), 8 unrelated to ability.
        List<AttemptScores> attempts = attempts("11111101", "11111101", "11110101", "11110100", "11110100",
                "11010100", "01010110", "00010111", "00000111", "00000110", "00000110", "00000011");

        List<ItemStat> items = ItemStatistics.compute(attempts, Map.of()).items();

        assertThat(items.subList(0, 4)).allMatch(i -> i.flags().isEmpty() && i.discrimination() > 0.6);
        assertThat(items.get(4).facility()).isCloseTo(2 / 12.0, within(EXACT));
        assertThat(items.get(4).flags()).containsExactly(ItemFlag.TOO_HARD);
        assertThat(items.get(5).facility()).isCloseTo(11 / 12.0, within(EXACT));
        assertThat(items.get(5).discrimination()).isGreaterThan(0.2);
        assertThat(items.get(5).flags()).containsExactly(ItemFlag.TOO_EASY);
        assertThat(items.get(6).discrimination()).isNegative();
        assertThat(items.get(6).flags()).containsExactly(ItemFlag.NEGATIVE_DISCRIMINATION);
        assertThat(items.get(7).discrimination()).isBetween(0.0, 0.2);
        assertThat(items.get(7).flags()).containsExactly(ItemFlag.WEAK_DISCRIMINATION);

        List<ItemStat> nine = ItemStatistics.compute(attempts.subList(0, 9), Map.of()).items();
        assertThat(nine).allMatch(i -> i.n() == 9 && i.flags().isEmpty());
    }

    @Test
    void an_item_can_be_too_hard_and_have_a_wrong_key() {
        List<AttemptScores> attempts = new ArrayList<>();
        for (int a = 0; a < 10; a++) {
            // item 1 right only in the weakest attempt: hard and negative
            attempts.add(attempt(a, 1, a == 9 ? 1 : 0, 2, a < 5 ? 1 : 0, 3, a < 6 ? 1 : 0));
        }
        ItemStat hard = ItemStatistics.compute(attempts, Map.of()).items().get(0);
        assertThat(hard.flags()).containsExactly(ItemFlag.TOO_HARD, ItemFlag.NEGATIVE_DISCRIMINATION);
        assertThat(ItemStatistics.MIN_N_FOR_FLAGS).isEqualTo(10);
    }

    @Test
    void undefined_statistics_are_null() {
        assertThat(ItemStatistics.compute(attempts("1010"), Map.of()).alpha()).as("one attempt").isNull();
        assertThat(ItemStatistics.compute(attempts("1", "0", "1"), Map.of()).alpha()).as("one item").isNull();
        StatisticsReport same = ItemStatistics.compute(attempts("101", "101", "101"), Map.of());
        assertThat(same.alpha()).as("totals do not vary").isNull();
        assertThat(same.items()).allMatch(i -> i.discrimination() == null);
        assertThat(ItemStatistics.alphaAverageCovariance(attempts("101", "101", "101"))).isNull();
        StatisticsReport none = ItemStatistics.compute(List.of(new AttemptScores(1, Map.of())), Map.of());
        assertThat(none.items()).isEmpty();
        assertThat(none.alpha()).isNull();
        assertThat(none.attempts()).isZero();
        assertThat(none.fixedForm()).isFalse();
    }

    /** Attempts on items 1, 2, … from strings of 0/1 digits. */
    private static List<AttemptScores> attempts(String... rows) {
        List<AttemptScores> attempts = new ArrayList<>();
        for (int a = 0; a < rows.length; a++) {
            Map<Long, Double> scores = new LinkedHashMap<>();
            for (int i = 0; i < rows[a].length(); i++) {
                scores.put(i + 1L, (double) (rows[a].charAt(i) - '0'));
            }
            attempts.add(new AttemptScores(a + 1, scores));
        }
        return attempts;
    }

    /** An attempt from item id, score, item id, score, … */
    private static AttemptScores attempt(long id, double... idsAndScores) {
        Map<Long, Double> scores = new LinkedHashMap<>();
        for (int i = 0; i < idsAndScores.length; i += 2) {
            scores.put((long) idsAndScores[i], idsAndScores[i + 1]);
        }
        return new AttemptScores(id, scores);
    }
}
