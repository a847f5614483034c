package org.munacademy.reserve.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.reserve.ui.ReserveCharts.Bar;
import org.munacademy.reserve.ui.ReserveCharts.Column;

class ReserveChartsTest {

    @Test
    void bars_are_scaled_to_the_largest_value_with_fixed_ids_and_a_title_each() {
        String svg = ReserveCharts.bars("by-region", List.of(new Bar("Тверская область", 10), new Bar("Псков", 5)));

        assertThat(svg).startsWith("<svg").endsWith("</svg>")
                .contains("id=\"by-region\"")
                .contains("id=\"by-region-bar-0\" x=\"250\" y=\"14\" width=\"400.0\"")
                .contains("id=\"by-region-bar-1\" x=\"250\" y=\"40\" width=\"200.0\"")
                .contains("<title>Тверская область: 10</title>", "<title>Псков: 5</title>");
    }

    @Test
    void labels_are_escaped_so_that_markup_in_a_name_stays_text() {
        String svg = ReserveCharts.bars("g", List.of(new Bar("<script>&\"", 1)));

        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;&amp;&quot;");
    }

    @Test
    void bars_of_nothing_draw_empty_bars_rather_than_dividing_by_zero() {
        String svg = ReserveCharts.bars("g", List.of(new Bar("a", 0)));

        assertThat(svg).contains("id=\"g-bar-0\" x=\"250\" y=\"14\" width=\"0.0\"");
    }

    @Test
    void a_bar_takes_its_own_colour() {
        String svg = ReserveCharts.bars("r", List.of(new Bar("Готов сейчас", 3, "#5cb85c")));

        assertThat(svg).contains("fill=\"#5cb85c\"");
    }

    @Test
    void shares_draw_a_column_per_quarter_with_appointments_and_the_target_line() {
        String svg = ReserveCharts.shares("share", List.of(new Column("2026 Q1", 50.0, "1 / 2"),
                new Column("2026 Q2", null, null)), 40);

        // 50 % of the axis from y=200 (0 %) to y=20 (100 %) is y=110, 90 high
        assertThat(svg).contains("id=\"share-bar-0\"").contains("y=\"110.0\"").contains("height=\"90.0\"")
                .doesNotContain("share-bar-1")
                .contains("<title>2026 Q1: 50.0 % (1 / 2)</title>", "<title>2026 Q2: —</title>")
                .contains("id=\"share-target\" x1=\"50\" y1=\"128.0\"");
    }
}
