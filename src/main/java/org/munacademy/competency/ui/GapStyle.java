package org.munacademy.competency.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import org.munacademy.competency.boundary.EvidenceFacade;
import org.munacademy.competency.entity.CurrentLevel;
import org.munacademy.competency.entity.Gap;
import org.munacademy.shared.ui.Translations;

/**
 * One colour per gap status, the same on screen and in the spreadsheet (the boundary's palette): below the
 * minimum red, below the target amber, meeting the target green, no usable evidence grey.
 */
final class GapStyle {

    private GapStyle() {
    }

    /** The fill as RGB hex without '#', e.g. {@code F4CCCC}. */
    static String rgb(Gap.Status status) {
        return EvidenceFacade.fill(status);
    }

    static String css(Gap.Status status) {
        return "#" + rgb(status);
    }

    static String label(Component c, Gap.Status status) {
        return c.getTranslation("competency.gap.status." + status.name());
    }

    static String state(Component c, CurrentLevel.State state) {
        return c.getTranslation("competency.gap.state." + state.name());
    }

    /** A badge in the status colour (dark text on the light fill stays readable in both themes). */
    static Span badge(Component c, Gap.Status status) {
        Span badge = new Span(label(c, status));
        badge.getElement().getThemeList().add("badge");
        paint(badge, status);
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }

    static void paint(Span span, Gap.Status status) {
        span.getStyle().set("background-color", css(status)).set("color", "#1f2933");
    }

    /** A share 0..1 as a percentage in the user's language ("72 %" / "72%"). */
    static String percent(Double share) {
        if (share == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getPercentInstance(
                VersionLabels.english() ? Translations.ENGLISH : Translations.RUSSIAN);
        f.setMaximumFractionDigits(0);
        return f.format(share);
    }
}
