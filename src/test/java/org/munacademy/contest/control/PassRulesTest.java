package org.munacademy.contest.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.contest.entity.PassRuleKind;

class PassRulesTest {

    /** Seven applications ranked; 30 and 40 tie at 4.5, and 50, 60 and 70 tie at 3.7 (ties broken by the ranking). */
    private static final List<Long> RANKED = List.of(10L, 20L, 30L, 40L, 50L, 60L, 70L);
    private static final List<Double> VALUES = List.of(4.9, 4.8, 4.5, 4.5, 3.7, 3.7, 3.7);

    @Test
    void top_n_takes_exactly_n_places_even_inside_a_tie() {
        assertThat(PassRules.passing(PassRuleKind.TOP_N, new BigDecimal("3"), RANKED, VALUES))
                .containsExactly(10L, 20L, 30L);
        assertThat(PassRules.passing(PassRuleKind.TOP_N, new BigDecimal("0"), RANKED, null)).isEmpty();
        assertThat(PassRules.passing(PassRuleKind.TOP_N, new BigDecimal("12"), RANKED, null)).isEqualTo(RANKED);
        assertThat(PassRules.passing(PassRuleKind.TOP_N, new BigDecimal("2.0"), RANKED, null))
                .containsExactly(10L, 20L);
    }

    @Test
    void a_threshold_passes_every_tied_value_at_it_exactly() {
        assertThat(PassRules.passing(PassRuleKind.THRESHOLD, new BigDecimal("3.7"), RANKED, VALUES))
                .isEqualTo(RANKED);
        assertThat(PassRules.passing(PassRuleKind.THRESHOLD, new BigDecimal("4.5"), RANKED, VALUES))
                .containsExactly(10L, 20L, 30L, 40L);
        assertThat(PassRules.passing(PassRuleKind.THRESHOLD, new BigDecimal("4.51"), RANKED, VALUES))
                .containsExactly(10L, 20L);
    }

    @Test
    void an_application_without_a_value_never_passes_a_threshold() {
        List<Double> values = Arrays.asList(4.9, null, 4.0);

        assertThat(PassRules.passing(PassRuleKind.THRESHOLD, BigDecimal.ZERO, List.of(1L, 2L, 3L), values))
                .containsExactly(1L, 3L);
    }

    @Test
    void a_share_rounds_the_number_of_places_up() {
        assertThat(PassRules.passing(PassRuleKind.SHARE, new BigDecimal("30"), RANKED, null))
                .as("30 %% of 7 is 2.1").containsExactly(10L, 20L, 30L);
        assertThat(PassRules.passing(PassRuleKind.SHARE, new BigDecimal("50"), List.of(1L, 2L, 3L, 4L), null))
                .containsExactly(1L, 2L);
        assertThat(PassRules.passing(PassRuleKind.SHARE, new BigDecimal("100"), RANKED, null)).isEqualTo(RANKED);
        assertThat(PassRules.passing(PassRuleKind.SHARE, BigDecimal.ZERO, RANKED, null)).isEmpty();
        assertThat(PassRules.passing(PassRuleKind.SHARE, new BigDecimal("60"), RANKED, VALUES))
                .as("60 %% of 7 is 4.2, so five places, though the fifth ties with the sixth")
                .containsExactly(10L, 20L, 30L, 40L, 50L);
    }

    @Test
    void values_that_do_not_fit_the_rule_are_refused() {
        assertThatThrownBy(() -> PassRules.passing(PassRuleKind.TOP_N, new BigDecimal("2.5"), RANKED, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PassRules.passing(PassRuleKind.TOP_N, new BigDecimal("-1"), RANKED, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PassRules.passing(PassRuleKind.SHARE, new BigDecimal("101"), RANKED, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PassRules.passing(PassRuleKind.THRESHOLD, BigDecimal.ONE, RANKED, List.of(1.0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PassRules.passing(PassRuleKind.THRESHOLD, null, RANKED, VALUES))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
