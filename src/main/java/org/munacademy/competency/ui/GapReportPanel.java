package org.munacademy.competency.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;
import java.util.stream.Collectors;
import org.munacademy.competency.entity.CurrentLevel;
import org.munacademy.competency.entity.Gap;
import org.munacademy.competency.entity.GapReport;

/**
 * A person's gap report: the overall fit, the status counts, the chart of levels against the required ranges and
 * the gap list. Shown to employees for themselves and to HR officers for a person of their scope.
 */
class GapReportPanel extends VerticalLayout {

    GapReportPanel(GapReport report, String positionName, String groupName, int maxLevel) {
        setPadding(false);
        H3 chartHeading = new H3(getTranslation("competency.my.chart"));
        chartHeading.addClassNames(LumoUtility.FontSize.MEDIUM);
        H3 listHeading = new H3(getTranslation("competency.my.list"));
        listHeading.addClassNames(LumoUtility.FontSize.MEDIUM);
        add(summary(report, positionName, groupName), chartHeading, new GapChartPanel(report.gaps(), maxLevel),
                listHeading, gapGrid(report));
    }

    private Div summary(GapReport report, String positionName, String group) {
        Span fit = new Span(GapStyle.percent(report.fit()));
        fit.setId("my-fit");
        fit.addClassNames(LumoUtility.FontSize.XXXLARGE, LumoUtility.FontWeight.BOLD, LumoUtility.TextColor.PRIMARY);
        Span caption = new Span(getTranslation("competency.my.fit"));
        caption.addClassNames(LumoUtility.TextColor.SECONDARY);
        Div figure = new Div(fit, caption);
        figure.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.LARGE,
                LumoUtility.BorderRadius.LARGE, LumoUtility.Background.CONTRAST_5);

        String groupText = group == null ? "—" : group;
        String version = String.valueOf(report.standardVersion());
        Paragraph profile = new Paragraph(positionName == null
                ? getTranslation("competency.my.profileGroup", groupText, report.standardCode(), version)
                : getTranslation("competency.my.profile", positionName, groupText, report.standardCode(), version));
        profile.setId("my-profile");
        profile.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

        Map<Gap.Status, Long> counts = report.gaps().stream()
                .collect(Collectors.groupingBy(Gap::status, Collectors.counting()));
        Div statuses = new Div();
        statuses.setId("my-summary");
        statuses.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
        for (Gap.Status s : Gap.Status.values()) {
            if (counts.containsKey(s)) {
                Span badge = GapStyle.badge(this, s);
                badge.setText(GapStyle.label(this, s) + ": " + counts.get(s));
                statuses.add(badge);
            }
        }
        Div text = new Div(profile, statuses);
        text.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
                LumoUtility.JustifyContent.CENTER);
        Div box = new Div(figure, text);
        box.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE);
        return box;
    }

    private Grid<Gap> gapGrid(GapReport report) {
        Grid<Gap> grid = new Grid<>(Gap.class, false);
        grid.setId("gap-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addColumn(g -> g.competencyCode() + " " + g.competencyName())
                .setHeader(getTranslation("competency.gap.competency")).setFlexGrow(3);
        grid.addColumn(g -> g.minLevel() + "–" + g.targetLevel())
                .setHeader(getTranslation("competency.gap.required")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::current).setHeader(getTranslation("competency.gap.current")).setAutoWidth(true)
                .setFlexGrow(1).setTooltipGenerator(g -> g.current() == null || g.current().asOf() == null ? null
                        : getTranslation("competency.gap.asOf", VersionLabels.date(g.current().asOf()),
                                String.valueOf(g.current().pieces())));
        if (report.gaps().stream().anyMatch(g -> g.selfAssessed() != null)) {
            // the person's own view, apart from the assessed level: it never counts as meeting a requirement
            grid.addColumn(g -> g.selfAssessed() == null ? "" : String.valueOf(g.selfAssessed()))
                    .setHeader(getTranslation("competency.gap.self")).setKey("self").setAutoWidth(true)
                    .setFlexGrow(0).setTooltipGenerator(g -> g.selfAssessed() == null ? null
                            : getTranslation("competency.gap.selfHint"));
        }
        grid.addColumn(new ComponentRenderer<>(g -> GapStyle.badge(this, g.status())))
                .setHeader(getTranslation("competency.gap.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Gap::gap).setHeader(getTranslation("competency.gap.gap")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(report.gaps());
        return grid;
    }

    /** "3 (актуально)", "— (нет данных)". */
    private String current(Gap g) {
        CurrentLevel c = g.current();
        CurrentLevel.State state = c == null ? CurrentLevel.State.NONE : c.state();
        String level = c == null || c.level() == null ? "—" : String.valueOf(c.level());
        return level + " (" + GapStyle.state(this, state) + ")";
    }

}
