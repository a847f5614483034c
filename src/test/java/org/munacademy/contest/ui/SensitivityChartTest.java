package org.munacademy.contest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SensitivityChartTest {

    private static final List<String> METHODS = List.of("Взвешенное среднее", "z-оценки", "Борда");

    @Test
    void each_application_is_a_line_through_its_places_by_method() {
        String svg = SensitivityChart.bump("bump", METHODS, List.of(
                new SensitivityChart.Line("EMP-0002", List.of(2, 3, 2), true, true),
                new SensitivityChart.Line("EMP-0005", List.of(3, 2, 3), false, true),
                new SensitivityChart.Line("EMP-0001", List.of(1, 1, 1), true, false)), 2);

        // x: 150 + column * 130; y: 40 + (place - 1) * 26
        assertThat(svg).contains("id=\"bump-line-0\" points=\"150,66 280,92 410,66\"",
                "id=\"bump-line-1\" points=\"150,92 280,66 410,92\"",
                "id=\"bump-line-2\" points=\"150,40 280,40 410,40\"");
    }

    @Test
    void the_pass_line_lies_between_the_last_passing_place_and_the_next() {
        String svg = SensitivityChart.bump("bump", METHODS, List.of(
                new SensitivityChart.Line("A", List.of(1, 1, 1), true, false),
                new SensitivityChart.Line("B", List.of(2, 2, 2), true, false),
                new SensitivityChart.Line("C", List.of(3, 3, 3), false, false)), 2);

        // place 2 at y 66, place 3 at y 92: the line at 79
        assertThat(svg).contains("id=\"bump-pass\" x1=\"110\" y1=\"79.0\"");
    }

    @Test
    void no_pass_line_when_everyone_passes() {
        String svg = SensitivityChart.bump("bump", METHODS, List.of(
                new SensitivityChart.Line("A", List.of(1, 1, 1), true, false)), 1);

        assertThat(svg).doesNotContain("bump-pass");
    }

    @Test
    void a_changing_application_is_orange_a_passing_one_blue_the_rest_grey() {
        String svg = SensitivityChart.bump("bump", METHODS, List.of(
                new SensitivityChart.Line("A", List.of(1, 1, 1), true, false),
                new SensitivityChart.Line("B", List.of(2, 3, 2), true, true),
                new SensitivityChart.Line("C", List.of(3, 2, 3), false, true),
                new SensitivityChart.Line("D", List.of(4, 4, 4), false, false)), 2);

        assertThat(svg).contains("id=\"bump-line-0\" points=\"150,40 280,40 410,40\" fill=\"none\" stroke=\""
                + SensitivityChart.PASS_COLOUR + "\" stroke-width=\"2\"")
                .contains("id=\"bump-line-1\" points=\"150,66 280,92 410,66\" fill=\"none\" stroke=\""
                        + SensitivityChart.CHANGE_COLOUR + "\" stroke-width=\"4\"")
                .contains("id=\"bump-line-3\" points=\"150,118 280,118 410,118\" fill=\"none\" stroke=\""
                        + SensitivityChart.FAIL_COLOUR + "\"");
    }

    @Test
    void unranked_places_are_skipped_and_labels_escaped() {
        String svg = SensitivityChart.bump("bump", METHODS, List.of(
                new SensitivityChart.Line("<A&B>", Arrays.asList(1, null, 2), true, false),
                new SensitivityChart.Line("C", List.of(2, 1, 1), false, false)), 1);

        assertThat(svg).contains("id=\"bump-line-0\" points=\"150,40 410,66\"").contains("&lt;A&amp;B&gt;")
                .doesNotContain("<A&B>");
    }
}
