package org.munacademy.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.AssessmentError;
import org.munacademy.assessment.entity.AssessmentPlace;
import org.munacademy.assessment.entity.CompetencyScore;
import org.munacademy.assessment.entity.CutScore;
import org.munacademy.assessment.entity.ScoredItem;
import org.munacademy.shared.boundary.ErrorTexts;
import org.munacademy.shared.entity.InvalidInputException.Violation;
import org.munacademy.shared.entity.Location;

class ResultCalculatorTest {

    @Test
    void results_per_competency_in_order_of_first_appearance() {
        List<ScoredItem> items = new ArrayList<>();
        items.add(new ScoredItem("B1", 1));
        items.add(new ScoredItem("A1", 0.5));
        for (int i = 0; i < 9; i++) {
            items.add(new ScoredItem("B1", i < 6 ? 1 : 0));
        }
        items.add(new ScoredItem("A1", 1));

        List<CompetencyScore> scores = ResultCalculator.compute(items, List.of(), 4);

        assertThat(scores).extracting(CompetencyScore::competencyCode).containsExactly("B1", "A1");
        CompetencyScore b1 = scores.get(0);
        assertThat(b1.items()).isEqualTo(10);
        assertThat(b1.points()).isEqualTo(7.0);
        assertThat(b1.percent()).isCloseTo(70.0, within(1e-9));
        assertThat(b1.level()).as("60 ≤ 70 < 75 on the default cuts").isEqualTo(2);
        // Wilson, z = 1.959964, z² = 3.841459, p = 0.7, n = 10:
        // centre = (0.7 + 3.841459/20) / (1 + 0.3841459) = 0.8920729 / 1.3841459 = 0.6444934
        // half = 1.959964 / 1.3841459 · √(0.7·0.3/10 + 3.841459/400) = 1.4160097 · √0.0306036 = 0.2477153
        // band = 39.68 % … 89.22 %: level 0 (< 40) … level 3 (75 ≤ 89.22 < 90)
        assertThat(b1.percentLow()).isCloseTo(39.677815, within(1e-5));
        assertThat(b1.percentHigh()).isCloseTo(89.220873, within(1e-5));
        assertThat(b1.levelLow()).isZero();
        assertThat(b1.levelHigh()).isEqualTo(3);
        CompetencyScore a1 = scores.get(1);
        assertThat(a1.items()).isEqualTo(2);
        assertThat(a1.points()).isEqualTo(1.5);
        assertThat(a1.percent()).isEqualTo(75.0);
        assertThat(a1.level()).isEqualTo(3);
    }

