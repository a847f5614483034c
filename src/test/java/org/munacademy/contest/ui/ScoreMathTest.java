package org.munacademy.contest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.munacademy.contest.entity.CriterionRow;

class ScoreMathTest {

    static final List<CriterionRow> RUBRIC = List.of(
            new CriterionRow(1, "data", "Опора на данные", new BigDecimal("0.30"), 5, null, null, null),
            new CriterionRow(2, "people", "Участие жителей", new BigDecimal("0.20"), 5, null, null, null),
            new CriterionRow(3, "result", "Измеримый результат", new BigDecimal("0.50"), 5, null, null, null));

    @Test
    void the_total_is_the_weighted_mean_of_all_scores() {
        // 0.3 × 4 + 0.2 × 5 + 0.5 × 3 = 1.2 + 1.0 + 1.5 = 3.7
        assertThat(ScoreMath.weightedMean(RUBRIC, Map.of("data", 4, "people", 5, "result", 3))).isEqualTo(3.7);
    }

    @Test
    void a_partly_scored_sheet_averages_over_the_scored_criteria_only() {
        // (0.3 × 4 + 0.2 × 1) / 0.5 = 1.4 / 0.5 = 2.8
        Map<String, Integer> partial = new HashMap<>();
        partial.put("data", 4);
        partial.put("people", 1);
        partial.put("result", null);

        assertThat(ScoreMath.weightedMean(RUBRIC, partial)).isEqualTo(2.8);
        assertThat(ScoreMath.complete(RUBRIC, partial)).isFalse();
    }

    @Test
    void an_empty_sheet_totals_zero_and_a_full_one_is_complete() {
        assertThat(ScoreMath.weightedMean(RUBRIC, Map.of())).isZero();
        assertThat(ScoreMath.complete(RUBRIC, Map.of("data", 1, "people", 1, "result", 1))).isTrue();
    }

    @Test
    void the_total_is_rounded_to_three_decimals_like_the_boundarys() {
        List<CriterionRow> thirds = List.of(
                new CriterionRow(1, "a", "A", BigDecimal.ONE, 5, null, null, null),
                new CriterionRow(2, "b", "B", BigDecimal.ONE, 5, null, null, null),
                new CriterionRow(3, "c", "C", BigDecimal.ONE, 5, null, null, null));
        // (5 + 5 + 4) / 3 = 4.6666… → 4.667
        assertThat(ScoreMath.weightedMean(thirds, Map.of("a", 5, "b", 5, "c", 4))).isEqualTo(4.667);
    }
}
