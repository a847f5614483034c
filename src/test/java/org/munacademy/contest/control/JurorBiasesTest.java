package org.munacademy.contest.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.contest.entity.JurorBias;
import org.munacademy.contest.entity.JurorBias.Flag;
import org.munacademy.contest.entity.ScoreTable;

class JurorBiasesTest {

    @Test
    void a_juror_one_point_above_everyone_is_lenient_one_below_harsh_and_the_rest_unflagged() {
        // jurors 1–3 give the base score, juror 4 one less, juror 5 one more, on six applications (1..5)
        int[] base = {2, 3, 4, 3, 2, 4};
        int[][] scores = new int[base.length][];
        for (int a = 0; a < base.length; a++) {
            scores[a] = new int[] {base[a], base[a], base[a], base[a] - 1, base[a] + 1};
        }

        List<JurorBias> biases = JurorBiases.of(Tables.single(5, scores));

        // juror 5: 1 − (0 + 0 + 0 − 1) / 4 = 1.25; juror 4: −1.25; jurors 1–3: 0 − (0 + 0 − 1 + 1) / 4 = 0
        assertThat(biases).extracting(JurorBias::flag)
                .containsExactly(Flag.NONE, Flag.NONE, Flag.NONE, Flag.HARSH, Flag.LENIENT);
        assertThat(biases.get(4).meanDeviation()).isCloseTo(1.25, within(1e-12));
        assertThat(biases.get(3).meanDeviation()).isCloseTo(-1.25, within(1e-12));
        assertThat(biases.get(0).meanDeviation()).isCloseTo(0, within(1e-12));
        assertThat(biases.get(4).z()).isCloseTo(1.25 / Math.sqrt(0.625), within(1e-12));
        assertThat(biases.get(4).applications()).isEqualTo(6);
        assertThat(biases.get(4).jurorId()).isEqualTo(5);
    }

    @Test
    void a_deviation_below_the_threshold_or_on_too_few_applications_is_not_flagged() {
        // juror 3 half a point above on four applications (below 0.75), juror 4 two points above on two
        ScoreTable t = Tables.single(5, new int[][] {{2, 2, 0, 4}, {3, 3, 0, 5}, {2, 3, 3, 0}, {3, 4, 4, 0},
            {3, 2, 3, 0}, {4, 3, 4, 0}});

        List<JurorBias> biases = JurorBiases.of(t);

        assertThat(biases.get(2).meanDeviation()).isCloseTo(0.5, within(1e-12));
        assertThat(biases.get(2).flag()).isEqualTo(Flag.NONE);
        assertThat(biases.get(3).meanDeviation()).isCloseTo(2, within(1e-12));
        assertThat(biases.get(3).applications()).isEqualTo(2);
        assertThat(biases.get(3).flag()).isEqualTo(Flag.NONE);
    }

    @Test
    void the_threshold_scales_with_the_criteria_range() {
        // on 1..9 (range 8) the threshold is 1.5 points: one point above is not lenient, two are
        int[][] one = new int[4][];
        int[][] two = new int[4][];
        for (int a = 0; a < 4; a++) {
            one[a] = new int[] {4 + a, 4 + a, 5 + a};
            two[a] = new int[] {4 + a, 4 + a, 6 + a};
        }

        assertThat(JurorBiases.of(Tables.single(9, one)).get(2).flag()).isEqualTo(Flag.NONE);
        assertThat(JurorBiases.of(Tables.single(9, two)).get(2).flag()).isEqualTo(Flag.LENIENT);
    }
}
