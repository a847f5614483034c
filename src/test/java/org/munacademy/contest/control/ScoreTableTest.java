package org.munacademy.contest.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.munacademy.contest.entity.ScoreTable;

class ScoreTableTest {

    private static ScoreTable.Builder base() {
        return ScoreTable.builder().application(1, 1).application(2, 2).juror(10).juror(20)
                .criterion(100, 2, 5).criterion(200, 1, 3);
    }

    @Test
    void a_missing_score_is_nan_and_an_incomplete_sheet_has_no_total() {
        ScoreTable t = base().score(1, 10, 100, 4).score(1, 10, 200, 1).score(2, 20, 100, 5).build();

        assertThat(t.score(0, 0, 0)).isEqualTo(4.0);
        assertThat(t.total(0, 0)).isEqualTo((2 * 4 + 1) / 3.0);
        assertThat(t.score(0, 1, 0)).isNaN();
        assertThat(t.total(0, 1)).isNaN();
        assertThat(t.score(1, 1, 0)).isEqualTo(5.0);
        assertThat(t.score(1, 1, 1)).isNaN();
        assertThat(t.total(1, 1)).isNaN();
        assertThat(t.sheetCount()).isEqualTo(2);
        assertThat(t.totalRange()).isEqualTo((2 * 4 + 2) / 3.0);
    }

    @Test
    void scores_outside_the_criterions_range_are_refused() {
        assertThatThrownBy(() -> base().score(1, 10, 200, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside 1..3");
        assertThatThrownBy(() -> base().score(1, 10, 100, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base().score(1, 10, 100, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weights_must_be_positive_and_ids_known_and_unique() {
        assertThatThrownBy(() -> ScoreTable.builder().criterion(1, 0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScoreTable.builder().criterion(1, -1, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base().application(1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base().score(3, 10, 100, 3)).hasMessageContaining("unknown application 3");
        assertThatThrownBy(() -> base().score(1, 10, 100, 3).score(1, 10, 100, 4))
                .hasMessageContaining("scored twice");
    }

    @Test
    void a_conflicted_juror_cannot_score_the_application() {
        assertThatThrownBy(() -> base().conflict(1, 10).score(1, 10, 100, 3))
                .hasMessageContaining("conflicted");
        assertThatThrownBy(() -> base().score(1, 10, 100, 3).conflict(1, 10))
                .hasMessageContaining("conflicted");
    }
}
