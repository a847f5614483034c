package org.munacademy.competency.ui;

import static org.munacademy.shared.ui.SvgLevels.escape;
import static org.munacademy.shared.ui.SvgLevels.shortened;
import static org.munacademy.shared.ui.SvgLevels.width;
import static org.munacademy.shared.ui.SvgLevels.x;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.munacademy.competency.entity.Gap;

/**
 * A person's gaps as a horizontal bar chart, rendered on the server as SVG: one row per competency with the
 * required range (minimum to target) as a light band, the current level as a bar coloured by status, and the
 * levels of the scale as grid lines. It needs no JavaScript, so it works in the browser, in a PDF and in an
 * e-mail alike.
 * <p>
 * The chart holds no words of its own: row labels come from the caller (in the reader's language), tooltips and
 * the accessible description are made of those labels and numbers ("Коммуникация: 2 (3–4)"; "?" for an unknown
 * level).
 */
public final class GapChart {

    public static final String BELOW_MIN_COLOUR = "#d9534f";
    public static final String BELOW_TARGET_COLOUR = "#f0ad4e";
    public static final String MEETS_COLOUR = "#5cb85c";
    public static final String UNKNOWN_COLOUR = "#9e9e9e";
    public static final String BAND_COLOUR = "#dce6f2";

    static final int WIDTH = 720;
    static final int ROW_HEIGHT = 30;
    private static final int TOP = 28;
    private static final int BOTTOM = 12;

    private GapChart() {
    }

    /**
     * The chart as an SVG document, 720 pixels wide and {@value #ROW_HEIGHT} pixels higher for every gap.
     *
     * @param maxLevel the highest level of the scale (the right end of the axis)
     * @param label    the text of a row, e.g. the competency's code and name
     */
    public static String svg(List<Gap> gaps, int maxLevel, Function<Gap, String> label) {
        if (maxLevel < 1) {
            throw new IllegalArgumentException("the scale needs at least one level, not " + maxLevel);
        }
        int height = TOP + gaps.size() * ROW_HEIGHT + BOTTOM;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(summary(gaps, label)))
                .append("\" font-family=\"sans-serif\" font-size=\"12\">")
                .append("<defs><pattern id=\"gap-unknown\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
                .append(" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"")
                .append(UNKNOWN_COLOUR).append("\" stroke-width=\"2\"/></pattern></defs>");
        grid(svg, maxLevel, gaps.size());
        for (int i = 0; i < gaps.size(); i++) {
            row(svg, gaps.get(i), TOP + i * ROW_HEIGHT, maxLevel, label.apply(gaps.get(i)));
        }
        return svg.append("</svg>").toString();
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

    private static void row(StringBuilder svg, Gap gap, int top, int maxLevel, String label) {
        int min = Math.min(gap.minLevel(), maxLevel);
        int target = Math.min(gap.targetLevel(), maxLevel);
        svg.append("<g class=\"gap\"><title>").append(escape(tooltip(gap, label))).append("</title>")
                .append("<text x=\"8\" y=\"").append(top + ROW_HEIGHT / 2 + 4).append("\" fill=\"#222\">")
                .append(escape(shortened(label))).append("</text>")
                .append("<rect class=\"band\" x=\"").append(x(min, maxLevel)).append("\" y=\"").append(top + 4)
                .append("\" width=\"").append(width(target - min, maxLevel)).append("\" height=\"")
                .append(ROW_HEIGHT - 8).append("\" fill=\"").append(BAND_COLOUR).append("\"/>")
                .append("<line class=\"target\" x1=\"").append(x(target, maxLevel)).append("\" y1=\"").append(top + 4)
                .append("\" x2=\"").append(x(target, maxLevel)).append("\" y2=\"").append(top + ROW_HEIGHT - 4)
                .append("\" stroke=\"#4a6fa5\" stroke-width=\"2\"/>");
        bar(svg, gap, top, maxLevel, target);
        svg.append("</g>");
    }

    /** The current level; an unknown level is a hatched grey outline up to the target, i.e. all still open. */
    private static void bar(StringBuilder svg, Gap gap, int top, int maxLevel, int target) {
        Integer current = level(gap);
        boolean unknown = gap.status() == Gap.Status.UNKNOWN || current == null;
        int level = unknown ? target : Math.min(Math.max(current, 0), maxLevel);
        String fill = unknown ? "url(#gap-unknown)" : colour(gap.status());
        svg.append("<rect class=\"bar ").append(gap.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .append("\" x=\"").append(x(0, maxLevel)).append("\" y=\"").append(top + 10)
                .append("\" width=\"").append(width(level, maxLevel)).append("\" height=\"").append(ROW_HEIGHT - 20)
                .append("\" fill=\"").append(fill).append('"');
        if (unknown) {
            svg.append(" stroke=\"").append(UNKNOWN_COLOUR).append("\" stroke-dasharray=\"3 2\"");
        }
        svg.append("/>");
    }

    static String colour(Gap.Status status) {
        return switch (status) {
            case BELOW_MIN -> BELOW_MIN_COLOUR;
            case BELOW_TARGET -> BELOW_TARGET_COLOUR;
            case MEETS -> MEETS_COLOUR;
            case UNKNOWN -> UNKNOWN_COLOUR;
        };
    }

    private static String summary(List<Gap> gaps, Function<Gap, String> label) {
        return gaps.stream().map(g -> tooltip(g, label.apply(g))).collect(Collectors.joining("; "));
    }

    private static String tooltip(Gap gap, String label) {
        Integer level = level(gap);
        return label + ": " + (level == null ? "?" : level) + " (" + gap.minLevel() + "–" + gap.targetLevel() + ")";
    }

    private static Integer level(Gap gap) {
        return gap.current() == null ? null : gap.current().level();
    }
}
