package org.munacademy.assessment.ui;

import static org.munacademy.shared.ui.SvgLevels.escape;
import static org.munacademy.shared.ui.SvgLevels.shortened;
import static org.munacademy.shared.ui.SvgLevels.width;
import static org.munacademy.shared.ui.SvgLevels.x;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.munacademy.assessment.entity.CompetencyResult;
import org.munacademy.assessment.entity.CompetencyScore;

/**
 * An attempt's competency results as a horizontal bar chart rendered on the server as SVG (like the gap chart of
 * «Мои компетенции»): one row per competency with the attained level as a bar (green when it reaches the level
 * the position requires, amber below it, blue when nothing is required), the required level as a dark mark, the
 * 95 % confidence band of the level as a thin line under the bar, and the levels of the scale as grid lines.
 * <p>
 * The chart holds no words of its own: row labels and tooltips come from the caller in the reader's language.
 */
public final class TakingResultChart {

    public static final String MEETS_COLOUR = "#5cb85c";
    public static final String BELOW_COLOUR = "#f0ad4e";
    public static final String NO_REQUIREMENT_COLOUR = "#4a78b5";
    public static final String REQUIRED_COLOUR = "#1f2933";
    public static final String BAND_COLOUR = "#6b7785";

    static final int WIDTH = 720;
    static final int ROW_HEIGHT = 34;
    private static final int TOP = 28;
    private static final int BOTTOM = 12;

    private TakingResultChart() {
    }

    /**
     * The chart as an SVG document, {@value #WIDTH} pixels wide and {@value #ROW_HEIGHT} pixels higher for every
     * competency.
     *
     * @param maxLevel    the highest level of the scale (the right end of the axis)
     * @param label       the text of a row, e.g. the competency's code and name
     * @param description the tooltip of a row, e.g. "Коммуникация: уровень 2 (уровни 1–3), требуется 3"
     */
    public static String svg(List<CompetencyResult> results, int maxLevel, Function<CompetencyResult, String> label,
            Function<CompetencyResult, String> description) {
        if (maxLevel < 1) {
            throw new IllegalArgumentException("the scale needs at least one level, not " + maxLevel);
        }
        int height = TOP + results.size() * ROW_HEIGHT + BOTTOM;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(escape(results.stream().map(description).collect(Collectors.joining("; "))))
                .append("\" font-family=\"sans-serif\" font-size=\"12\">");
        grid(svg, maxLevel, results.size());
        for (int i = 0; i < results.size(); i++) {
            CompetencyResult r = results.get(i);
            row(svg, r, TOP + i * ROW_HEIGHT, maxLevel, label.apply(r), description.apply(r));
        }
        return svg.append("</svg>").toString();
    }

    /** The bar's colour: reaching the required level, below it, or nothing required. */
    public static String colour(CompetencyResult r) {
        if (r.requiredLevel() == null) {
            return NO_REQUIREMENT_COLOUR;
        }
        return r.score().level() >= r.requiredLevel() ? MEETS_COLOUR : BELOW_COLOUR;
    }

    private static void grid(StringBuilder svg, int maxLevel, int rows) {
        int bottom = TOP + rows * ROW_HEIGHT;
        for (int level = 0; level <= maxLevel; level++) {
            String x = x(level, maxLevel);
            svg.append("<line class=\"grid\" x1=\"").append(x).append("\" y1=\"").append(TOP - 6)
                    .append("\" x2=\"").append(x).append("\" y2=\"").append(bottom)
                    .append("\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>")
                    .append("<text x=\"").append(x).append("\" y=\"").append(TOP - 10)
                    .append("\" text-anchor=\"middle\" fill=\"#555\">").append(level).append("</text>");
        }
    }

    private static void row(StringBuilder svg, CompetencyResult r, int top, int maxLevel, String label,
            String description) {
        CompetencyScore s = r.score();
        int level = clamp(s.level(), maxLevel);
        svg.append("<g class=\"competency\"><title>").append(escape(description)).append("</title>")
                .append("<text x=\"8\" y=\"").append(top + ROW_HEIGHT / 2 + 2).append("\" fill=\"#222\">")
                .append(escape(shortened(label))).append("</text>")
                .append("<rect class=\"level\" x=\"").append(x(0, maxLevel)).append("\" y=\"").append(top + 7)
                .append("\" width=\"").append(width(level, maxLevel)).append("\" height=\"").append(ROW_HEIGHT - 20)
                .append("\" fill=\"").append(colour(r)).append("\"/>");
        band(svg, clamp(s.levelLow(), maxLevel), clamp(s.levelHigh(), maxLevel), top + ROW_HEIGHT - 8, maxLevel);
        if (r.requiredLevel() != null) {
            String x = x(clamp(r.requiredLevel(), maxLevel), maxLevel);
            svg.append("<line class=\"required\" x1=\"").append(x).append("\" y1=\"").append(top + 3)
                    .append("\" x2=\"").append(x).append("\" y2=\"").append(top + ROW_HEIGHT - 3)
                    .append("\" stroke=\"").append(REQUIRED_COLOUR).append("\" stroke-width=\"3\"/>");
        }
        svg.append("</g>");
    }

    /** The confidence band: a thin line from the lowest to the highest plausible level, with end ticks. */
    private static void band(StringBuilder svg, int low, int high, int y, int maxLevel) {
        String x1 = x(Math.min(low, high), maxLevel);
        String x2 = x(Math.max(low, high), maxLevel);
        svg.append("<g class=\"band\" stroke=\"").append(BAND_COLOUR).append("\" stroke-width=\"1.5\">")
                .append("<line x1=\"").append(x1).append("\" y1=\"").append(y).append("\" x2=\"").append(x2)
                .append("\" y2=\"").append(y).append("\"/>")
                .append(tick(x1, y)).append(tick(x2, y)).append("</g>");
    }

    private static String tick(String x, int y) {
        return "<line x1=\"" + x + "\" y1=\"" + (y - 3) + "\" x2=\"" + x + "\" y2=\"" + (y + 3) + "\"/>";
    }

    private static int clamp(int level, int maxLevel) {
        return Math.min(Math.max(level, 0), maxLevel);
    }
}
