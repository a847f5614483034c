package org.munacademy.contest.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.munacademy.contest.entity.RankedApplication;
import org.munacademy.contest.entity.Ranking;
import org.munacademy.contest.entity.ScoreTable;

class BordaMethodTest {

    /**
     * The English Wikipedia article "Borda count", example "Tennessee capital": 100 voters — 42 % Memphis &gt;
     * Nashville &gt; Chattanooga &gt; Knoxville, 26 % Nashville &gt; Chattanooga &gt; Knoxville &gt; Memphis, 15 %
     * Chattanooga &gt; Knoxville &gt; Nashville &gt; Memphis, 17 % Knoxville &gt; Chattanooga &gt; Nashville &gt;
     * Memphis. With 3, 2, 1, 0 points the published totals are Nashville 194, Chattanooga 173, Memphis 126, Knoxville
     * 107: Nashville wins. Normalised points are those totals / (3 · 100).
     */
    @Test
    void the_wikipedia_tennessee_capital_example_elects_nashville() {
        // A Memphis 101, B Nashville 102, C Chattanooga 103, D Knoxville 104
        ScoreTable t = Tables.ballots(4, new String[] {"ABCD", "BCDA", "CDBA", "DCBA"}, new int[] {42, 26, 15, 17});

        Ranking ranking = new BordaMethod().rank(t);

        assertThat(ranking.top(4)).containsExactly(102L, 103L, 101L, 104L);
        assertThat(ranking.applications()).extracting(RankedApplication::value).satisfiesExactly(
                v -> assertThat(v).isCloseTo(194 / 300.0, within(1e-12)),
                v -> assertThat(v).isCloseTo(173 / 300.0, within(1e-12)),
                v -> assertThat(v).isCloseTo(126 / 300.0, within(1e-12)),
                v -> assertThat(v).isCloseTo(107 / 300.0, within(1e-12)));
    }

    @Test
    void incomplete_ballots_are_normalised_ties_share_points_and_a_single_application_ballot_gives_a_half() {
        // juror 1 ranks all four: 101 first (1), 102 and 103 share places 2–3 ((2/3 + 1/3) / 2 = ½), 104 last (0);
        // juror 2, conflicted for 103, scored 101 and 102: 102 (1), 101 (0); juror 3 scored only 103: ½
        ScoreTable t = Tables.single(5, new int[][] {{5, 2, 0}, {3, 4, 0}, {3, 0, 4}, {1, 0, 0}});

        Ranking ranking = new BordaMethod().rank(t);

        // 101 = (1 + 0) / 2, 102 = (½ + 1) / 2, 103 = (½ + ½) / 2, 104 = 0
        assertThat(ranking.top(4)).containsExactly(102L, 101L, 103L, 104L);
        assertThat(ranking.applications()).extracting(RankedApplication::value).containsExactly(0.75, 0.5, 0.5,
                0.0);
        assertThat(ranking.applications()).extracting(RankedApplication::tied).containsExactly(false, true, true,
                false);
    }
}
