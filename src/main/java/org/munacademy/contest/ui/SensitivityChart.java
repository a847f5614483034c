package org.munacademy.contest.ui;

import static org.munacademy.shared.ui.SvgLevels.escape;

import java.util.List;
import java.util.Locale;

/**
 * The sensitivity panel's "bump chart", rendered on the server as SVG like {@code reserve/ui/ReserveCharts}: one
 * column per aggregation method (the chosen one first), an application's places joined by a line across the columns,
 * place 1 at the top, and the pass line drawn between the last place that passes and the next. Lines of applications
 * that pass under the chosen method are blue, the others grey; an application whose passing depends on the method is
 * drawn thick and orange. Every text is escaped; lines carry a {@code <title>} and the ids {@code <id>-line-<i>},
 * {@code <id>-pass} for tests.
 */
public final class SensitivityChart {

    static final String PASS_COLOUR = "#2e6bb8";
    static final String FAIL_COLOUR = "#9aa3ad";
    static final String CHANGE_COLOUR = "#e07b00";
    static final int LEFT = 150;
    static final int COLUMN_GAP = 130;
    static final int TOP = 40;
    static final int ROW = 26;

    private SensitivityChart() {
    }

    /** An application's line: its label, its place under each method (in the columns' order; null: not ranked). */
    public record Line(String label, List<Integer> places, boolean passesChosen, boolean changes) {
    }

    /** The chart: columns labelled {@code methods}, {@code passCount} places above the pass line. */
    public static String bump(String id, List<String> methods, List<Line> lines, int passCount) {
        int rows = Math.max(1, lines.size());
        int width = LEFT + Math.max(0, methods.size() - 1) * COLUMN_GAP + 160;
        int height = TOP + rows * ROW + 10;
        StringBuilder svg = new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"")
                .append(escape(id)).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(String.join(", ", methods)))
                .append("\" font-family=\"sans-serif\" font-size=\"12\">");
        for (int m = 0; m < methods.size(); m++) {
            int x = x(m);
            svg.append("<text x=\"").append(x).append("\" y=\"16\" text-anchor=\"middle\" fill=\"#222\"")
                    .append(m == 0 ? " font-weight=\"bold\"" : "").append('>').append(escape(methods.get(m)))
                    .append("</text><line x1=\"").append(x).append("\" y1=\"").append(TOP - 10).append("\" x2=\"")
                    .append(x).append("\" y2=\"").append(height - 6).append("\" stroke=\"#e3e6ea\"/>");
        }
        if (passCount > 0 && passCount < lines.size()) {
            double y = y(passCount) + ROW / 2.0;
            svg.append("<line id=\"").append(escape(id)).append("-pass\" x1=\"").append(LEFT - 40).append("\" y1=\"")
                    .append(number(y)).append("\" x2=\"").append(x(methods.size() - 1) + 40).append("\" y2=\"")
                    .append(number(y)).append("\" stroke=\"#d9534f\" stroke-dasharray=\"6 4\"/>");
        }
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String colour = l.changes() ? CHANGE_COLOUR : l.passesChosen() ? PASS_COLOUR : FAIL_COLOUR;
            StringBuilder points = new StringBuilder();
            StringBuilder title = new StringBuilder(l.label());
            for (int m = 0; m < methods.size() && m < l.places().size(); m++) {
                Integer p = l.places().get(m);
                if (p == null) {
                    continue;
                }
                points.append(points.length() == 0 ? "" : " ").append(x(m)).append(',').append(y(p));
                title.append(m == 0 ? ": " : ", ").append(methods.get(m)).append(' ').append(p);
            }
            Integer first = l.places().isEmpty() ? null : l.places().get(0);
            svg.append("<g><title>").append(escape(title.toString())).append("</title>");
            if (first != null) {
                svg.append("<text x=\"").append(LEFT - 12).append("\" y=\"").append(y(first) + 4)
                        .append("\" text-anchor=\"end\" fill=\"#222\">").append(escape(l.label())).append("</text>");
            }
            svg.append("<polyline id=\"").append(escape(id)).append("-line-").append(i).append("\" points=\"")
                    .append(points).append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"")
                    .append(l.changes() ? 4 : 2).append("\"/>");
            for (String point : points.toString().split(" ")) {
                if (!point.isEmpty()) {
                    String[] xy = point.split(",");
                    svg.append("<circle cx=\"").append(xy[0]).append("\" cy=\"").append(xy[1])
                            .append("\" r=\"4\" fill=\"").append(colour).append("\"/>");
                }
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    static int x(int column) {
        return LEFT + column * COLUMN_GAP;
    }

    static int y(int place) {
        return TOP + (place - 1) * ROW;
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
