package org.munacademy.contest.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.munacademy.contest.entity.AggregationMethod;
import org.munacademy.contest.entity.RankedApplication;
import org.munacademy.contest.entity.Ranking;
import org.munacademy.contest.entity.ScoreTable;

class SchulzeMethodTest {

    /**
     * The worked example of the English Wikipedia article "Schulze method" (section "Example"): 45 voters, five
     * candidates A–E; published pairwise preferences d, strongest paths p and the ranking
     * E &gt; A &gt; C &gt; B &gt; D.
     */
    static final ScoreTable WIKIPEDIA = Tables.ballots(5,
            new String[] {"ACBED", "ADECB", "BEDAC", "CABED", "CAEBD", "CBADE", "DCEBA", "EBADC"},
            new int[] {5, 5, 8, 3, 7, 2, 7, 8});

    @Test
    void the_wikipedia_example_has_the_published_pairwise_preferences_and_strongest_paths() {
        int[][] d = SchulzeMethod.pairwise(WIKIPEDIA);

        assertThat(d).isEqualTo(new int[][] {
            {0, 20, 26, 30, 22},
            {25, 0, 16, 33, 18},
            {19, 29, 0, 17, 24},
            {15, 12, 28, 0, 14},
            {23, 27, 21, 31, 0}});
        assertThat(strongestPaths(d)).isEqualTo(new int[][] {
            {0, 28, 28, 30, 24},
            {25, 0, 28, 33, 24},
            {25, 29, 0, 29, 24},
            {25, 28, 28, 0, 24},
            {25, 28, 28, 31, 0}});
    }

    @Test
    void the_wikipedia_example_ranks_e_a_c_b_d() {
        Ranking ranking = new SchulzeMethod().rank(WIKIPEDIA);

        assertThat(ranking.method()).isEqualTo(AggregationMethod.SCHULZE);
        // E = 105, A = 101, C = 103, B = 102, D = 104
        assertThat(ranking.top(5)).containsExactly(105L, 101L, 103L, 102L, 104L);
        assertThat(ranking.applications()).extracting(RankedApplication::value).containsExactly(4.0, 3.0, 2.0, 1.0,
                0.0);
        assertThat(ranking.applications()).noneMatch(RankedApplication::tied);
    }

    @Test
    void a_condorcet_cycle_of_equal_strength_is_a_tie_broken_by_the_earlier_application() {
        // three jurors with the cyclic ballots ABC, BCA, CAB: every link has strength 2, every path too
        ScoreTable cycle = Tables.ballots(3, new String[] {"ABC", "BCA", "CAB"}, new int[] {1, 1, 1});

        Ranking ranking = new SchulzeMethod().rank(cycle);

        assertThat(ranking.top(3)).containsExactly(101L, 102L, 103L);
        assertThat(ranking.applications()).allMatch(RankedApplication::tied);
    }

    @Test
    void a_cycle_is_broken_at_its_weakest_link() {
        // A>B by 3:2? Build: 2×ABC, 2×BCA, 1×CAB → A>B 3:2, B>C 4:1, C>A 3:2; the weakest links (3) are A>B and C>A;
        // p[B][A] = min(B>C 4, C>A 3) = 3 = p[A][B]; p[B][C] = 4 > p[C][B] = 3; p[C][A] = 3 = p[A][C] = min(3, 4)
        ScoreTable t = Tables.ballots(3, new String[] {"ABC", "BCA", "CAB"}, new int[] {2, 2, 1});

        double[] values = SchulzeMethod.values(t);

        assertThat(values).containsExactly(reference(t));
        assertThat(values).containsExactly(0.0, 1.0, 0.0);
        assertThat(new SchulzeMethod().rank(t).top(3)).containsExactly(102L, 101L, 103L);
    }

    @Test
    void incomplete_ballots_count_only_the_pairs_a_juror_scored_and_conflicted_jurors_count_nothing() {
        // juror 1 scored 101 > 102; juror 2 (conflicted for 101) scored 103 > 102; juror 3 scored 101 and 103 equally
        ScoreTable t = Tables.single(5, new int[][] {{5, 0, 3}, {2, 1, 0}, {0, 4, 3}, {0, 0, 0}});

        int[][] d = SchulzeMethod.pairwise(t);
        Ranking ranking = new SchulzeMethod().rank(t);

        assertThat(d[0][1]).isEqualTo(1);
        assertThat(d[2][1]).isEqualTo(1);
        assertThat(d[0][2]).isZero();
        assertThat(d[2][0]).isZero();
        // 101 and 103 each beat 102 and tie with each other: the earlier one first; 104 was never scored
        assertThat(ranking.top(4)).containsExactly(101L, 103L, 102L, 104L);
        assertThat(ranking.applications().get(3).value()).isNaN();
    }

