package org.munacademy.assessment.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import org.munacademy.assessment.boundary.GradingFacade;
import org.munacademy.shared.ui.MainLayout;

/**
 * «Проверка ответов» for a test's assessors: accounts without the methodologist role that a methodologist listed on
 * a test see the essays of their tests only. Open to every signed-in user as a route (being an assessor is not a
 * role), but whoever grades nothing is sent to the home page; the home page links here for assessors.
 */
@Route(value = "assessment/grading/assigned", layout = MainLayout.class)
@PermitAll
public class AssessorGradingView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final GradingFacade grading;

    @Inject
    public AssessorGradingView(GradingFacade grading) {
        this.grading = grading;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!grading.mayGrade()) {
            event.forwardTo("");
            return;
        }
        if (getComponentCount() == 0) {
            add(new GradingPanel(grading));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grading.title");
    }
}
