package org.munacademy.reserve.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.competency.entity.CurrentLevel;
import org.munacademy.competency.entity.CurrentLevel.State;
import org.munacademy.competency.entity.Gap;
import org.munacademy.competency.entity.Gap.Status;
import org.munacademy.competency.entity.GapReport;
import org.munacademy.reserve.entity.Readiness;
import org.munacademy.reserve.entity.ReadinessReason;
import org.munacademy.reserve.entity.ReadinessReport;
import org.munacademy.reserve.entity.ReadinessThresholds;

class ReadinessRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final ReadinessThresholds T = ReadinessThresholds.DEFAULT;

    private static Gap gap(String code, Integer level, int min, int target, Status status, LocalDate asOf) {
        CurrentLevel c = level == null ? CurrentLevel.none(code)
                : new CurrentLevel(code, level, level.doubleValue(), State.CURRENT, asOf, 2);
        int g = level == null ? target : Math.max(0, target - level);
        return new Gap(code, "Компетенция " + code, "A", min, target, 1, c, g, status);
    }

    private static GapReport report(double fit, Gap... gaps) {
        return new GapReport(7L, "Иванов", "HEADS", "MUN-COMP", 1, List.of(gaps), fit);
    }

    @Test
    void a_high_fit_with_nothing_below_minimum_is_ready_now() {
        assertThat(ReadinessRules.level(0.90, 0, T)).isEqualTo(Readiness.READY_NOW);
        assertThat(ReadinessRules.level(1.0, 0, T)).isEqualTo(Readiness.READY_NOW);
    }

    @Test
    void one_competency_below_minimum_keeps_a_perfect_fit_from_ready_now() {
        assertThat(ReadinessRules.level(0.95, 1, T)).isEqualTo(Readiness.WITHIN_1_YEAR);
    }

    @Test
    void each_level_needs_both_its_fit_and_its_below_minimum_count() {
        assertThat(ReadinessRules.level(0.899, 0, T)).isEqualTo(Readiness.WITHIN_1_YEAR);
        assertThat(ReadinessRules.level(0.75, 1, T)).isEqualTo(Readiness.WITHIN_1_YEAR);
        assertThat(ReadinessRules.level(0.749, 0, T)).isEqualTo(Readiness.ONE_TO_TWO_YEARS);
        assertThat(ReadinessRules.level(0.80, 2, T)).isEqualTo(Readiness.ONE_TO_TWO_YEARS);
        assertThat(ReadinessRules.level(0.50, 3, T)).isEqualTo(Readiness.ONE_TO_TWO_YEARS);
        assertThat(ReadinessRules.level(0.499, 0, T)).isEqualTo(Readiness.NOT_READY);
        assertThat(ReadinessRules.level(0.99, 4, T)).isEqualTo(Readiness.NOT_READY);
    }

    @Test
    void a_competency_without_usable_evidence_counts_as_below_minimum() {
        ReadinessReport r = ReadinessRules.assess(3L, report(0.9,
                gap("A1", 3, 2, 3, Status.MEETS, TODAY.minusDays(10)),
                gap("A2", null, 1, 2, Status.UNKNOWN, null)), T, TODAY);
        assertThat(r.belowMin()).isEqualTo(1);
        assertThat(r.level()).isEqualTo(Readiness.WITHIN_1_YEAR);
        assertThat(r.reasons()).extracting(ReadinessReason::belowMin).containsExactly(false, true);
    }

    @Test
    void reasons_name_the_requirement_the_level_and_the_age_of_its_evidence() {
        ReadinessReport r = ReadinessRules.assess(3L, report(0.5,
                gap("B1", 1, 2, 4, Status.BELOW_MIN, TODAY.minusDays(400)),
                gap("A2", null, 1, 2, Status.UNKNOWN, null)), T, TODAY);
        ReadinessReason b1 = r.reasons().get(0);
        assertThat(b1.competencyCode()).isEqualTo("B1");
        assertThat(b1.level()).isEqualTo(1);
        assertThat(b1.minLevel()).isEqualTo(2);
        assertThat(b1.targetLevel()).isEqualTo(4);
        assertThat(b1.gap()).isEqualTo(3);
        assertThat(b1.status()).isEqualTo("BELOW_MIN");
        assertThat(b1.evidence()).isEqualTo("CURRENT");
        assertThat(b1.pieces()).isEqualTo(2);
        assertThat(b1.ageDays()).isEqualTo(400L);
        ReadinessReason a2 = r.reasons().get(1);
        assertThat(a2.level()).isNull();
        assertThat(a2.evidence()).isEqualTo("NONE");
        assertThat(a2.ageDays()).isNull();
        assertThat(r.entryId()).isEqualTo(3L);
        assertThat(r.personId()).isEqualTo(7L);
        assertThat(r.level()).isEqualTo(Readiness.ONE_TO_TWO_YEARS);
    }

    @Test
    void a_profile_without_requirements_is_ready_now() {
        ReadinessReport r = ReadinessRules.assess(null, report(1.0), T, TODAY);
        assertThat(r.level()).isEqualTo(Readiness.READY_NOW);
        assertThat(r.reasons()).isEmpty();
    }

    @Test
    void thresholds_that_contradict_each_other_are_refused() {
        assertThatThrownBy(() -> new ReadinessThresholds(0.7, 0, 0.8, 1, 0.5, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadinessThresholds(0.9, 2, 0.8, 1, 0.5, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
