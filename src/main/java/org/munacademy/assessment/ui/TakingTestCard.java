package org.munacademy.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.munacademy.assessment.entity.MyTest;

/**
 * One test in «Мои тесты»: what it is, why it is there (assigned, or open for self-assessment), the due date, the
 * time allowed, the attempts used, the last result, and what the taker can do now: start, continue the attempt in
 * progress, see the last result, or read why a new attempt cannot start.
 */
class TakingTestCard extends Div {

    /** What the card's buttons ask for; the view does it. */
    interface Actions {
        void start(MyTest test);

        void open(long attemptId);

        void result(long attemptId);
    }

    TakingTestCard(MyTest test, Actions actions) {
        setId("test-" + test.testId());
        addClassName("taking-card");
        H3 title = new H3(test.title());
        title.addClassName("taking-card-title");
        Span kind = new Span(getTranslation(test.assigned()
                ? "assessment.my.assigned" : "assessment.my.selfAssessment"));
        kind.getElement().getThemeList().add(test.assigned() ? "badge" : "badge contrast");
        Div head = new Div(title, kind);
        head.addClassName("taking-card-head");
        add(head);
        if (test.description() != null && !test.description().isBlank()) {
            Paragraph description = new Paragraph(test.description());
            description.addClassName("taking-card-description");
            add(description);
        }
        add(facts(test), actions(test, actions));
    }

    private Div facts(MyTest test) {
        Div facts = new Div();
        facts.addClassName("taking-card-facts");
        if (test.dueDate() != null) {
            facts.add(fact("assessment.my.due", TakingFormat.date(this, test.dueDate())));
        }
        facts.add(fact("assessment.my.timeLimit", getTranslation("assessment.my.minutes",
                TakingFormat.minutes(test.timeLimitSeconds()))));
        facts.add(fact("assessment.my.attempts", getTranslation("assessment.my.attemptsOf",
                test.attemptsUsed(), test.attemptsAllowed())));
        if (test.lastPercent() != null) {
            facts.add(fact("assessment.my.lastResult", TakingFormat.percent(this, test.lastPercent())));
        }
        if (test.closesAt() != null) {
            facts.add(fact("assessment.my.closesAt", TakingFormat.dateTime(this, test.closesAt())));
        }
        return facts;
    }

    private Div fact(String key, String value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("taking-fact-label");
        return new Div(label, new Span(value));
    }

    private Div actions(MyTest test, Actions actions) {
        Div row = new Div();
        row.addClassName("taking-card-actions");
        if (test.activeAttemptId() != null) {
            Button resume = new Button(getTranslation("assessment.my.continue"), VaadinIcon.PLAY.create(),
                    e -> actions.open(test.activeAttemptId()));
            resume.setId("continue-" + test.testId());
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            row.add(resume);
        } else if (test.canStart()) {
            Button start = new Button(getTranslation("assessment.my.start"), VaadinIcon.PLAY.create(),
                    e -> actions.start(test));
            start.setId("start-" + test.testId());
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.setDisableOnClick(true);
            row.add(start);
        }
        if (test.lastFinishedAttemptId() != null) {
            Button result = new Button(getTranslation("assessment.my.result"), VaadinIcon.CHART.create(),
                    e -> actions.result(test.lastFinishedAttemptId()));
            result.setId("result-" + test.testId());
            row.add(result);
        }
        if (test.blockedReason() != null) {
            Span blocked = new Span(getTranslation(test.blockedReason()));
            blocked.setId("blocked-" + test.testId());
            blocked.addClassName("taking-blocked");
            row.add(blocked);
        }
        return row;
    }
}
