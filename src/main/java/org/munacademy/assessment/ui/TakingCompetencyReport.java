package org.munacademy.assessment.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.List;
import java.util.Map;
import org.munacademy.assessment.entity.CompetencyResult;
import org.munacademy.assessment.entity.CompetencyScore;

/**
 * An attempt's results per competency: a table (items, percentage, attained level with its name, the 95 %
 * confidence band in levels and percent, the level the position requires) and the same as a chart with a legend.
 */
class TakingCompetencyReport extends Div {

    private final Map<Integer, String> levelNames;

    /**
     * @param levelNames the names of the scale's levels by number (empty if the standard is not at hand)
     * @param maxLevel   the highest level of the scale
     */
    TakingCompetencyReport(List<CompetencyResult> results, Map<Integer, String> levelNames, int maxLevel) {
        this.levelNames = levelNames;
        addClassName("taking-competencies");
        Div chart = new Div(new Svg(TakingResultChart.svg(results, maxLevel, this::label, this::description)));
        chart.setId("result-chart");
        chart.addClassName("taking-chart");
        add(table(results), chart, legend());
    }

    private Grid<CompetencyResult> table(List<CompetencyResult> results) {
        Grid<CompetencyResult> grid = new Grid<>(CompetencyResult.class, false);
        grid.setId("result-table");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addColumn(this::label).setHeader(getTranslation("assessment.result.competency")).setFlexGrow(3);
        grid.addColumn(r -> r.score().items()).setHeader(getTranslation("assessment.result.items"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> TakingFormat.percent(this, r.score().percent()))
                .setHeader(getTranslation("assessment.result.percent")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> level(r.score().level())).setHeader(getTranslation("assessment.result.level"))
                .setFlexGrow(2);
        grid.addColumn(r -> band(r.score())).setHeader(getTranslation("assessment.result.band")).setFlexGrow(2);
        grid.addColumn(r -> r.requiredLevel() == null ? "—" : level(r.requiredLevel()))
                .setHeader(getTranslation("assessment.result.required")).setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(this::verdict)).setHeader(getTranslation("assessment.result.verdict"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(results);
        return grid;
    }

    private String label(CompetencyResult r) {
        return r.competencyName() == null || r.competencyName().equals(r.competencyCode()) ? r.competencyCode()
                : r.competencyCode() + " " + r.competencyName();
    }

    /** "2 — Уверенный", "уровень 2" when the name is unknown, "ниже уровня 1" for 0. */
    private String level(int level) {
        if (level < 1) {
            return getTranslation("assessment.result.level.none");
        }
        String name = levelNames.get(level);
        return name == null ? getTranslation("assessment.result.level.number", level)
                : getTranslation("assessment.result.level.named", level, name);
    }

    /** "уровни 1–3 (45–80 %)". */
    private String band(CompetencyScore s) {
        String percents = TakingFormat.percentRange(this, s.percentLow(), s.percentHigh());
        return s.levelLow() == s.levelHigh()
                ? getTranslation("assessment.result.band.one", s.levelLow(), percents)
                : getTranslation("assessment.result.band.range", s.levelLow(), s.levelHigh(), percents);
    }

    private String description(CompetencyResult r) {
        CompetencyScore s = r.score();
        String required = r.requiredLevel() == null ? "—" : String.valueOf(r.requiredLevel());
        return getTranslation("assessment.result.chart.row", label(r), s.level(), s.levelLow(), s.levelHigh(),
                required);
    }

    private Span verdict(CompetencyResult r) {
        String key = r.requiredLevel() == null ? "noRequirement"
                : r.score().level() >= r.requiredLevel() ? "meets" : "below";
        Span badge = new Span(getTranslation("assessment.result.verdict." + key));
        badge.getElement().getThemeList().add(switch (key) {
            case "meets" -> "badge success";
            case "below" -> "badge error";
            default -> "badge contrast";
        });
        badge.getElement().setAttribute("data-verdict", key);
        return badge;
    }

    private Div legend() {
        Div legend = new Div(
                swatch(TakingResultChart.MEETS_COLOUR, "taking-swatch", "assessment.result.legend.meets"),
                swatch(TakingResultChart.BELOW_COLOUR, "taking-swatch", "assessment.result.legend.below"),
                swatch(TakingResultChart.NO_REQUIREMENT_COLOUR, "taking-swatch",
                        "assessment.result.legend.noRequirement"),
                swatch(TakingResultChart.REQUIRED_COLOUR, "taking-swatch-mark", "assessment.result.legend.required"),
                swatch(TakingResultChart.BAND_COLOUR, "taking-swatch-line", "assessment.result.legend.band"));
        legend.setId("result-chart-legend");
        legend.addClassName("taking-legend");
        return legend;
    }

    private Span swatch(String colour, String shape, String key) {
        Span swatch = new Span();
        swatch.addClassName(shape);
        swatch.getStyle().set("background-color", colour);
        return new Span(swatch, new Span(getTranslation(key)));
    }
}
