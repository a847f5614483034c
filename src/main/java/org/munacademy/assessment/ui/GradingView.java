package org.munacademy.assessment.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.munacademy.assessment.boundary.GradingFacade;
import org.munacademy.identity.entity.Role;
import org.munacademy.shared.ui.MainLayout;

/**
 * «Проверка ответов» for methodologists and administrators: every test's essays awaiting grading ({@link
 * GradingPanel}). A test's assessors open the same panel at {@link AssessorGradingView}.
 */
@Route(value = "assessment/grading", layout = MainLayout.class)
@RolesAllowed({Role.METHODOLOGIST_NAME, Role.ADMIN_NAME})
@Menu(order = 17, title = "grading.menu", icon = "vaadin:edit")
public class GradingView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public GradingView(GradingFacade grading) {
        setSizeFull();
        add(new GradingPanel(grading));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grading.title");
    }
}
