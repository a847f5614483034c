package org.munacademy.assessment.ui;

import jakarta.inject.Inject;
import java.util.List;
import org.munacademy.assessment.boundary.GradingFacade;
import org.munacademy.home.boundary.HomeContribution;
import org.munacademy.home.entity.HomeLink;
import org.munacademy.home.entity.HomeText;
import org.munacademy.home.entity.HomeTile;
import org.munacademy.home.entity.HomeTone;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;

/**
 * Essay grading on the home page of methodologists, administrators and a test's assessors: how many essays they may
 * grade wait, and the way there (assessors to {@link AssessorGradingView}).
 */
public class GradingHome implements HomeContribution {

    private final CurrentUser currentUser;
    private final GradingFacade grading;

    @Inject
    public GradingHome(CurrentUser currentUser, GradingFacade grading) {
        this.currentUser = currentUser;
        this.grading = grading;
    }

    @Override
    public int order() {
        return 31;
    }

    @Override
    public List<HomeTile> tiles() {
        String route = route();
        if (route == null) {
            return List.of();
        }
        long waiting = grading.count(null);
        return List.of(new HomeTile("home-grading", HomeText.of("grading.tile.title"), String.valueOf(waiting),
                HomeText.of("grading.tile.line", waiting), waiting > 0 ? HomeTone.WARNING : HomeTone.GOOD, List.of(),
                null, new HomeLink(HomeText.of("grading.title"), route, null)));
    }

    @Override
    public List<HomeLink> shortcuts() {
        String route = route();
        return route == null ? List.of() : List.of(new HomeLink(HomeText.of("grading.title"), route, "vaadin:edit"));
    }

    /** Where the caller grades: every test's queue, their tests' queue as an assessor, or nowhere (null). */
    private String route() {
        Caller caller = currentUser.require();
        if (caller.hasAnyRole(Role.METHODOLOGIST, Role.ADMIN)) {
            return "assessment/grading";
        }
        return grading.mayGrade() ? "assessment/grading/assigned" : null;
    }
}
