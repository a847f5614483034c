package org.munacademy.competency.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.munacademy.competency.entity.CurrentLevel;
import org.munacademy.competency.entity.CurrentLevel.State;
import org.munacademy.competency.entity.Gap;
import org.munacademy.competency.entity.Gap.Status;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GapChartTest {

    private static final List<Gap> GAPS = List.of(
            gap("A1", "Ориентация на результат", 2, 3, 4, Status.BELOW_MIN),
            gap("A2", "Коммуникация", 3, 2, 3, Status.MEETS),
            gap("B1", "Планирование", 2, 2, 3, Status.BELOW_TARGET),
            gap("B2", "Бюджет", null, 2, 3, Status.UNKNOWN));

    @Test
    void the_chart_is_well_formed_svg_with_one_bar_per_gap() throws Exception {
        Document svg = parse(GapChart.svg(GAPS, 5, GapChartTest::label));

        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(bars(svg)).hasSize(4);
        assertThat(svg.getElementsByTagName("title").getLength()).isEqualTo(4);
    }

    @Test
    void each_bar_has_the_colour_of_its_status() throws Exception {
        List<Element> bars = bars(parse(GapChart.svg(GAPS, 5, GapChartTest::label)));

        assertThat(bars).extracting(b -> b.getAttribute("class"))
                .containsExactly("bar below-min", "bar meets", "bar below-target", "bar unknown");
        assertThat(bars).extracting(b -> b.getAttribute("fill")).containsExactly(GapChart.BELOW_MIN_COLOUR,
                GapChart.MEETS_COLOUR, GapChart.BELOW_TARGET_COLOUR, "url(#gap-unknown)");
        assertThat(bars.get(3).getAttribute("stroke")).isEqualTo(GapChart.UNKNOWN_COLOUR);
    }

    @Test
    void the_bar_ends_at_the_current_level_and_the_band_runs_from_minimum_to_target() throws Exception {
        Document svg = parse(GapChart.svg(GAPS, 5, GapChartTest::label));
        Element firstBand = (Element) svg.getElementsByTagName("rect").item(0);

        // 450 pixels for 5 levels: 90 a level, starting at x = 250
        assertThat(bars(svg).get(0).getAttribute("width")).isEqualTo("180.0");
        assertThat(firstBand.getAttribute("class")).isEqualTo("band");
        assertThat(firstBand.getAttribute("x")).isEqualTo("520.0");
        assertThat(firstBand.getAttribute("width")).isEqualTo("90.0");
        assertThat(bars(svg).get(3).getAttribute("width")).as("unknown: open up to the target").isEqualTo("270.0");
    }

    @Test
    void the_grid_shows_every_level_from_zero_to_the_top_of_the_scale() throws Exception {
        Document svg = parse(GapChart.svg(GAPS, 5, GapChartTest::label));
        List<String> numbers = new ArrayList<>();
        NodeList texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            if ("middle".equals(((Element) texts.item(i)).getAttribute("text-anchor"))) {
                numbers.add(texts.item(i).getTextContent());
            }
        }

        assertThat(numbers).containsExactly("0", "1", "2", "3", "4", "5");
        assertThat(count(GapChart.svg(GAPS, 5, GapChartTest::label), "class=\"grid\"")).isEqualTo(6);
    }

    @Test
    void the_chart_is_an_accessible_image_described_by_its_rows() throws Exception {
        Element root = parse(GapChart.svg(GAPS, 5, GapChartTest::label)).getDocumentElement();

        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("A1 Ориентация на результат: 2 (3–4); "
                + "A2 Коммуникация: 3 (2–3); B1 Планирование: 2 (2–3); B2 Бюджет: ? (2–3)");
    }

    @Test
    void the_chart_is_720_wide_and_grows_with_the_rows() throws Exception {
        Element one = parse(GapChart.svg(GAPS.subList(0, 1), 5, GapChartTest::label)).getDocumentElement();
        Element four = parse(GapChart.svg(GAPS, 5, GapChartTest::label)).getDocumentElement();

        assertThat(one.getAttribute("width")).isEqualTo("720");
        assertThat(Integer.parseInt(four.getAttribute("height")) - Integer.parseInt(one.getAttribute("height")))
                .isEqualTo(3 * GapChart.ROW_HEIGHT);
    }

    @Test
    void labels_are_escaped_in_text_tooltips_and_the_description() throws Exception {
        List<Gap> gaps = List.of(gap("X1", "<script>alert('x')</script> & \"Ко\"", 1, 1, 2, Status.BELOW_TARGET));

        String svg = GapChart.svg(gaps, 3, GapChartTest::label);
        Document doc = parse(svg);

        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp;");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("X1 <script>alert('x')</script> & \"Ко\": 1 (1–2)");
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).startsWith("X1 <script>");
    }

    @Test
    void a_long_label_is_shortened_in_the_row_but_kept_whole_in_the_tooltip() throws Exception {
        String name = "Организация межведомственного взаимодействия при оказании услуг";
        Document doc = parse(GapChart.svg(List.of(gap("P7", name, 2, 1, 3, Status.BELOW_TARGET)), 3,
                GapChartTest::label));

        assertThat(doc.getElementsByTagName("text").item(4).getTextContent()).endsWith("…").hasSizeLessThan(40);
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).contains(name);
    }

    @Test
    void no_gaps_give_an_empty_grid() throws Exception {
        Document doc = parse(GapChart.svg(List.of(), 4, GapChartTest::label));

        assertThat(bars(doc)).isEmpty();
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEmpty();
    }

    @Test
    void a_scale_without_levels_is_refused() {
        assertThatThrownBy(() -> GapChart.svg(GAPS, 0, GapChartTest::label))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Gap gap(String code, String name, Integer level, int min, int target, Status status) {
        CurrentLevel current = level == null ? CurrentLevel.none(code)
                : new CurrentLevel(code, level, (double) level, State.CURRENT, LocalDate.of(2025, 6, 1), 1);
        int gap = level == null ? target : Math.max(0, target - level);
        return new Gap(code, name, code.substring(0, 1), min, target, 1, current, gap, status);
    }

    private static String label(Gap gap) {
        return gap.competencyCode() + " " + gap.competencyName();
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> bars(Document svg) {
        List<Element> bars = new ArrayList<>();
        NodeList rects = svg.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getAttribute("class").startsWith("bar ")) {
                bars.add(rect);
            }
        }
        return bars;
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
