package org.munacademy.reserve.ui;

import static org.munacademy.shared.ui.SvgLevels.escape;
import static org.munacademy.shared.ui.SvgLevels.number;
import static org.munacademy.shared.ui.SvgLevels.shortened;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The reserve's analytics as charts rendered on the server as SVG (no JavaScript; the same markup works in the
 * browser, a PDF and an e-mail): horizontal bars (size by region, level or group; the readiness distribution) and
 * columns of the share filled from the reserve by quarter with a target line. Labels come from the caller in the
 * reader's language and are escaped; each bar carries a {@code <title>} tooltip and a fixed id
 * ({@code <chart>-bar-<i>}, {@code <chart>-target}) for tests.
 */
public final class ReserveCharts {

    public static final String BAR_COLOUR = "#4a6fa5";
    public static final String TARGET_COLOUR = "#d9534f";
    static final int WIDTH = 720;
    static final int ROW_HEIGHT = 26;
    static final int LEFT = 250;
    static final int RIGHT = 650;
    private static final int TOP = 10;
    private static final int COLUMNS_HEIGHT = 240;
    private static final int COLUMNS_TOP = 20;
    private static final int COLUMNS_BOTTOM = 200;
    private static final int COLUMNS_LEFT = 50;

    private ReserveCharts() {
    }

    /** A bar: its label, its value and its colour (null: the default). */
    public record Bar(String label, long value, String colour) {
        public Bar(String label, long value) {
            this(label, value, null);
        }
    }

    /** A quarter's column: its label and the share in per cent (null: no appointments, no column). */
    public record Column(String label, Double percent, String detail) {
    }

    /** Horizontal bars scaled to the largest value, the value written after each bar. */
    public static String bars(String id, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int height = TOP * 2 + Math.max(1, bars.size()) * ROW_HEIGHT;
        StringBuilder svg = open(id, height, bars.stream().map(b -> b.label() + ": " + b.value())
                .collect(Collectors.joining("; ")));
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int top = TOP + i * ROW_HEIGHT;
            double width = (RIGHT - LEFT) * (double) Math.max(0, b.value()) / max;
            svg.append("<g class=\"bar\"><title>").append(escape(b.label() + ": " + b.value())).append("</title>")
                    .append("<text x=\"8\" y=\"").append(top + ROW_HEIGHT / 2 + 4).append("\" fill=\"#222\">")
                    .append(escape(shortened(b.label()))).append("</text>")
                    .append("<rect id=\"").append(escape(id)).append("-bar-").append(i).append("\" x=\"").append(LEFT)
                    .append("\" y=\"").append(top + 4).append("\" width=\"").append(number(width))
                    .append("\" height=\"").append(ROW_HEIGHT - 8).append("\" fill=\"")
                    .append(b.colour() == null ? BAR_COLOUR : escape(b.colour())).append("\"/>")
                    .append("<text x=\"").append(number(LEFT + width + 6)).append("\" y=\"")
                    .append(top + ROW_HEIGHT / 2 + 4).append("\" fill=\"#222\">").append(b.value()).append("</text>")
                    .append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Columns of per cent (0–100) by quarter with a dashed target line, e.g. 40 %; a quarter without appointments
     * shows its label and no column.
     */
    public static String shares(String id, List<Column> columns, double targetPercent) {
        int n = Math.max(1, columns.size());
        double slot = (WIDTH - COLUMNS_LEFT - 20) / (double) n;
        StringBuilder svg = open(id, COLUMNS_HEIGHT, columns.stream().map(c -> tooltip(c))
                .collect(Collectors.joining("; ")));
        for (int p = 0; p <= 100; p += 25) {
            String y = number(y(p));
            svg.append("<line class=\"grid\" x1=\"").append(COLUMNS_LEFT).append("\" y1=\"").append(y)
                    .append("\" x2=\"").append(WIDTH - 20).append("\" y2=\"").append(y)
                    .append("\" stroke=\"#d0d0d0\" stroke-width=\"1\"/><text x=\"").append(COLUMNS_LEFT - 6)
                    .append("\" y=\"").append(number(y(p) + 4)).append("\" text-anchor=\"end\" fill=\"#555\">")
                    .append(p).append(" %</text>");
        }
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            double x = COLUMNS_LEFT + i * slot;
            svg.append("<g class=\"column\"><title>").append(escape(tooltip(c))).append("</title>");
            if (c.percent() != null) {
                double value = Math.max(0, Math.min(100, c.percent()));
                svg.append("<rect id=\"").append(escape(id)).append("-bar-").append(i).append("\" x=\"")
                        .append(number(x + slot * 0.2)).append("\" y=\"").append(number(y(value)))
                        .append("\" width=\"").append(number(slot * 0.6)).append("\" height=\"")
                        .append(number(y(0) - y(value))).append("\" fill=\"").append(BAR_COLOUR).append("\"/>");
            }
            svg.append("<text x=\"").append(number(x + slot / 2)).append("\" y=\"").append(COLUMNS_BOTTOM + 18)
                    .append("\" text-anchor=\"middle\" fill=\"#222\">").append(escape(shortened(c.label())))
                    .append("</text></g>");
        }
        String ty = number(y(Math.max(0, Math.min(100, targetPercent))));
        return svg.append("<line id=\"").append(escape(id)).append("-target\" x1=\"").append(COLUMNS_LEFT)
                .append("\" y1=\"").append(ty).append("\" x2=\"").append(WIDTH - 20).append("\" y2=\"").append(ty)
                .append("\" stroke=\"").append(TARGET_COLOUR).append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\">")
                .append("<title>").append(number(targetPercent)).append(" %</title></line></svg>").toString();
    }

    private static String tooltip(Column c) {
        return c.label() + ": " + (c.percent() == null ? "—" : number(c.percent()) + " %")
                + (c.detail() == null ? "" : " (" + c.detail() + ")");
    }

    private static double y(double percent) {
        return COLUMNS_BOTTOM - (COLUMNS_BOTTOM - COLUMNS_TOP) * percent / 100.0;
    }

    private static StringBuilder open(String id, int height, String summary) {
        return new StringBuilder().append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(escape(id))
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(escape(summary)).append("\" font-family=\"sans-serif\" font-size=\"12\">");
    }
}
