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
import org.munacademy.learning.entity.ProgrammeFilter;
import org.munacademy.learning.entity.ProgrammeRow;
import org.munacademy.learning.entity.ProgrammeStatus;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.entity.PageResult;

/**
 * Learning on the home page: an employee's «Курсы» tile — how many programmes the catalogue offers, a few of them and
 * the way to the catalogue (recommendations by the employee's gaps come later); a methodologist's programme drafts.
 */
public class LearningHome implements HomeContribution {

    /** How many programmes a tile names. */
    static final int SHOWN = 3;

    private final CurrentUser currentUser;
    private final CatalogueFacade catalogue;

    @Inject
    public LearningHome(CurrentUser currentUser, CatalogueFacade catalogue) {
        this.currentUser = currentUser;
        this.catalogue = catalogue;
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
            tiles.add(courses(catalogue.search(ProgrammeFilter.all(), new Page(0, SHOWN))));
        }
        if (caller.hasAnyRole(Role.METHODOLOGIST, Role.ADMIN)) {
            tiles.add(drafts(catalogue.search(new ProgrammeFilter(null, null, null, null, null, null, null,
                    ProgrammeStatus.DRAFT), new Page(0, SHOWN))));
        }
        return tiles;
    }

    static HomeTile courses(PageResult<ProgrammeRow> published) {
        return new HomeTile("home-courses", HomeText.of("home.learning.courses.title"),
                String.valueOf(published.total()), HomeText.of("home.learning.courses.caption"), null,
                lines(published.items(), "learning/programmes/"), HomeText.of("home.learning.courses.empty"),
                new HomeLink(HomeText.of("home.learning.courses.more"), "learning/catalogue", null));
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
