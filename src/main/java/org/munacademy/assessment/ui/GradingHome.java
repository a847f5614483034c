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

/** Essay grading on the home page of methodologists and administrators: how many essays wait, and the way there. */
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
        Caller caller = currentUser.require();
        if (!caller.hasAnyRole(Role.METHODOLOGIST, Role.ADMIN)) {
            return List.of();
        }
        long waiting = grading.count(null);
        return List.of(new HomeTile("home-grading", HomeText.of("grading.tile.title"), String.valueOf(waiting),
                HomeText.of("grading.tile.line", waiting), waiting > 0 ? HomeTone.WARNING : HomeTone.GOOD, List.of(),
                null, new HomeLink(HomeText.of("grading.title"), "assessment/grading", null)));
    }

    @Override
    public List<HomeLink> shortcuts() {
        Caller caller = currentUser.require();
        return caller.hasAnyRole(Role.METHODOLOGIST, Role.ADMIN)
                ? List.of(new HomeLink(HomeText.of("grading.title"), "assessment/grading", "vaadin:edit"))
                : List.of();
    }
}
