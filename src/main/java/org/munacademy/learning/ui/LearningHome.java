package org.munacademy.learning.ui;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.munacademy.home.boundary.HomeContribution;
import org.munacademy.home.entity.HomeLine;
import org.munacademy.home.entity.HomeLink;
import org.munacademy.home.entity.HomeText;
import org.munacademy.home.entity.HomeTile;
import org.munacademy.home.entity.HomeTone;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;
import org.munacademy.learning.boundary.CatalogueFacade;
import org.munacademy.learning.boundary.EnrolmentFacade;
import org.munacademy.learning.boundary.RecommendationFacade;
import org.munacademy.learning.entity.ClosedGap;
import org.munacademy.learning.entity.EnrolmentRow;
import org.munacademy.learning.entity.EnrolmentStatus;
import org.munacademy.learning.entity.ProgrammeFilter;
import org.munacademy.learning.entity.ProgrammeRow;
import org.munacademy.learning.entity.ProgrammeStatus;
import org.munacademy.learning.entity.Recommendation;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.entity.PageResult;

/**
 * Learning on the home page: an employee's recommended programmes (the top three by the gaps they close, each with its
 * reason) and «Курсы» — the courses in progress with the share done (none: the way to the catalogue); a
 * methodologist's programme drafts.
 */
public class LearningHome implements HomeContribution {

    /** How many programmes a tile names. */
    static final int SHOWN = 3;

    private final CurrentUser currentUser;
    private final CatalogueFacade catalogue;
    private final EnrolmentFacade enrolment;
    private final RecommendationFacade recommendations;

    @Inject
    public LearningHome(CurrentUser currentUser, CatalogueFacade catalogue, EnrolmentFacade enrolment,
            RecommendationFacade recommendations) {
        this.currentUser = currentUser;
        this.catalogue = catalogue;
        this.enrolment = enrolment;
        this.recommendations = recommendations;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<HomeTile> tiles() {
        Caller caller = currentUser.require();
        List<HomeTile> tiles = new ArrayList<>();
        if (caller.hasRole(Role.EMPLOYEE)) {
            recommended().ifPresent(tiles::add);
            tiles.add(current(enrolment.mine().stream().filter(e -> e.status() == EnrolmentStatus.ENROLLED)
                    .toList()));
        }
        if (caller.hasAnyRole(Role.METHODOLOGIST, Role.ADMIN)) {
            tiles.add(drafts(catalogue.search(new ProgrammeFilter(null, null, null, null, null, null, null,
                    ProgrammeStatus.DRAFT), new Page(0, SHOWN))));
        }
        return tiles;
    }

    private java.util.Optional<HomeTile> recommended() {
        try {
            return java.util.Optional.of(recommendations(recommendations.mine(null)));
        } catch (BusinessException e) {
            return java.util.Optional.empty(); // no published standard yet: nothing to recommend by
        }
    }

    /** The top recommendations, each with the gaps it closes ("закрывает: BUD-01 1 → 3" in the reader's language). */
    static HomeTile recommendations(List<Recommendation> all) {
        List<HomeLine> lines = all.stream().limit(SHOWN).map(r -> new HomeLine(HomeText.plain(r.programmeTitle()),
                HomeText.of("home.learning.reco.reason", String.join(", ", r.closes().stream().map(ClosedGap::text)
                        .toList())), "learning/programmes/" + r.programmeCode(), r.open() ? HomeTone.GOOD
                        : HomeTone.NORMAL)).toList();
        return new HomeTile("home-recommendations", HomeText.of("home.learning.reco.title"),
                String.valueOf(all.size()), HomeText.of("home.learning.reco.caption"), null, lines,
                HomeText.of("home.learning.reco.empty"),
                new HomeLink(HomeText.of("home.learning.reco.more"), "my-courses", null));
    }

    /** «Курсы»: the courses in progress with the share of required lessons done. */
    static HomeTile current(List<EnrolmentRow> inProgress) {
        List<HomeLine> lines = inProgress.stream().limit(SHOWN).map(e -> new HomeLine(
                HomeText.plain(e.programmeTitle()), HomeText.of("home.learning.current.progress",
                        e.percent() == null ? 0 : e.percent()), "my-courses", HomeTone.NORMAL)).toList();
        return new HomeTile("home-courses", HomeText.of("home.learning.courses.title"),
                String.valueOf(inProgress.size()), HomeText.of("home.learning.current.caption"), null, lines,
                HomeText.of("home.learning.current.empty"), inProgress.isEmpty()
                        ? new HomeLink(HomeText.of("home.learning.courses.more"), "learning/catalogue", null)
                        : new HomeLink(HomeText.of("learning.myCourses.title"), "my-courses", null));
    }

    static HomeTile drafts(PageResult<ProgrammeRow> drafts) {
        return new HomeTile("home-programme-drafts", HomeText.of("home.learning.drafts.title"),
                String.valueOf(drafts.total()), HomeText.of("home.learning.drafts.caption"), null,
                lines(drafts.items(), "learning/editor/"), HomeText.of("home.learning.drafts.empty"),
                new HomeLink(HomeText.of("home.learning.drafts.more"), "learning/editor", null));
    }

    private static List<HomeLine> lines(List<ProgrammeRow> rows, String route) {
        return rows.stream().map(r -> new HomeLine(HomeText.plain(r.title()),
                HomeText.of("home.learning.hours", r.hours()), route + r.code(), HomeTone.NORMAL)).toList();
    }

    @Override
    public List<HomeLink> shortcuts() {
        List<HomeLink> links = new ArrayList<>();
        links.add(new HomeLink(HomeText.of("home.learning.shortcut.catalogue"), "learning/catalogue",
                "vaadin:academy-cap"));
        links.add(new HomeLink(HomeText.of("home.learning.shortcut.editor"), "learning/editor", "vaadin:notebook"));
        links.add(new HomeLink(HomeText.of("home.learning.shortcut.providers"), "learning/providers",
                "vaadin:institution"));
        return links;
    }
}
