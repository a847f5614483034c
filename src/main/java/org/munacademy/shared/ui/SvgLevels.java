package org.munacademy.shared.ui;

import java.util.Locale;

/**
 * The common geometry and text handling of the server-rendered level charts (competency gaps, assessment results):
 * competency labels on the left, a horizontal level axis from {@link #CHART_LEFT} to {@link #CHART_RIGHT}.
 */
public final class SvgLevels {

    public static final int CHART_LEFT = 250;
    public static final int CHART_RIGHT = 700;
    public static final int LABEL_MAX = 36;

    private SvgLevels() {
    }

    /** The x coordinate of a level on an axis of {@code maxLevel} levels. */
    public static String x(int level, int maxLevel) {
        return number(CHART_LEFT + level * scale(maxLevel));
    }

    /** The width of a bar spanning {@code levels} levels (never negative). */
    public static String width(int levels, int maxLevel) {
        return number(Math.max(0, levels) * scale(maxLevel));
    }

    private static double scale(int maxLevel) {
        return (CHART_RIGHT - CHART_LEFT) / (double) maxLevel;
    }

    /** A coordinate with one decimal, whatever the locale. */
    public static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A label cut to {@link #LABEL_MAX} characters with an ellipsis. */
    public static String shortened(String label) {
        return label.length() <= LABEL_MAX ? label : label.substring(0, LABEL_MAX - 1).strip() + "…";
    }

    /** Text for XML content and attribute values. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
