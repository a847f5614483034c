package org.munacademy.assessment.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.munacademy.assessment.boundary.QuestionMedia;
import org.munacademy.assessment.boundary.TakingFacade;
import org.munacademy.assessment.entity.AttemptNotFinishedException;
import org.munacademy.assessment.entity.AttemptStatus;
import org.munacademy.assessment.entity.ClosedBy;
import org.munacademy.assessment.entity.CompetencyResult;
import org.munacademy.assessment.entity.ResultView;
import org.munacademy.assessment.entity.ReviewPolicy;
import org.munacademy.competency.boundary.CompetencySettings;
import org.munacademy.competency.boundary.StandardFacade;
import org.munacademy.competency.entity.Framework;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Caller;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * The result of a finished attempt, as far as the test's review policy shows it: the overall percentage, when and
 * how the attempt ended, the levels per competency against the levels the position requires (table and chart),
 * and the answers with the right ones. An attempt still in progress opens the attempt instead.
 */
@Route(value = "tests/result", layout = MainLayout.class)
@PermitAll
public class ResultPage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** The four levels of the seeded standard, when no published standard says otherwise. */
    private static final int DEFAULT_MAX_LEVEL = 4;
    /** The route of competency's "my competencies" page. */
    private static final String MY_COMPETENCIES_ROUTE = "competencies/me";

    private final TakingFacade taking;
    private final StandardFacade standards;
    private final CompetencySettings competencySettings;
    private final CurrentUser currentUser;
    private final QuestionMedia media;

    @Inject
    public ResultPage(TakingFacade taking, StandardFacade standards, CompetencySettings competencySettings,
            CurrentUser currentUser, QuestionMedia media) {
        this.taking = taking;
        this.media = media;
        this.standards = standards;
        this.competencySettings = competencySettings;
        this.currentUser = currentUser;
        addClassName("taking-result");
        setMaxWidth("72em");
    }

    @Override
    public void setParameter(BeforeEvent event, Long attemptId) {
        removeAll();
        try {
            render(taking.result(attemptId));
        } catch (AttemptNotFinishedException e) {
            event.forwardTo(AttemptPage.class, attemptId);
        } catch (BusinessException e) {
            Paragraph p = new Paragraph(Messages.of(this, e));
            p.setId("result-problem");
            p.addClassName("taking-note");
            add(p, back());
        }
    }

    private void render(ResultView r) {
        boolean own = currentUser.caller().map(Caller::personId).map(id -> id == r.personId()).orElse(false);
        H2 title = new H2(r.testTitle());
        title.setId("result-title");
        title.addClassName("taking-title");
        Paragraph subtitle = new Paragraph(own ? getTranslation("assessment.result.attempt", r.testCode(),
                r.attemptNo()) : getTranslation("assessment.result.attemptOf", r.testCode(), r.attemptNo(),
                r.personName()));
        subtitle.addClassName("taking-subtitle");
        add(title, subtitle, summary(r));
        if (r.status() == AttemptStatus.AWAITING_GRADING) {
            add(note("result-awaiting", getTranslation("assessment.result.awaitingNote")));
        }

        if (!r.competencies().isEmpty()) {
            add(new H3(getTranslation("assessment.result.competencies")), competencies(r));
            if (own) {
                add(recordedNote());
            }
        } else if (r.review() == ReviewPolicy.SCORE_ONLY) {
            add(note("result-score-only", getTranslation("assessment.result.scoreOnly")));
        }
        if (!r.items().isEmpty()) {
            add(new H3(getTranslation("assessment.result.review")), new TakingReview(r.items(),
                    sha -> media.forAttempt(r.attemptId(), sha)));
        }
        add(back());
    }

    private Div summary(ResultView r) {
        Span percent = new Span(r.status() == AttemptStatus.AWAITING_GRADING
                ? getTranslation("assessment.result.awaiting") : TakingFormat.percent(this, r.percent()));
        percent.setId("result-percent");
        percent.addClassName("taking-result-percent");
        Span caption = new Span(getTranslation("assessment.result.overall"));
        caption.addClassName("taking-caption");
        Div figure = new Div(percent, caption);
        figure.addClassName("taking-figure");

        Div facts = new Div(
                fact("result-finished", getTranslation("assessment.result.finishedAt",
                        TakingFormat.dateTime(this, r.finishedAt()))),
                fact("result-closed-by", getTranslation("assessment.result.closedBy."
                        + (r.closedBy() == null ? ClosedBy.TAKER : r.closedBy()).name())));
        if (r.startedAt() != null && r.finishedAt() != null) {
            long seconds = Duration.between(r.startedAt(), r.finishedAt()).getSeconds();
            facts.add(fact("result-duration", getTranslation("assessment.result.duration",
                    TakingFormat.minutes((int) Math.min(Integer.MAX_VALUE, seconds)))));
        }
        facts.addClassName("taking-facts");
        Div box = new Div(figure, facts);
        box.addClassName("taking-summary");
        return box;
    }

    private TakingCompetencyReport competencies(ResultView r) {
        Framework framework = standards.publishedFramework(competencySettings.standardCode()).orElse(null);
        Map<Integer, String> names = framework == null ? Map.of() : framework.levels().stream()
                .filter(l -> l.name() != null)
                .collect(Collectors.toMap(Framework.Level::number, Framework.Level::name, (a, b) -> a));
        int maxLevel = framework == null || framework.levels().isEmpty() ? DEFAULT_MAX_LEVEL
                : framework.levels().size();
        for (CompetencyResult c : r.competencies()) {
            maxLevel = Math.max(maxLevel, Math.max(c.score().levelHigh(),
                    Objects.requireNonNullElse(c.requiredLevel(), 0)));
        }
        return new TakingCompetencyReport(r.competencies(), names, maxLevel);
    }

    private Paragraph recordedNote() {
        Paragraph p = new Paragraph(getTranslation("assessment.result.recorded") + " ");
        // competency's own page, linked by its route: one context's views never import another's
        Anchor link = new Anchor(MY_COMPETENCIES_ROUTE, getTranslation("assessment.result.recorded.link"));
        link.getElement().setAttribute("router-link", true);
        p.add(link);
        p.setId("result-recorded");
        p.addClassName("taking-note");
        return p;
    }

    private Span fact(String id, String text) {
        Span s = new Span(text);
        s.setId(id);
        return s;
    }

    private Paragraph note(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassName("taking-note");
        return p;
    }

    private RouterLink back() {
        RouterLink link = new RouterLink(getTranslation("assessment.my.back"), MyTestsView.class);
        link.setId("result-back");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.result.title");
    }
}
