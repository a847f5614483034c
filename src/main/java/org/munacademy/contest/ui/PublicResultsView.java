package org.munacademy.contest.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.contest.boundary.RankingFacade;
import org.munacademy.contest.entity.PublicResult;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.ui.Messages;

/**
 * The public results of a season ({@code contest/results/<season>}), open without signing in: the winners and
 * finalists of published stages, grouped by nomination and stage, with place, name (of those who consented),
 * municipality, region and score. Too many requests from a client address get the plain "try later".
 */
@Route(value = "contest/results", autoLayout = false)
@AnonymousAllowed
public class PublicResultsView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final RankingFacade rankings;
    private final Div result = new Div();
    private String season = "";

    @Inject
    public PublicResultsView(RankingFacade rankings) {
        this.rankings = rankings;
        setId("public-results");
        setMaxWidth("70em");
        getStyle().set("margin", "0 auto");
        result.setId("public-results-body");
        result.setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String code) {
        removeAll();
        result.removeAll();
        List<PublicResult> rows;
        try {
            rows = rankings.publicResults(code == null ? "" : code);
        } catch (BusinessException e) {
            add(new H2(getTranslation("contest-admin.public.title")), result);
            Paragraph p = new Paragraph(Messages.of(this, e));
            p.setId("public-results-problem");
            result.add(p);
            return;
        }
        season = rows.isEmpty() ? code == null ? "" : code : rows.get(0).season();
        H2 title = new H2(getTranslation("contest-admin.public.title") + (season.isEmpty() ? "" : ": " + season));
        title.setId("public-results-title");
        add(title, result);
        if (rows.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("contest-admin.public.none"));
            none.setId("public-results-none");
            result.add(none);
            return;
        }
        Map<String, Map<String, List<PublicResult>>> grouped = new LinkedHashMap<>();
        for (PublicResult r : rows) {
            grouped.computeIfAbsent(r.nomination(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.stage() + (r.region() == null ? "" : " — " + r.region()),
                            k -> new java.util.ArrayList<>()).add(r);
        }
        int n = 0;
        for (Map.Entry<String, Map<String, List<PublicResult>>> nomination : grouped.entrySet()) {
            Div box = new Div();
            box.setId("public-nomination-" + n);
            box.add(new H3(nomination.getKey()));
            int t = 0;
            for (Map.Entry<String, List<PublicResult>> stage : nomination.getValue().entrySet()) {
                box.add(new H4(stage.getKey()));
                NativeTable table = RankingStageView.table("public-results-" + n + "-" + t++);
                NativeTableRow head = table.getHead().addRow();
                for (String key : List.of("contest-admin.col.place", "contest-admin.public.name",
                        "contest-admin.col.municipality", "contest-admin.public.outcome", "contest-admin.col.score")) {
                    NativeTableHeaderCell h = new NativeTableHeaderCell(getTranslation(key));
                    h.getStyle().set("text-align", "left").set("padding", "2px 8px");
                    head.add(h);
                }
                NativeTableBody body = table.addBody();
                for (PublicResult r : stage.getValue()) {
                    body.addRow().add(RankingStageView.cells(r.place() == null ? "" : String.valueOf(r.place()),
                            r.name() == null ? getTranslation("contest-admin.public.anonymous") : r.name(),
                            RankingStageView.nullToEmpty(r.municipality()),
                            getTranslation("contest-admin.applicationStatus." + r.outcome().name()),
                            r.score() == null ? "" : r.score().stripTrailingZeros().toPlainString()));
                }
                box.add(table);
            }
            result.add(box);
            n++;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contest-admin.public.title") + " — " + getTranslation("app.name");
    }
}