    @Test
    void the_fast_computation_equals_floyd_warshall_on_thousands_of_random_tables() {
        Random random = new Random(20261203);
        for (int round = 0; round < 4000; round++) {
            ScoreTable t = randomTable(random);

            assertThat(SchulzeMethod.values(t)).as("round %d", round).containsExactly(reference(t));
        }
    }

    @Test
    void the_fast_computation_equals_floyd_warshall_on_larger_tables_with_many_levels() {
        Random random = new Random(7);
        for (int round = 0; round < 40; round++) {
            int n = 30 + random.nextInt(50);
            int jurors = 5 + random.nextInt(30);
            ScoreTable t = randomTable(random, n, jurors, 2 + random.nextInt(9), random.nextDouble() * 0.6);

            assertThat(SchulzeMethod.values(t)).as("round %d", round).containsExactly(reference(t));
        }
    }

    @Test
    void the_fast_computation_equals_floyd_warshall_on_tables_spanning_several_words_of_bits() {
        Random random = new Random(11);
        for (int round = 0; round < 6; round++) {
            int n = 120 + random.nextInt(100);
            ScoreTable t = randomTable(random, n, 3 + random.nextInt(6), 3 + random.nextInt(3), 0.3);

            assertThat(SchulzeMethod.values(t)).as("round %d, %d applications", round, n)
                    .containsExactly(reference(t));
        }
    }

    @Test
    void the_bit_block_transpose_swaps_rows_and_columns() {
        Random random = new Random(3);
        long[] block = new long[64];
        for (int i = 0; i < 64; i++) {
            block[i] = random.nextLong();
        }
        long[] original = block.clone();

        SchulzeMethod.Links.transpose64(block);

        for (int r = 0; r < 64; r++) {
            for (int c = 0; c < 64; c++) {
                assertThat((block[r] >>> c) & 1).as("(%d, %d)", r, c).isEqualTo((original[c] >>> r) & 1);
            }
        }
    }

    static ScoreTable randomTable(Random random) {
        return randomTable(random, 1 + random.nextInt(12), 1 + random.nextInt(7), 2 + random.nextInt(4),
                random.nextDouble() * 0.6);
    }

    /** Applications of random quality, jurors with random leniency, some scores missing, a few sheets incomplete. */
    static ScoreTable randomTable(Random random, int n, int jurors, int max, double missing) {
        ScoreTable.Builder b = ScoreTable.builder();
        for (int a = 0; a < n; a++) {
            b.application(1000 + a, random.nextInt(5));
        }
        for (int j = 0; j < jurors; j++) {
            b.juror(j + 1);
        }
        b.criterion(1, 1 + random.nextInt(3), max);
        b.criterion(2, 1, max);
        for (int a = 0; a < n; a++) {
            double quality = random.nextDouble() * (max - 1);
            for (int j = 0; j < jurors; j++) {
                if (random.nextDouble() < missing) {
                    continue;
                }
                for (int c = 1; c <= 2; c++) {
                    if (c == 2 && random.nextDouble() < 0.05) {
                        continue;
                    }
                    double raw = 1 + quality + random.nextGaussian() * (max / 3.0);
                    b.score(1000 + a, j + 1, c, Math.max(1, Math.min(max, Math.round(raw))));
                }
            }
        }
        return b.build();
    }

    /**
     * The plain O(n³) reference: d from the jurors' totals, links by winning votes, Floyd–Warshall widest paths (as
     * in the Wikipedia article's pseudocode), then the number of applications each one beats.
     */
    static double[] reference(ScoreTable t) {
        int n = t.applicationCount();
        int[][] d = new int[n][n];
        boolean[] scored = new boolean[n];
        for (int j = 0; j < t.jurorCount(); j++) {
            for (int a = 0; a < n; a++) {
                double ta = t.total(a, j);
                scored[a] |= !Double.isNaN(ta);
                for (int b = 0; b < n; b++) {
                    double tb = t.total(b, j);
                    if (!Double.isNaN(ta) && !Double.isNaN(tb) && ta - tb > 1e-9) {
                        d[a][b]++;
                    }
                }
            }
        }
        int[][] p = strongestPaths(d);
        double[] wins = new double[n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (a != b && p[a][b] > p[b][a]) {
                    wins[a]++;
                }
            }
            if (!scored[a]) {
                wins[a] = Double.NaN;
            }
        }
        return wins;
    }

    static int[][] strongestPaths(int[][] d) {
        int n = d.length;
        int[][] p = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    p[i][j] = d[i][j] > d[j][i] ? d[i][j] : 0;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                for (int k = 0; k < n; k++) {
                    if (i != k && j != k) {
                        p[j][k] = Math.max(p[j][k], Math.min(p[j][i], p[i][k]));
                    }
                }
            }
        }
        return p;
    }
}
