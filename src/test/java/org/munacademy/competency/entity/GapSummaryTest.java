package org.munacademy.competency.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GapSummaryTest {

    static final List<HeatMap.Column> COLUMNS = List.of(new HeatMap.Column("PRJ-01", "Управление проектами", "A"),
            new HeatMap.Column("COM-02", "Коммуникация", "B"),
            new HeatMap.Column("DIG-03", "Цифровая грамотность", "C"));

    static HeatMap.Cell cell(Gap.Status status) {
        return new HeatMap.Cell(status, null, 3, null, 1, null);
    }

    static HeatMap.Row row(long id, Double fit, Object... codeAndStatus) {
        Map<String, HeatMap.Cell> cells = new LinkedHashMap<>();
        for (int i = 0; i < codeAndStatus.length; i += 2) {
            cells.put((String) codeAndStatus[i], cell((Gap.Status) codeAndStatus[i + 1]));
        }
        return new HeatMap.Row(id, "Сотрудник " + id, "городской округ город Вологда", fit, cells);
    }

    @Test
    void people_without_a_profile_count_in_the_headcount_but_not_in_the_mean_fit() {
        HeatMap map = new HeatMap(HeatMap.Mode.PEOPLE, "MUN-COMP", COLUMNS, List.of(
                row(1, 0.5, "PRJ-01", Gap.Status.BELOW_MIN, "COM-02", Gap.Status.MEETS),
                row(2, 1.0, "PRJ-01", Gap.Status.MEETS, "COM-02", Gap.Status.MEETS),
                row(3, 1.0)), false);

        GapSummary summary = GapSummary.of(map, 3);

        assertThat(summary.people()).isEqualTo(3);
        assertThat(summary.profiled()).isEqualTo(2);
        assertThat(summary.averageFit()).isEqualTo(0.75);
        assertThat(summary.belowMin()).isEqualTo(1);
        assertThat(summary.truncated()).isFalse();
    }

    @Test
    void the_weakest_competencies_are_those_with_most_people_below_target_and_no_evidence_is_below_target_only() {
        HeatMap map = new HeatMap(HeatMap.Mode.PEOPLE, "MUN-COMP", COLUMNS, List.of(
                row(1, 0.2, "PRJ-01", Gap.Status.UNKNOWN, "COM-02", Gap.Status.BELOW_TARGET, "DIG-03",
                        Gap.Status.BELOW_MIN),
                row(2, 0.4, "PRJ-01", Gap.Status.UNKNOWN, "COM-02", Gap.Status.BELOW_TARGET, "DIG-03",
                        Gap.Status.MEETS),
                row(3, 0.6, "PRJ-01", Gap.Status.BELOW_TARGET, "COM-02", Gap.Status.MEETS, "DIG-03",
                        Gap.Status.MEETS)), true);

        GapSummary summary = GapSummary.of(map, 2);

        assertThat(summary.weakest()).containsExactly(
                new GapSummary.CompetencyCount("PRJ-01", "Управление проектами", 3, 0),
                new GapSummary.CompetencyCount("COM-02", "Коммуникация", 2, 0));
        assertThat(summary.belowMin()).as("only DIG-03 of person 1 is below a minimum").isEqualTo(1);
        assertThat(summary.truncated()).isTrue();
    }

    @Test
    void a_scope_where_everybody_meets_every_target_names_no_weak_competency() {
        HeatMap map = new HeatMap(HeatMap.Mode.PEOPLE, "MUN-COMP", COLUMNS,
                List.of(row(1, 1.0, "PRJ-01", Gap.Status.MEETS)), false);

        assertThat(GapSummary.of(map, 3).weakest()).isEmpty();
        assertThat(GapSummary.of(new HeatMap(HeatMap.Mode.PEOPLE, "MUN-COMP", COLUMNS, List.of(), false), 3)
                .averageFit()).as("nobody profiled: no mean").isNull();
    }

    @Test
    void a_heat_map_by_municipality_cannot_be_summarised_as_people() {
        HeatMap map = new HeatMap(HeatMap.Mode.MUNICIPALITIES, "MUN-COMP", COLUMNS, List.of(), false);

        assertThatThrownBy(() -> GapSummary.of(map, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
