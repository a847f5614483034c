package org.munacademy.competency.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.munacademy.competency.entity.Gap;

/**
 * A person's gaps as a bar chart rendered on the server (SVG, no client code): the required range as a band, the
 * current level as a bar coloured by status; with a legend, since the chart itself holds no words.
 */
class GapChartPanel extends Div {

    GapChartPanel(List<Gap> gaps, int maxLevel) {
        // Svg sets the markup as innerHTML, so the browser parses it in the SVG namespace (Html would create the
        // <svg> root as an unknown HTML element, which draws nothing); GapChart escapes every text it writes
        Div chart = new Div(new Svg(GapChart.svg(gaps, maxLevel, g -> g.competencyCode() + " " + g.competencyName())));
        chart.setId("gap-chart");
        chart.getStyle().set("overflow-x", "auto");
        chart.setMaxWidth("100%");

        Div legend = new Div(
                item(GapChart.BAND_COLOUR, "competency.chart.range"),
                item(GapChart.BELOW_MIN_COLOUR, "competency.gap.status.BELOW_MIN"),
                item(GapChart.BELOW_TARGET_COLOUR, "competency.gap.status.BELOW_TARGET"),
                item(GapChart.MEETS_COLOUR, "competency.gap.status.MEETS"),
                item(GapChart.UNKNOWN_COLOUR, "competency.gap.status.UNKNOWN"));
        legend.setId("gap-chart-legend");
        legend.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM,
                LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add(chart, legend);
    }

    private Span item(String colour, String key) {
        Span swatch = new Span();
        swatch.getStyle().set("display", "inline-block").set("width", "0.9em").set("height", "0.9em")
                .set("background-color", colour).set("margin-right", "0.3em").set("vertical-align", "middle");
        return new Span(swatch, new Span(getTranslation(key)));
    }
}
