package org.munacademy.contest.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.munacademy.contest.entity.Agreement;
import org.munacademy.contest.entity.Agreement.Basis;
import org.munacademy.contest.entity.ScoreTable;

class AgreementStatisticsTest {

    /**
     * Shrout, P. E. &amp; Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater reliability.
     * Psychological Bulletin, 86(2), 420–428, Table 2: six targets rated by four judges (scores 1..10), and the
     * published ICC(1,1) = .17, ICC(2,1) = .29, ICC(3,1) = .71, ICC(1,4) = .44, ICC(2,4) = .62, ICC(3,4) = .91.
     */
    @Test
    void the_shrout_fleiss_example_gives_the_published_intraclass_correlations() {
        ScoreTable t = Tables.single(10, new int[][] {
            {9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}});

        Agreement agreement = AgreementStatistics.of(t);

        assertThat(agreement.basis()).isEqualTo(Basis.COMPLETE);
        assertThat(agreement.blockApplications()).isEqualTo(6);
        assertThat(agreement.blockJurors()).isEqualTo(4);
        assertThat(agreement.oneWayK()).isEqualTo(4.0);
        assertThat(agreement.icc11()).isCloseTo(0.17, within(0.005));
        assertThat(agreement.icc21()).isCloseTo(0.29, within(0.005));
        assertThat(agreement.icc31()).isCloseTo(0.71, within(0.005));
        assertThat(agreement.icc1k()).isCloseTo(0.44, within(0.005));
        assertThat(agreement.icc2k()).isCloseTo(0.62, within(0.005));
        assertThat(agreement.icc3k()).isCloseTo(0.91, within(0.005));
    }

    /**
     * ProofWiki, "Kendall's Coefficient of Concordance/Examples/Arbitrary Example 1": competitors X, Y, Z ranked by
     * four judges (X: 1, 1, 2, 3; Y: 3, 2, 3, 1; Z: 2, 3, 1, 2), W = 1/16. Ranks become scores 4 − rank (W does not
     * depend on the direction).
     */
    @Test
    void kendalls_w_of_the_proofwiki_example_is_one_sixteenth() {
        ScoreTable t = Tables.single(3, new int[][] {{3, 3, 2, 1}, {1, 2, 1, 3}, {2, 1, 3, 2}});

        Agreement agreement = AgreementStatistics.of(t);

        assertThat(agreement.kendallW()).isCloseTo(1.0 / 16, within(1e-12));
        assertThat(agreement.chiSquare()).isCloseTo(4 * 2 / 16.0, within(1e-12));
        assertThat(agreement.degreesOfFreedom()).isEqualTo(2);
    }

    /**
     * Tied ranks: the example of stats.stackexchange.com question 261206, worked with the tie-corrected formula of
     * Sheskin, Handbook of Parametric and Nonparametric Statistical Procedures, p. 900: two judges, x = 12, 2, 1, 12,
     * 2 and y = 1, 4, 7, 1, 0, W = 0.22973. Here y is shifted by one (scores start at 1; ranks do not change).
     */
    @Test
    void kendalls_w_is_corrected_for_tied_ranks() {
        ScoreTable t = Tables.single(12, new int[][] {{12, 2}, {2, 5}, {1, 8}, {12, 2}, {2, 1}});

        Agreement agreement = AgreementStatistics.of(t);

        assertThat(agreement.kendallW()).isCloseTo(0.22973, within(5e-6));
        assertThat(agreement.chiSquare()).isCloseTo(2 * 4 * agreement.kendallW(), within(1e-12));
    }

    @Test
    void one_way_iccs_use_each_applications_own_jurors_with_the_adjusted_group_size() {
        // A: 4, 2; B: 5; C: 1, 3, 2 — N = 6, a = 3, MSB = 41/12, MSW = 4/3, k₀ = (6 − 14/6) / 2 = 11/6:
        // ICC(1,1) = (41/12 − 16/12) / (41/12 + (5/6)(4/3)) = 75/163, ICC(1,k) = (25/12) / (41/12) = 25/41
        ScoreTable t = Tables.single(5, new int[][] {{4, 2, 0}, {5, 0, 0}, {1, 3, 2}});

        Agreement agreement = AgreementStatistics.of(t);

        assertThat(agreement.oneWayApplications()).isEqualTo(3);
        assertThat(agreement.oneWaySheets()).isEqualTo(6);
        assertThat(agreement.oneWayK()).isCloseTo(11.0 / 6, within(1e-12));
        assertThat(agreement.icc11()).isCloseTo(75.0 / 163, within(1e-12));
        assertThat(agreement.icc1k()).isCloseTo(25.0 / 41, within(1e-12));
        // the two-way figures only on the complete block: jurors 1 and 2 on A and C
        assertThat(agreement.basis()).isEqualTo(Basis.BLOCK);
        assertThat(agreement.blockApplications()).isEqualTo(2);
        assertThat(agreement.blockJurors()).isEqualTo(2);
    }

    @Test
    void kendalls_w_on_an_incomplete_design_is_that_of_the_complete_block_it_states() {
        // juror 3 scored only two of four: the block is jurors 1 and 2 on all four (8 cells > 3 × 2)
        ScoreTable t = Tables.single(5, new int[][] {{5, 4, 5}, {4, 5, 0}, {2, 1, 3}, {1, 2, 0}});
        ScoreTable block = Tables.single(5, new int[][] {{5, 4}, {4, 5}, {2, 1}, {1, 2}});

        Agreement agreement = AgreementStatistics.of(t);

        assertThat(agreement.basis()).isEqualTo(Basis.BLOCK);
        assertThat(agreement.blockApplications()).isEqualTo(4);
        assertThat(agreement.blockJurors()).isEqualTo(2);
        assertThat(agreement.kendallW()).isEqualTo(AgreementStatistics.of(block).kendallW());
        assertThat(AgreementStatistics.of(block).basis()).isEqualTo(Basis.COMPLETE);
    }

    @Test
    void without_a_complete_block_w_and_the_two_way_iccs_are_undefined_but_the_one_way_ones_are_not() {
        ScoreTable t = Tables.single(5, new int[][] {{5, 0}, {3, 0}, {0, 4}, {0, 1}});

        Agreement agreement = AgreementStatistics.of(t);

        assertThat(agreement.basis()).isEqualTo(Basis.NONE);
        assertThat(agreement.kendallW()).isNaN();
        assertThat(agreement.icc21()).isNaN();
        assertThat(agreement.degreesOfFreedom()).isZero();
        // one sheet per application: no within-application spread, the one-way ICCs are undefined too
        assertThat(agreement.icc11()).isNaN();
    }
}
