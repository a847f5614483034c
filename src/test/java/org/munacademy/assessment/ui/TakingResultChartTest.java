package org.munacademy.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.CompetencyResult;
import org.munacademy.assessment.entity.CompetencyScore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TakingResultChartTest {

    private static final List<CompetencyResult> RESULTS = List.of(
            result("DIG-01", "Цифровая грамотность <и> «данные» & ИС", 3, 2, 4, 2),
            result("LAW-01", "Применение законодательства", 1, 0, 3, 3),
            result("LDR-04", "Служебная этика", 2, 1, 3, null));

    private static CompetencyResult result(String code, String name, int level, int low, int high, Integer required) {
        return new CompetencyResult(code, name, new CompetencyScore(code, 4, level, 25.0 * level, level, 10, 90, low,
                high), required);
    }

    private static Document render() throws Exception {
        String svg = TakingResultChart.svg(RESULTS, 4, r -> r.competencyCode() + " " + r.competencyName(),
                r -> r.competencyName() + ": уровень " + r.score().level());
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document d, String tag, String cssClass) {
        NodeList all = d.getElementsByTagName(tag);
        List<Element> out = new java.util.ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("class").equals(cssClass)) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void the_chart_is_well_formed_svg_with_one_bar_and_band_per_competency_and_texts_escaped() throws Exception {
        Document svg = render();
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(elements(svg, "rect", "level")).hasSize(3);
        assertThat(elements(svg, "g", "band")).hasSize(3);
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Цифровая грамотность <и> «данные» & ИС: уровень 3");
    }

    @Test
    void bars_are_as_long_as_the_attained_level_and_coloured_against_the_required_one() throws Exception {
        List<Element> bars = elements(render(), "rect", "level");
        // the axis runs from x 250 to 700 for 4 levels: 112.5 per level
        assertThat(bars.get(0).getAttribute("width")).isEqualTo("337.5");
        assertThat(bars.get(1).getAttribute("width")).isEqualTo("112.5");
        assertThat(bars.get(0).getAttribute("fill")).isEqualTo(TakingResultChart.MEETS_COLOUR);
        assertThat(bars.get(1).getAttribute("fill")).isEqualTo(TakingResultChart.BELOW_COLOUR);
        assertThat(bars.get(2).getAttribute("fill")).isEqualTo(TakingResultChart.NO_REQUIREMENT_COLOUR);
    }

    @Test
    void required_levels_are_marked_only_where_the_position_requires_one() throws Exception {
        List<Element> marks = elements(render(), "line", "required");
        assertThat(marks).hasSize(2);
        assertThat(marks.get(0).getAttribute("x1")).isEqualTo("475.0"); // level 2
        assertThat(marks.get(1).getAttribute("x1")).isEqualTo("587.5"); // level 3
    }

    @Test
    void a_scale_without_levels_is_refused() {
        assertThatThrownBy(() -> TakingResultChart.svg(RESULTS, 0, r -> "", r -> ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
