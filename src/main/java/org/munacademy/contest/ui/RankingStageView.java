package org.munacademy.contest.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.munacademy.contest.boundary.JuryFacade;
import org.munacademy.contest.boundary.RankingFacade;
import org.munacademy.contest.boundary.SeasonFacade;
import org.munacademy.contest.entity.AggregationMethod;
import org.munacademy.contest.entity.Agreement;
import org.munacademy.contest.entity.AppealRow;
import org.munacademy.contest.entity.AppealStatus;
import org.munacademy.contest.entity.RankingView;
import org.munacademy.contest.entity.SensitivityReport;
import org.munacademy.contest.entity.StageRow;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * A stage's ranking for the contest administrator ({@code contest/admin/stage/<id>/ranking}): per region (on a
 * regional stage) the places with number, applicant, municipality, score, passes and a tie mark, the pass line drawn
 * under the last place that passes; the sensitivity panel (each application's place under every method, the chosen
 * one first and the cells that differ highlighted, a bump chart of places by method, and for each method whether the
 * set above the pass line changes); the jury's agreement (Kendall's W with χ² and df, the ICCs and what they were
 * computed on); outlier jurors; the stated tie rule; and the stage's appeals with their decision
 * ({@link RankingAppealDialog}).
 */
@Route(value = "contest/admin/stage/:id/ranking", layout = MainLayout.class)
@RolesAllowed({"CONTEST_ADMIN", "ADMIN"})
public class RankingStageView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String DIFFERENT = "#fff1c2";
    private static final String PASS_LINE = "3px solid #d9534f";

    private final RankingFacade rankings;
    private final SeasonFacade seasons;
    private final JuryFacade jury;
    private long stageId;
    private String title = "";

    @Inject
    public RankingStageView(RankingFacade rankings, SeasonFacade seasons, JuryFacade jury) {
        this.rankings = rankings;
        this.seasons = seasons;
        this.jury = jury;
        setId("ranking");
        setMaxWidth("90em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("contest-admin.ranking.back"), AdminContestView.class);
        back.setId("ranking-back");
        add(back);
        try {
            stageId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show();
        } catch (NumberFormatException e) {
            add(new Paragraph(getTranslation("error.contest.STAGE_NOT_FOUND", event.getRouteParameters().get("id")
                    .orElse(""))));
        } catch (BusinessException e) {
            Paragraph p = new Paragraph(Messages.of(this, e));
            p.setId("ranking-problem");
            add(p);
        }
    }

    private void show() {
        StageRow stage = seasons.stage(stageId);
        List<RankingView> views = rankings.rankings(stageId);
        title = stage.title();
        H2 heading = new H2(getTranslation("contest-admin.ranking.title", stage.title()));
        heading.setId("ranking-title");
        Paragraph method = new Paragraph(getTranslation("contest-admin.ranking.method",
                label("contest-admin.method.", stage.method()), getTranslation("contest-admin.status."
                        + stage.status().name())));
        Paragraph tie = new Paragraph(getTranslation("contest-admin.ranking.tieRule") + ": "
                + getTranslation("contest-admin.tie." + RankingFacade.TIE_RULE));
        tie.setId("ranking-tie-rule");
        add(heading, method, tie);
        if (views.isEmpty()) {
            add(new Paragraph(getTranslation("contest-admin.ranking.none")));
        }
        for (int i = 0; i < views.size(); i++) {
            add(region(i, views.get(i)));
        }
        add(appeals(stage));
    }

    private Component region(int i, RankingView r) {
        Div box = new Div();
        box.setId("ranking-region-" + i);
        box.setWidthFull();
        box.add(new H3(r.region() == null ? getTranslation("contest-admin.ranking.all") : r.region()));
        box.add(new Paragraph(getTranslation("contest-admin.ranking.passCount", r.passCount())));
        box.add(places(i, r));
        if (r.sensitivity() != null) {
            box.add(sensitivity(i, r));
        }
        box.add(agreement(i, r.agreement()));
        box.add(biases(i, r.biases()));
        return box;
    }

    private NativeTable places(int i, RankingView r) {
        NativeTable table = table("ranking-places-" + i);
        table.getHead().addRow().add(header("contest-admin.col.place", "contest-admin.col.number",
                "contest-admin.col.applicant", "contest-admin.col.municipality", "contest-admin.col.score",
                "contest-admin.col.passes", "contest-admin.col.tie"));
        NativeTableBody body = table.addBody();
        List<RankingView.Place> rows = r.places();
        for (int k = 0; k < rows.size(); k++) {
            RankingView.Place p = rows.get(k);
            NativeTableRow row = body.addRow();
            row.setId("ranking-" + i + "-row-" + p.number());
            row.add(cells(String.valueOf(p.place()), p.number(), nullToEmpty(p.applicant()),
                    nullToEmpty(p.municipality()), p.score() == null ? "—" : p.score().toPlainString(),
                    p.passes() ? getTranslation("contest-admin.yes") : getTranslation("contest-admin.no"),
                    p.tied() ? getTranslation("contest-admin.ranking.tied") : ""));
            boolean lastPassing = p.passes() && (k + 1 == rows.size() || !rows.get(k + 1).passes());
            if (lastPassing && k + 1 < rows.size()) {
                row.getElement().setAttribute("data-pass-line", "true");
                row.getChildren().forEach(c -> ((NativeTableCell) c).getStyle().set("border-bottom", PASS_LINE));
            }
            if (p.passes()) {
                row.getStyle().set("font-weight", "600");
            }
        }
        return table;
    }

    private Component sensitivity(int i, RankingView r) {
        SensitivityReport s = r.sensitivity();
        Div box = new Div();
        box.setId("sensitivity-" + i);
        box.add(new H4(getTranslation("contest-admin.sensitivity.title")));
        List<AggregationMethod> order = new ArrayList<>();
        order.add(s.chosen());
        for (AggregationMethod m : AggregationMethod.values()) {
            if (m != s.chosen()) {
                order.add(m);
            }
        }
        Map<Long, RankingView.Place> byId = new HashMap<>();
        r.places().forEach(p -> byId.put(p.applicationId(), p));
        Map<Long, Boolean> changes = new HashMap<>();
        for (SensitivityReport.MethodOutcome o : s.methods()) {
            o.entering().forEach(id -> changes.put(id, true));
            o.leaving().forEach(id -> changes.put(id, true));
        }
        NativeTable table = table("sensitivity-table-" + i);
        NativeTableRow head = table.getHead().addRow();
        head.add(new NativeTableHeaderCell(getTranslation("contest-admin.col.number")));
        order.forEach(m -> head.add(new NativeTableHeaderCell(label("contest-admin.method.", m))));
        NativeTableBody body = table.addBody();
        List<SensitivityChart.Line> lines = new ArrayList<>();
        List<SensitivityReport.ApplicationPlaces> apps = new ArrayList<>(s.applications());
        apps.sort((a, b) -> Integer.compare(a.place(s.chosen()), b.place(s.chosen())));
        for (SensitivityReport.ApplicationPlaces a : apps) {
            RankingView.Place p = byId.get(a.applicationId());
            String number = p == null ? String.valueOf(a.applicationId()) : p.number();
            NativeTableRow row = body.addRow();
            row.add(new NativeTableCell(number));
            int chosen = a.place(s.chosen());
            List<Integer> placesInOrder = new ArrayList<>();
            for (AggregationMethod m : order) {
                Integer place = a.places().get(m);
                placesInOrder.add(place);
                NativeTableCell cell = new NativeTableCell(place == null ? "—" : String.valueOf(place));
                cell.setId("sensitivity-" + i + "-" + number + "-" + m.name());
                cell.getStyle().set("text-align", "center").set("padding", "2px 8px");
                if (place != null && place != chosen) {
                    cell.getStyle().set("background", DIFFERENT).set("font-weight", "600");
                    cell.getElement().setAttribute("data-differs", "true");
                }
                row.add(cell);
            }
            lines.add(new SensitivityChart.Line(number, placesInOrder, chosen <= s.passCount(),
                    changes.getOrDefault(a.applicationId(), false)));
        }
        box.add(table);
        Svg chart = new Svg(SensitivityChart.bump("bump-" + i, order.stream()
                .map(m -> label("contest-admin.method.", m)).toList(), lines, s.passCount()));
        chart.setId("bump-chart-" + i);
        box.add(chart);
        Paragraph summary = new Paragraph(getTranslation(s.stable() ? "contest-admin.sensitivity.stable"
                : "contest-admin.sensitivity.unstable"));
        summary.setId("sensitivity-" + i + "-summary");
        box.add(summary);
        for (SensitivityReport.MethodOutcome o : s.methods()) {
            if (o.method() == s.chosen()) {
                continue;
            }
            String text = label("contest-admin.method.", o.method()) + ": " + (o.sameSetAsChosen()
                    ? getTranslation("contest-admin.sensitivity.sameSet")
                    : getTranslation("contest-admin.sensitivity.changedSet", numbers(o.entering(), byId),
                    numbers(o.leaving(), byId)));
            Paragraph line = new Paragraph(text);
            line.setId("sensitivity-" + i + "-outcome-" + o.method().name());
            if (!o.sameSetAsChosen()) {
                line.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            box.add(line);
        }
        return box;
    }

    private Component agreement(int i, Agreement a) {
        Div box = new Div();
        box.setId("agreement-" + i);
        box.add(new H4(getTranslation("contest-admin.agreement.title")));
        if (a == null || a.basis() == Agreement.Basis.NONE) {
            box.add(new Paragraph(getTranslation("contest-admin.agreement.none")));
            return box;
        }
        box.add(new Paragraph(getTranslation("contest-admin.agreement.basis." + a.basis().name(),
                a.blockApplications(), a.blockJurors())));
        if (!Double.isNaN(a.kendallW())) {
            box.add(new Paragraph(getTranslation("contest-admin.agreement.kendall", f(a.kendallW()),
                    f(a.chiSquare()), a.degreesOfFreedom())));
        }
        if (!Double.isNaN(a.icc21())) {
            box.add(new Paragraph(getTranslation("contest-admin.agreement.icc2", f(a.icc21()), f(a.icc2k()),
                    f(a.icc31()), f(a.icc3k()))));
        }
        if (!Double.isNaN(a.icc11())) {
            box.add(new Paragraph(getTranslation("contest-admin.agreement.icc1", f(a.icc11()), f(a.icc1k()),
                    a.oneWayApplications(), a.oneWaySheets(), f(a.oneWayK()))));
        }
        return box;
    }

    private Component biases(int i, List<RankingView.Bias> biases) {
        Div box = new Div();
        box.setId("biases-" + i);
        box.add(new H4(getTranslation("contest-admin.biases.title")));
        List<RankingView.Bias> flagged = biases.stream().filter(b -> !"NONE".equals(b.flag())).toList();
        if (flagged.isEmpty()) {
            box.add(new Paragraph(getTranslation("contest-admin.biases.none")));
        }
        for (RankingView.Bias b : flagged) {
            Paragraph p = new Paragraph(getTranslation("contest-admin.biases." + b.flag(), b.juror(),
                    signed(b.meanDeviation()), f(b.z())));
            p.setId("bias-" + i + "-" + b.flag());
            box.add(p);
        }
        return box;
    }

    private Component appeals(StageRow stage) {
        Div box = new Div();
        box.setId("ranking-appeals");
        box.setWidthFull();
        box.add(new H3(getTranslation("contest-admin.appeals.title")));
        List<AppealRow> list = rankings.appeals(stageId);
        if (list.isEmpty()) {
            box.add(new Paragraph(getTranslation("contest-admin.appeals.none")));
            return box;
        }
        NativeTable table = table("appeals-table");
        table.getHead().addRow().add(header("contest-admin.col.number", "contest-admin.appeals.reason",
                "contest-admin.col.status", "contest-admin.appeals.decision", "contest-admin.col.actions"));
        NativeTableBody body = table.addBody();
        for (AppealRow a : list) {
            NativeTableRow row = body.addRow();
            row.add(cells(a.applicationNumber(), a.reason(), label("contest-admin.appealStatus.", a.status()),
                    nullToEmpty(a.decision())));
            NativeTableCell actions = new NativeTableCell();
            if (a.status() == AppealStatus.FILED) {
                Button decide = new Button(getTranslation("contest-admin.appeals.decide"), e ->
                        new RankingAppealDialog(rankings, jury, stage, a, () -> {
                            removeAll();
                            beforeEnterAgain();
                        }).open());
                decide.setId("appeal-decide-" + a.id());
                actions.add(decide);
            }
            row.add(actions);
        }
        box.add(table);
        return box;
    }

    private void beforeEnterAgain() {
        RouterLink back = new RouterLink(getTranslation("contest-admin.ranking.back"), AdminContestView.class);
        back.setId("ranking-back");
        add(back);
        try {
            show();
        } catch (BusinessException e) {
            Messages.error(Messages.of(this, e));
        }
    }

    private String numbers(List<Long> ids, Map<Long, RankingView.Place> byId) {
        if (ids.isEmpty()) {
            return "—";
        }
        return ids.stream().map(id -> byId.containsKey(id) ? byId.get(id).number() : String.valueOf(id))
                .collect(Collectors.joining(", "));
    }

    static NativeTable table(String id) {
        NativeTable t = new NativeTable();
        t.setId(id);
        t.getStyle().set("border-collapse", "collapse").set("margin", "0.5em 0");
        return t;
    }

    private NativeTableHeaderCell[] header(String... keys) {
        NativeTableHeaderCell[] out = new NativeTableHeaderCell[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = new NativeTableHeaderCell(getTranslation(keys[i]));
            out[i].getStyle().set("text-align", "left").set("padding", "2px 8px");
        }
        return out;
    }

    static NativeTableCell[] cells(String... texts) {
        NativeTableCell[] out = new NativeTableCell[texts.length];
        for (int i = 0; i < texts.length; i++) {
            out[i] = new NativeTableCell(texts[i]);
            out[i].getStyle().set("padding", "2px 8px");
        }
        return out;
    }

    private String label(String prefix, Enum<?> value) {
        return value == null ? "—" : getTranslation(prefix + value.name());
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static String f(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String signed(double v) {
        return String.format(Locale.ROOT, "%+.2f", v);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest-admin.ranking.title", title) + " — " + getTranslation("app.name");
    }
}
