package org.munacademy.contest.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.munacademy.contest.entity.AggregationMethod;
import org.munacademy.contest.entity.ScoreTable;
import org.munacademy.contest.entity.SensitivityReport;
import org.munacademy.contest.entity.SensitivityReport.MethodOutcome;

class SensitivityTest {

    @Test
    void the_panel_shows_which_applications_enter_and_leave_the_pass_line_under_each_method() {
        // the third juror saw only 103 and 104 and put 103 far ahead: z-scores count that as a whole standard
        // deviation, enough to lift 103 (0.56) above 102 (0.51); the weighted mean keeps 102 (8) above 103 (6.67)
        ScoreTable t = MeanMethodsTest.withThirdJuror(false);

        SensitivityReport report = Sensitivity.panel(t, AggregationMethod.WEIGHTED_MEAN, 2);

        assertThat(report.chosen()).isEqualTo(AggregationMethod.WEIGHTED_MEAN);
        assertThat(report.methods()).extracting(MethodOutcome::method).containsExactly(
                AggregationMethod.WEIGHTED_MEAN, AggregationMethod.TRIMMED_MEAN, AggregationMethod.Z_SCORE,
                AggregationMethod.BORDA, AggregationMethod.SCHULZE);
        MethodOutcome chosen = report.methods().get(0);
        assertThat(chosen.passing()).containsExactly(101L, 102L);
        assertThat(chosen.sameSetAsChosen()).isTrue();
        MethodOutcome z = report.methods().get(2);
        assertThat(z.passing()).containsExactly(101L, 103L);
        assertThat(z.sameSetAsChosen()).isFalse();
        assertThat(z.sameOrderAsChosen()).isFalse();
        assertThat(z.entering()).containsExactly(103L);
        assertThat(z.leaving()).containsExactly(102L);
        assertThat(report.stable()).isFalse();
        assertThat(report.applications()).hasSize(4);
        assertThat(report.applications().get(2).applicationId()).isEqualTo(103L);
        assertThat(report.applications().get(2).place(AggregationMethod.WEIGHTED_MEAN)).isEqualTo(3);
        assertThat(report.applications().get(2).place(AggregationMethod.Z_SCORE)).isEqualTo(2);
    }

    @Test
    void unanimous_jurors_make_a_stable_panel() {
        ScoreTable t = Tables.single(5, new int[][] {{5, 5, 4}, {4, 4, 3}, {2, 3, 2}, {1, 1, 1}});

        SensitivityReport report = Sensitivity.panel(t, AggregationMethod.SCHULZE, 2);

        assertThat(report.stable()).isTrue();
        assertThat(report.methods()).allMatch(MethodOutcome::sameOrderAsChosen);
        assertThat(report.methods()).allSatisfy(m -> assertThat(m.passing()).containsExactly(101L, 102L));
    }
}
