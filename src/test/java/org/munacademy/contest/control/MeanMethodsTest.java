package org.munacademy.contest.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.munacademy.contest.entity.RankedApplication;
import org.munacademy.contest.entity.Ranking;
import org.munacademy.contest.entity.ScoreTable;

/** The weighted mean, the trimmed mean and per-juror z-scores on hand-computed tables. */
class MeanMethodsTest {

    /**
     * Two criteria, weights 2 and 1, scores 1..5. 101: juror 1 (5, 2) → 12/3 = 4, juror 2 (4, 4) → 4: mean 4.
     * 102: (3, 3) → 3, (5, 5) → 5, juror 3 (4, 1) → 3: mean 11/3. 103: juror 1 conflicted, juror 2 (4, 1) → 3,
     * juror 3 scored only the first criterion (an incomplete sheet, ignored): mean 3.
     */
    static ScoreTable weighted() {
        return ScoreTable.builder()
                .application(101, 1).application(102, 2).application(103, 3)
                .juror(1).juror(2).juror(3)
                .criterion(11, 2, 5).criterion(12, 1, 5)
                .conflict(103, 1)
                .score(101, 1, 11, 5).score(101, 1, 12, 2).score(101, 2, 11, 4).score(101, 2, 12, 4)
                .score(102, 1, 11, 3).score(102, 1, 12, 3).score(102, 2, 11, 5).score(102, 2, 12, 5)
                .score(102, 3, 11, 4).score(102, 3, 12, 1)
                .score(103, 2, 11, 4).score(103, 2, 12, 1).score(103, 3, 11, 5)
                .build();
    }

    @Test
    void the_weighted_mean_averages_juror_totals_over_the_jurors_who_scored_and_never_counts_a_missing_score() {
        Ranking ranking = new WeightedMeanMethod().rank(weighted());

        assertThat(ranking.top(3)).containsExactly(101L, 102L, 103L);
        assertThat(ranking.applications()).extracting(RankedApplication::value)
                .containsExactly(4.0, 11.0 / 3, 3.0);
        assertThat(ranking.applications()).noneMatch(RankedApplication::tied);
    }

    @Test
    void the_trimmed_mean_drops_one_highest_and_one_lowest_total_from_three_or_more() {
        // 101: 1, 4, 4, 5 → 4, 4 → 4 (mean 3.5); 102: 5, 5, 3 → 5 (mean 13/3); 103: 4, 3 → plain 3.5
        ScoreTable t = Tables.single(5, new int[][] {{1, 4, 4, 5}, {5, 5, 3, 0}, {4, 3, 0, 0}});

        Ranking trimmed = new TrimmedMeanMethod().rank(t);
        Ranking mean = new WeightedMeanMethod().rank(t);

        assertThat(trimmed.top(3)).containsExactly(102L, 101L, 103L);
        assertThat(trimmed.applications()).extracting(RankedApplication::value).containsExactly(5.0, 4.0, 3.5);
        // under the plain mean 101 and 103 tie at 3.5: the earlier application (101) first, both marked tied
        assertThat(mean.top(3)).containsExactly(102L, 101L, 103L);
        assertThat(mean.applications()).extracting(RankedApplication::tied).containsExactly(false, true, true);
    }

    @Test
    void equal_values_go_to_the_lower_tie_break_key_whatever_the_table_order() {
        ScoreTable t = ScoreTable.builder()
                .application(201, 20).application(202, 10).application(203, 5)
                .juror(1).criterion(1, 1, 5)
                .score(201, 1, 1, 4).score(202, 1, 1, 4).score(203, 1, 1, 2)
                .build();

        Ranking ranking = new WeightedMeanMethod().rank(t);

        assertThat(ranking.top(3)).containsExactly(202L, 201L, 203L);
        assertThat(ranking.applications()).extracting(RankedApplication::place).containsExactly(1, 2, 3);
        assertThat(ranking.applications()).extracting(RankedApplication::tied).containsExactly(true, true, false);
    }

    @Test
    void an_application_nobody_scored_comes_last_without_a_value() {
        ScoreTable t = Tables.single(5, new int[][] {{0, 0}, {2, 1}});

        Ranking ranking = new WeightedMeanMethod().rank(t);

        assertThat(ranking.top(2)).containsExactly(102L, 101L);
        assertThat(ranking.applications().get(1).value()).isNaN();
    }

    /**
     * Jurors 1 and 2 score all four applications (1..10); juror 3 scores only 103 and 104 — honestly (5, 1) or
     * leniently, everything 5 points higher (10, 6).
     */
    static ScoreTable withThirdJuror(boolean lenient) {
        int shift = lenient ? 5 : 0;
        return Tables.single(10, new int[][] {{9, 9, 0}, {8, 8, 0}, {7, 8, 5 + shift}, {1, 2, 1 + shift}});
    }

    @Test
    void a_juror_who_scores_everyone_high_moves_the_weighted_mean_but_not_the_z_score_ranking() {
        ScoreTable honest = withThirdJuror(false);
        ScoreTable lenient = withThirdJuror(true);

        // the mean: 102 = 8; 103 = (7 + 8 + 5) / 3 = 6.67 honestly, (7 + 8 + 10) / 3 = 8.33 leniently
        assertThat(new WeightedMeanMethod().rank(honest).top(4)).containsExactly(101L, 102L, 103L, 104L);
        assertThat(new WeightedMeanMethod().rank(lenient).top(4)).containsExactly(101L, 103L, 102L, 104L);
        Ranking z = new ZScoreMethod().rank(honest);
        Ranking zLenient = new ZScoreMethod().rank(lenient);
        assertThat(zLenient.top(4)).containsExactlyElementsOf(z.top(4));
        for (int i = 0; i < 4; i++) {
            assertThat(zLenient.applications().get(i).value()).isCloseTo(z.applications().get(i).value(),
                    within(1e-12));
        }
    }

    @Test
    void z_scores_are_standardised_per_juror_over_what_they_scored() {
        // juror 1: 5, 3, 1 → mean 3, population deviation √(8/3); juror 2: 4, 4 (no spread) → 0; juror 3 one → 0
        ScoreTable t = Tables.single(5, new int[][] {{5, 4, 0}, {3, 4, 0}, {1, 0, 2}});
        double sd = Math.sqrt(8.0 / 3);

        Ranking ranking = new ZScoreMethod().rank(t);

        assertThat(ranking.top(3)).containsExactly(101L, 102L, 103L);
        assertThat(ranking.applications().get(0).value()).isCloseTo((2 / sd + 0) / 2, within(1e-12));
        assertThat(ranking.applications().get(1).value()).isCloseTo(0.0, within(1e-12));
        assertThat(ranking.applications().get(2).value()).isCloseTo((-2 / sd + 0) / 2, within(1e-12));
    }

    @Test
    void a_juror_who_gives_everyone_the_top_score_contributes_nothing_to_z_scores() {
        ScoreTable without = Tables.single(5, new int[][] {{4, 2}, {3, 5}, {1, 3}});
        ScoreTable with = Tables.single(5, new int[][] {{4, 2, 5}, {3, 5, 5}, {1, 3, 5}});

        Ranking z = new ZScoreMethod().rank(with);

        assertThat(z.top(3)).containsExactlyElementsOf(new ZScoreMethod().rank(without).top(3));
        // its zeros still count in each mean: two thirds of the two-juror mean
        assertThat(z.applications().get(0).value()).isCloseTo(
                new ZScoreMethod().rank(without).applications().get(0).value() * 2 / 3, within(1e-12));
    }
}
