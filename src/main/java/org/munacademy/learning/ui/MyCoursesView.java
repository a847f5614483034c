package org.munacademy.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.List;
import org.munacademy.learning.boundary.EnrolmentFacade;
import org.munacademy.learning.boundary.ProgressFacade;
import org.munacademy.learning.boundary.RecommendationFacade;
import org.munacademy.learning.entity.CourseProgress;
import org.munacademy.learning.entity.EnrolmentRow;
import org.munacademy.learning.entity.EnrolmentStatus;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.ui.MainLayout;
import org.munacademy.shared.ui.Messages;

/**
 * «Мои курсы»: the reader's enrolments — current ones with a progress bar and the course's lessons (done ones ticked,
 * text, file and video lessons with «Отметить пройденным»), places on waiting lists, requests, completed programmes —
 * and withdrawal; below, the programmes recommended by the reader's gaps ({@link RecommendationsPanel}).
 */
@Route(value = "my-courses", layout = MainLayout.class)
@PermitAll
@Menu(order = 19.5, title = "learning.myCourses.menu", icon = "vaadin:open-book")
public class MyCoursesView extends VerticalLayout implements HasDynamicTitle {

    private final EnrolmentFacade enrolment;
    private final ProgressFacade progress;
    private final RecommendationFacade recommendations;
    private final Div cards = new Div();
    private final Div recommended = new Div();

    @Inject
    public MyCoursesView(EnrolmentFacade enrolment, ProgressFacade progress, RecommendationFacade recommendations) {
        this.enrolment = enrolment;
        this.progress = progress;
        this.recommendations = recommendations;
        setMaxWidth("72em");
        cards.setId("my-courses");
        cards.setWidthFull();
        recommended.setWidthFull();
        add(new H2(getTranslation("learning.myCourses.title")), cards, recommended);
        refresh();
    }

    private void refresh() {
        recommended.removeAll();
        try {
            recommended.add(new RecommendationsPanel(recommendations.mine(getLocale())));
        } catch (BusinessException e) {
            // no published standard or no profile: the page shows the courses without recommendations
            recommended.setVisible(false);
        }
        cards.removeAll();
        List<EnrolmentRow> mine = enrolment.mine().stream().filter(e -> e.status() != EnrolmentStatus.WITHDRAWN)
                .toList();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("learning.myCourses.none"));
            none.setId("my-courses-none");
            cards.add(none, new RouterLink(getTranslation("learning.catalogue.title"), ProgrammeCatalogueView.class));
            return;
        }
        mine.forEach(e -> cards.add(card(e)));
    }

    private Component card(EnrolmentRow e) {
        Div card = new Div();
        card.setId("course-" + e.id());
        card.addClassNames(LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.MEDIUM,
                LumoUtility.Margin.Bottom.MEDIUM);
        RouterLink title = new RouterLink(e.programmeTitle(), ProgrammeView.class,
                new RouteParameters("code", e.programmeCode()));
        H3 heading = new H3(title);
        heading.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
        Span when = new Span(getTranslation("learning.myCourses.cohort", e.cohortCode(),
                CohortsPanel.DATE.format(e.startsOn()), CohortsPanel.DATE.format(e.endsOn())));
        when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Span status = LearningLabels.badge(e.status() == EnrolmentStatus.WAITING
                ? getTranslation("learning.enrolment.waitingNo", e.waitingNo())
                : getTranslation("learning.enrolment.status." + e.status().name()),
                e.status() == EnrolmentStatus.COMPLETED ? "success" : null);
        status.setId("course-status-" + e.id());
        Div head = new Div(heading, status);
        head.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER,
                LumoUtility.FlexWrap.WRAP);
        card.add(head, when);
        if (e.status() == EnrolmentStatus.ENROLLED || e.status() == EnrolmentStatus.COMPLETED) {
            card.add(lessons(progress.progress(e.id())));
        }
        if (e.status().active()) {
            Button withdraw = new Button(getTranslation("learning.myCourses.withdraw"), ev -> withdraw(e));
            withdraw.setId("course-withdraw-" + e.id());
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            card.add(withdraw);
        }
        return card;
    }

    private Component lessons(CourseProgress p) {
        long enrolmentId = p.enrolment().id();
        ProgressBar bar = new ProgressBar(0, 100, p.percent());
        bar.setId("course-progress-" + enrolmentId);
        Span figures = new Span(getTranslation("learning.myCourses.progress", p.done(), p.required(), p.percent()));
        figures.addClassNames(LumoUtility.FontSize.SMALL);
        UnorderedList list = new UnorderedList();
        list.addClassName("learning-list");
        for (CourseProgress.ModuleLine m : p.modules()) {
            for (CourseProgress.LessonLine l : m.lessons()) {
                ListItem item = new ListItem();
                item.setId("course-lesson-" + l.lessonId());
                item.add(l.done() ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CIRCLE_THIN.create());
                if (l.markable()) {
                    item.add(new RouterLink(l.title(), LessonPage.class,
                            LessonPage.parameters(p.enrolment().programmeCode(), l.lessonId())));
                } else {
                    item.add(new Span(l.title()));
                }
                item.add(LearningLabels.badge(LearningLabels.of(this, l.kind()), "contrast"));
                if (l.markable() && !l.done() && !p.complete()) {
                    Button done = new Button(getTranslation("learning.progress.markDone"),
                            ev -> markDone(enrolmentId, l.lessonId()));
                    done.setId("course-done-" + l.lessonId());
                    done.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    item.add(done);
                }
                list.add(item);
            }
        }
        Div box = new Div(bar, figures, list);
        // until the enrolment is completed: after a module check every lesson may count as done (100 %) while the
        // completion (evidence, document) still waits for this explicit check
        if (p.enrolment().status() == EnrolmentStatus.ENROLLED) {
            Button check = new Button(getTranslation("learning.progress.refresh"), ev -> {
                progress.refresh(enrolmentId);
                refresh();
            });
            check.setId("course-refresh-" + enrolmentId);
            check.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            box.add(check);
        }
        return box;
    }

    private void markDone(long enrolmentId, long lessonId) {
        try {
            CourseProgress p = progress.markDone(enrolmentId, lessonId);
            if (p.complete()) {
                Messages.success(getTranslation("learning.progress.completed", p.enrolment().programmeTitle()));
            }
        } catch (BusinessException ex) {
            Messages.error(Messages.of(this, ex));
        }
        refresh();
    }

    private void withdraw(EnrolmentRow e) {
        try {
            enrolment.withdraw(e.id());
            Messages.success(getTranslation("learning.myCourses.withdrawn", e.programmeTitle()));
        } catch (BusinessException ex) {
            Messages.error(Messages.of(this, ex));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learning.myCourses.title");
    }
}
