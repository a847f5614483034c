package org.munacademy.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.munacademy.learning.entity.CohortRow;
import org.munacademy.learning.entity.Recommendation;

/**
 * The reader's recommended programmes on «Мои курсы»: each with the reason it is recommended («закрывает: BUD-01 1 →
 * 3»), the link to the programme page and the dates of its open cohorts (or that none is open now). Ranked by the
 * facade: open cohorts first, then by the weighted gap closed.
 */
class RecommendationsPanel extends Div {

    RecommendationsPanel(List<Recommendation> recommendations) {
        setId("recommendations");
        setWidthFull();
        H3 title = new H3(getTranslation("learning.reco.title"));
        add(title);
        if (recommendations.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("learning.reco.none"));
            none.setId("recommendations-none");
            add(none);
            return;
        }
        recommendations.forEach(r -> add(item(r)));
    }

    private Component item(Recommendation r) {
        Div item = new Div();
        item.setId("reco-" + r.programmeCode());
        item.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.SMALL,
                LumoUtility.Margin.Bottom.SMALL);
        RouterLink link = new RouterLink(r.programmeTitle(), ProgrammeView.class,
                new RouteParameters("code", r.programmeCode()));
        link.setId("reco-link-" + r.programmeCode());
        Span hours = LearningLabels.badge(getTranslation("home.learning.hours", r.hours()), "contrast");
        Div head = new Div(link, hours);
        head.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER,
                LumoUtility.FlexWrap.WRAP);
        Span reason = new Span(r.reason());
        reason.addClassName("reco-reason");
        Span score = new Span(getTranslation("learning.reco.score", r.score()));
        score.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Div why = new Div(reason, new Span(" · "), score);
        item.add(head, why);
        if (r.openCohorts().isEmpty()) {
            Span none = new Span(getTranslation("learning.reco.noCohort"));
            none.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            item.add(new Div(none));
        }
        for (CohortRow c : r.openCohorts()) {
            Span when = new Span(getTranslation("learning.reco.cohort", c.code(),
                    CohortsPanel.DATE.format(c.startsOn()), CohortsPanel.DATE.format(c.endsOn()),
                    CohortsPanel.DATE.format(c.enrolTo())));
            when.addClassNames("reco-cohort", LumoUtility.FontSize.SMALL);
            item.add(new Div(when));
        }
        return item;
    }
}
