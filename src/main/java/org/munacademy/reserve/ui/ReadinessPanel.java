package org.munacademy.reserve.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.munacademy.reserve.entity.Readiness;
import org.munacademy.reserve.entity.ReadinessReason;
import org.munacademy.reserve.entity.ReadinessReport;
import org.munacademy.reserve.entity.ReadinessThresholds;

/**
 * An entry's readiness for the entry page: the level as a badge, the fit and the competencies below minimum it came
 * from, the thresholds in words, and one row per required competency with the current level, the requirement, the
 * status and the evidence behind the level with its age. Ids: {@code readiness-panel}, {@code readiness-level},
 * {@code readiness-summary}, {@code readiness-rules}, {@code readiness-reasons}.
 */
public class ReadinessPanel extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public ReadinessPanel(ReadinessReport report) {
        setId("readiness-panel");
        setPadding(false);
        H3 title = new H3(getTranslation("reserve.fit.panel.title"));
        title.addClassNames(LumoUtility.FontSize.MEDIUM);
        Span level = badge(this, report.level());
        level.setId("readiness-level");
        Paragraph summary = new Paragraph(getTranslation("reserve.fit.panel.summary", percent(report.fit()),
                String.valueOf(report.belowMin()), String.valueOf(report.reasons().size())));
        summary.setId("readiness-summary");
        summary.addClassNames(LumoUtility.Margin.NONE);
        Paragraph computed = new Paragraph(getTranslation("reserve.fit.panel.computed", report.on().format(DATE)));
        computed.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        Paragraph rules = new Paragraph(rules(this, report.thresholds()));
        rules.setId("readiness-rules");
        rules.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Margin.NONE);
        add(title, level, summary, computed, rules, reasons(report));
    }

    /** The thresholds in words. */
    static String rules(Component c, ReadinessThresholds t) {
        return c.getTranslation("reserve.fit.panel.rules", percent(t.readyNowFit()), t.readyNowBelow(),
                percent(t.withinYearFit()), t.withinYearBelow(), percent(t.oneToTwoFit()), t.oneToTwoBelow());
    }

    /** A readiness level as a coloured badge (data-readiness carries the level for tests). */
    static Span badge(Component c, Readiness level) {
        Span s = new Span(c.getTranslation("reserve.fit.readiness." + level.name()));
        s.getElement().getThemeList().add("badge " + switch (level) {
            case READY_NOW -> "success";
            case WITHIN_1_YEAR -> "";
            case ONE_TO_TWO_YEARS -> "contrast";
            case NOT_READY -> "error";
        });
        s.getElement().setAttribute("data-readiness", level.name());
        return s;
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    private Grid<ReadinessReason> reasons(ReadinessReport report) {
        Grid<ReadinessReason> grid = new Grid<>();
        grid.setId("readiness-reasons");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addColumn(r -> r.competencyCode() + " " + (r.competencyName() == null ? "" : r.competencyName()))
                .setHeader(getTranslation("reserve.fit.reason.competency")).setFlexGrow(3);
        grid.addColumn(r -> r.level() == null ? "—" : String.valueOf(r.level()))
                .setHeader(getTranslation("reserve.fit.reason.level")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.minLevel() + "–" + r.targetLevel())
                .setHeader(getTranslation("reserve.fit.reason.required")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReadinessReason::weight).setHeader(getTranslation("reserve.fit.reason.weight"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReadinessReason::gap).setHeader(getTranslation("reserve.fit.reason.gap"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(r -> status(this, r)))
                .setHeader(getTranslation("reserve.fit.reason.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::evidence).setHeader(getTranslation("reserve.fit.reason.evidence")).setFlexGrow(2);
        grid.setItems(report.reasons());
        return grid;
    }

    static Span status(Component c, ReadinessReason r) {
        Span s = new Span(c.getTranslation("reserve.fit.status." + r.status()));
        s.getElement().getThemeList().add("badge " + switch (r.status()) {
            case "MEETS" -> "success";
            case "BELOW_TARGET" -> "";
            case "BELOW_MIN" -> "error";
            default -> "contrast";
        });
        s.getElement().setAttribute("data-status", r.status());
        return s;
    }

    /** "актуально, 12 дн. назад, подтверждений: 2" or "нет подтверждений". */
    private String evidence(ReadinessReason r) {
        String state = getTranslation("reserve.fit.state." + r.evidence());
        if (r.asOf() == null) {
            return r.evidence().equals("EXPIRED") ? state : getTranslation("reserve.fit.reason.noEvidence");
        }
        return getTranslation("reserve.fit.reason.evidenceText", state + " (" + r.asOf().format(DATE) + ")",
                String.valueOf(r.ageDays()), String.valueOf(r.pieces()));
    }
}
