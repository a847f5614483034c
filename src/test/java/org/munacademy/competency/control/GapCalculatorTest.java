package org.munacademy.competency.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.munacademy.competency.entity.CurrentLevel;
import org.munacademy.competency.entity.CurrentLevel.State;
import org.munacademy.competency.entity.Framework;
import org.munacademy.competency.entity.Gap;
import org.munacademy.competency.entity.Gap.Status;
import org.munacademy.competency.entity.GapReport;
import org.munacademy.competency.entity.Requirement;

class GapCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    private static final Framework FRAMEWORK = FrameworkCsv.read(new StringReader("""
            record,code,parent,name,description,kind,level
            SCALE,1,,Базовый,,,
            SCALE,2,,Продвинутый,,,
            SCALE,3,,Экспертный,,,
            SCALE,4,,Мастер,,,
            AREA,A,,Личная эффективность,,,
            COMPETENCY,A1,A,Ориентация на результат,,GENERAL,
            COMPETENCY,A2,A,Коммуникация,,GENERAL,
            AREA,B,,Управление,,,
            COMPETENCY,B1,B,Планирование,,MANAGERIAL,
            COMPETENCY,B2,B,Бюджет,,PROFESSIONAL,
            """), "MUN-COMP", "Модель", null, null);

    private static final List<Requirement> PROFILE = List.of(
            new Requirement("B1", 2, 3, 2),
            new Requirement("A1", 3, 4, 1),
            new Requirement("X9", 1, 1, 5),
            new Requirement("A2", 1, 2, 1),
            new Requirement("B2", 2, 3, 3));

    private static final Map<String, CurrentLevel> CURRENT = Map.of(
            "A1", level("A1", 2),
            "A2", level("A2", 3),
            "B1", level("B1", 2));

    @Test
    void there_is_one_gap_per_requirement_in_the_framework_order_and_unknown_competencies_are_skipped() {
        GapReport report = report(PROFILE, CURRENT);

        assertThat(report.gaps()).extracting(Gap::competencyCode).containsExactly("A1", "A2", "B1", "B2");
        assertThat(report.gaps()).extracting(Gap::areaCode).containsExactly("A", "A", "B", "B");
        assertThat(report.gaps()).extracting(Gap::competencyName)
                .containsExactly("Ориентация на результат", "Коммуникация", "Планирование", "Бюджет");
    }

    @Test
    void each_gap_carries_the_requirement_and_the_current_level() {
        Gap b1 = report(PROFILE, CURRENT).gaps().get(2);

        assertThat(b1).isEqualTo(new Gap("B1", "Планирование", "B", 2, 3, 2, level("B1", 2), 1, Status.BELOW_TARGET));
    }

    @Test
    void the_status_says_where_the_level_stands_against_minimum_and_target() {
        GapReport report = report(PROFILE, CURRENT);

        assertThat(report.gaps()).extracting(Gap::status)
                .containsExactly(Status.BELOW_MIN, Status.MEETS, Status.BELOW_TARGET, Status.UNKNOWN);
    }

    @Test
    void the_gap_is_the_distance_to_the_target_never_negative_and_the_whole_target_without_a_level() {
        GapReport report = report(PROFILE, CURRENT);

        assertThat(report.gaps()).extracting(Gap::gap).containsExactly(2, 0, 1, 3);
    }

    @Test
    void a_competency_without_evidence_gets_an_empty_current_level() {
        Gap b2 = report(PROFILE, CURRENT).gaps().get(3);

        assertThat(b2.current()).isEqualTo(CurrentLevel.none("B2"));
    }

    @Test
    void a_level_that_expired_counts_as_unknown() {
        CurrentLevel expired = new CurrentLevel("A1", null, null, State.EXPIRED, null, 0);

        GapReport report = report(List.of(new Requirement("A1", 1, 2, 1)), Map.of("A1", expired));

        assertThat(report.gaps().get(0).status()).isEqualTo(Status.UNKNOWN);
        assertThat(report.gaps().get(0).gap()).isEqualTo(2);
        assertThat(report.fit()).isZero();
    }

    @Test
    void the_fit_is_the_weighted_share_of_the_targets_attained_rounded_to_three_decimals() {
        // A1: 1 × 2/4, A2: 1 × 2/2 (above target counts as target), B1: 2 × 2/3, B2: 3 × 0 (unknown)
        // (0.5 + 1 + 1.3333) / 7 = 0.40476...
        assertThat(report(PROFILE, CURRENT).fit()).isEqualTo(0.405);
    }

    @Test
    void levels_above_the_targets_give_a_fit_of_one() {
        GapReport report = report(List.of(new Requirement("A1", 1, 2, 1), new Requirement("B1", 1, 3, 4)),
                Map.of("A1", level("A1", 4), "B1", level("B1", 3)));

        assertThat(report.fit()).isEqualTo(1.0);
    }

    @Test
    void a_profile_without_requirements_fits_fully_and_has_no_gaps() {
        GapReport report = report(List.of(), CURRENT);

        assertThat(report.gaps()).isEmpty();
        assertThat(report.fit()).isEqualTo(1.0);
    }

    @Test
    void the_report_names_the_person_the_position_group_and_the_standard_version() {
        GapReport report = report(PROFILE, CURRENT);

        assertThat(report.personId()).isEqualTo(7L);
        assertThat(report.personName()).isEqualTo("Иванова Мария Петровна");
        assertThat(report.positionGroupCode()).isEqualTo("SENIOR");
        assertThat(report.standardCode()).isEqualTo("MUN-COMP");
        assertThat(report.standardVersion()).isEqualTo(3);
    }

    @Test
    void a_position_row_replaces_the_group_row_of_the_same_competency_and_adds_new_ones() {
        List<Requirement> group = List.of(new Requirement("A1", 2, 3, 1), new Requirement("B1", 1, 2, 1));
        List<Requirement> position = List.of(new Requirement("B2", 3, 4, 2), new Requirement("A1", 3, 4, 3));

        assertThat(GapCalculator.effectiveRequirements(group, position)).containsExactly(
                new Requirement("A1", 3, 4, 3),
                new Requirement("B1", 1, 2, 1),
                new Requirement("B2", 3, 4, 2));
    }

    @Test
    void without_position_rows_the_group_profile_holds() {
        List<Requirement> group = List.of(new Requirement("A1", 2, 3, 1));

        assertThat(GapCalculator.effectiveRequirements(group, List.of())).isEqualTo(group);
        assertThat(GapCalculator.effectiveRequirements(List.of(), group)).isEqualTo(group);
    }

    @Test
    void a_self_assessment_is_shown_beside_the_gap_but_changes_neither_status_nor_gap_nor_fit() {
        List<Requirement> profile = List.of(new Requirement("A1", 3, 4, 1), new Requirement("A2", 1, 2, 1));
        Map<String, CurrentLevel> current = Map.of("A1", level("A1", 2));

        GapReport without = report(profile, current);
        GapReport with = GapCalculator.report(7L, "Иванова Мария Петровна", "SENIOR", "MUN-COMP", 3, profile,
                FRAMEWORK, current, Map.of("A1", 4, "A2", 4));

        assertThat(with.gaps()).extracting(Gap::selfAssessed).containsExactly(4, 4);
        assertThat(with.gaps()).extracting(Gap::status).containsExactly(Status.BELOW_MIN, Status.UNKNOWN);
        assertThat(with.gaps()).extracting(Gap::gap).containsExactly(2, 2);
        assertThat(with.fit()).isEqualTo(without.fit());
        assertThat(without.gaps()).extracting(Gap::selfAssessed).containsOnlyNulls();
    }

    private static GapReport report(List<Requirement> requirements, Map<String, CurrentLevel> current) {
        return GapCalculator.report(7L, "Иванова Мария Петровна", "SENIOR", "MUN-COMP", 3, requirements, FRAMEWORK,
                current);
    }

    private static CurrentLevel level(String code, int level) {
        return new CurrentLevel(code, level, (double) level, State.CURRENT, TODAY, 1);
    }
}