    @Test
    void the_band_matches_the_wilson_formula_and_reaches_the_bounds_exactly() {
        for (int n = 1; n <= 30; n++) {
            for (int k = 0; k <= n; k++) {
                double p = (double) k / n;
                double z = ResultCalculator.Z_95;
                double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
                double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n));
                double[] band = ResultCalculator.wilson(p, n, z);
                assertThat(band[0]).isCloseTo(Math.max(0, centre - half), within(1e-12)).isLessThanOrEqualTo(p);
                assertThat(band[1]).isCloseTo(Math.min(1, centre + half), within(1e-12)).isGreaterThanOrEqualTo(p);
            }
        }
        CompetencyScore allRight = ResultCalculator.compute(List.of(new ScoredItem("A", 1), new ScoredItem("A", 1),
                new ScoredItem("A", 1), new ScoredItem("A", 1)), List.of(), 4).get(0);
        assertThat(allRight.percentHigh()).isEqualTo(100.0);
        assertThat(allRight.percentLow()).isCloseTo(51.010916, within(1e-5));
        assertThat(allRight.levelLow()).isEqualTo(1);
        assertThat(allRight.levelHigh()).isEqualTo(4);
        CompetencyScore allWrong = ResultCalculator.compute(List.of(new ScoredItem("A", 0)), List.of(), 4).get(0);
        assertThat(allWrong.percentLow()).isZero();
        assertThat(allWrong.level()).isZero();
    }

    @Test
    void own_cuts_win_over_the_test_defaults() {
        List<CutScore> cuts = List.of(new CutScore(null, 1, 50), new CutScore(null, 2, 80),
                new CutScore("A1", 1, 30), new CutScore("A1", 2, 45), new CutScore("A1", 3, 60));
        List<ScoredItem> items = List.of(new ScoredItem("A1", 1), new ScoredItem("A1", 0),
                new ScoredItem("B1", 1), new ScoredItem("B1", 0));

        List<CompetencyScore> scores = ResultCalculator.compute(items, cuts, 3);

        assertThat(scores.get(0).level()).as("A1: 50 % ≥ its own 45 % cut of level 2").isEqualTo(2);
        assertThat(scores.get(1).level()).as("B1: 50 % ≥ the default 50 % cut of level 1").isEqualTo(1);
    }

    @Test
    void a_percentage_equal_to_a_cut_reaches_it_despite_rounding() {
        // 0.7 + 0.1 + 0.1 = 0.8999999999999999 in binary, so the percentage is 29.999999999999996
        List<ScoredItem> items = List.of(new ScoredItem("A", 0.7), new ScoredItem("A", 0.1),
                new ScoredItem("A", 0.1));
        CompetencyScore s = ResultCalculator.compute(items, List.of(new CutScore(null, 1, 30)), 1).get(0);
        assertThat(s.percent()).isLessThan(30.0);
        assertThat(s.level()).isEqualTo(1);
    }

    @Test
    void scores_outside_zero_to_one_are_clipped_and_cuts_beyond_the_scale_ignored() {
        List<ScoredItem> items = List.of(new ScoredItem("A", 1.5), new ScoredItem("A", -1), new ScoredItem("A", 1));
        CompetencyScore s = ResultCalculator.compute(items, List.of(new CutScore(null, 1, 10),
                new CutScore(null, 5, 20)), 4).get(0);
        assertThat(s.points()).isEqualTo(2.0);
        assertThat(s.level()).isEqualTo(1);
        assertThat(ResultCalculator.compute(List.of(), List.of(), 4)).isEmpty();
        assertThatThrownBy(() -> ResultCalculator.compute(items, List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void default_cuts() {
        assertThat(ResultCalculator.defaultCuts(4)).containsExactly(new CutScore(null, 1, 40),
                new CutScore(null, 2, 60), new CutScore(null, 3, 75), new CutScore(null, 4, 90));
        assertThat(ResultCalculator.defaultCuts(1)).extracting(CutScore::minPercent).containsExactly(40.0);
        assertThat(ResultCalculator.defaultCuts(2)).extracting(CutScore::minPercent).containsExactly(40.0, 90.0);
        assertThat(ResultCalculator.defaultCuts(3)).extracting(CutScore::minPercent).containsExactly(40.0, 65.0, 90.0);
        assertThat(ResultCalculator.defaultCuts(5)).extracting(CutScore::minPercent)
                .containsExactly(40.0, 53.0, 65.0, 78.0, 90.0);
        for (int m = 1; m <= 10; m++) {
            assertThat(ResultCalculator.checkCuts(ResultCalculator.defaultCuts(m), m)).isEmpty();
        }
    }

    @Test
    void check_cuts_names_every_problem() {
        List<CutScore> cuts = List.of(
                new CutScore(null, 1, 40), new CutScore(null, 2, 40), new CutScore(null, 3, 120),
                new CutScore("A1", 0, 10), new CutScore("A1", 2, 70), new CutScore("A1", 2, 80),
                new CutScore("A1", 3, 65), new CutScore("B1", 4, 90));

        Location defaults = Location.of(AssessmentPlace.DEFAULT_CUTS);
        Location a1 = Location.of(AssessmentPlace.COMPETENCY_CUTS, "A1");
        List<Violation> problems = ResultCalculator.checkCuts(cuts, 3);

        assertThat(problems).extracting(Violation::code, v -> List.of(v.args())).containsExactly(
                tuple(AssessmentError.CUT_PERCENT_RANGE, List.of(defaults, 3, 120.0)),
                tuple(AssessmentError.CUT_LEVEL_OFF_SCALE, List.of(a1, 0, 3)),
                tuple(AssessmentError.CUT_LEVEL_OFF_SCALE, List.of(Location.of(AssessmentPlace.COMPETENCY_CUTS, "B1"),
                        4, 3)),
                tuple(AssessmentError.CUT_NOT_RISING, List.of(defaults, 2, 40.0, 1, 40.0)),
                tuple(AssessmentError.CUT_REPEATED, List.of(a1, 2)),
                tuple(AssessmentError.CUT_NOT_RISING, List.of(a1, 3, 65.0, 2, 70.0)));
        assertThat(problems).extracting(Violation::field).containsOnly("cuts");
        assertThat(problems).extracting(v -> v.render(ErrorTexts.in(ErrorTexts.RUSSIAN)).message()).containsExactly(
                "Пороги по умолчанию: порог уровня 3 — 120 %, а должен быть от 0 до 100 %.",
                "Компетенция A1: уровня 0 нет на шкале 1…3.",
                "Компетенция B1: уровня 4 нет на шкале 1…3.",
                "Пороги по умолчанию: порог уровня 2 (40 %) должен быть выше порога уровня 1 (40 %).",
                "Компетенция A1: порог уровня 2 задан несколько раз.",
                "Компетенция A1: порог уровня 3 (65 %) должен быть выше порога уровня 2 (70 %).");
        assertThat(problems.get(0).render(ErrorTexts.IN_ENGLISH).message())
                .isEqualTo("Default cut scores: the cut of level 3 is 120 %, but must be from 0 to 100 %.");
    }
}
