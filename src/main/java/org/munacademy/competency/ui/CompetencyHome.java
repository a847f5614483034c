package org.munacademy.competency.ui;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.munacademy.competency.boundary.EvidenceFacade;
import org.munacademy.competency.boundary.StandardFacade;
import org.munacademy.competency.entity.Gap;
import org.munacademy.competency.entity.GapReport;
import org.munacademy.competency.entity.GapSummary;
import org.munacademy.competency.entity.VersionRow;
import org.munacademy.home.boundary.HomeContribution;
import org.munacademy.home.entity.HomeLine;
import org.munacademy.home.entity.HomeLink;
import org.munacademy.home.entity.HomeText;
import org.munacademy.home.entity.HomeTile;
import org.munacademy.home.entity.HomeTone;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;
import org.munacademy.shared.entity.NotFoundException;

/**
 * Competency on the home page: an employee's match to the profile of their position and their top gaps; an HR
 * officer's (or administrator's) gap summary of the scope; a methodologist's standard drafts.
 */
public class CompetencyHome implements HomeContribution {

    /** How many gaps the employee's tile names. */
    static final int TOP_GAPS = 3;

    private final CurrentUser currentUser;
    private final EvidenceFacade evidence;
    private final StandardFacade standards;

    @Inject
    public CompetencyHome(CurrentUser currentUser, EvidenceFacade evidence, StandardFacade standards) {
        this.currentUser = currentUser;
        this.evidence = evidence;
        this.standards = standards;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<HomeTile> tiles() {
        Caller caller = currentUser.require();
        List<HomeTile> tiles = new ArrayList<>();
        if (employee(caller)) {
            myGaps().map(CompetencyHome::profileMatch).ifPresent(tiles::add);
        }
        if (caller.hasAnyRole(Role.HR_OFFICER, Role.ADMIN)) {
            tiles.add(summary(evidence.gapSummary()));
        }
        if (caller.hasRole(Role.METHODOLOGIST)) {
            tiles.add(drafts(standards.drafts()));
        }
        return tiles;
    }

    /** An employee with a person card: their own profile and gaps are theirs to see. */
    private static boolean employee(Caller caller) {
        return caller.hasRole(Role.EMPLOYEE) && caller.personId() != null;
    }

    private Optional<GapReport> myGaps() {
        try {
            return Optional.of(evidence.myGaps());
        } catch (NotFoundException e) {
            return Optional.empty(); // no person card or no published standard yet: nothing to match against
        }
    }

    static HomeTile profileMatch(GapReport report) {
        HomeLink more = new HomeLink(HomeText.of("home.competency.more"), "competencies/me", null);
        if (report.gaps().isEmpty()) {
            return new HomeTile("home-profile-match", HomeText.of("home.match.title"), null, null, null, List.of(),
                    HomeText.of("home.match.noProfile"), more);
        }
        List<HomeLine> top = report.gaps().stream().filter(g -> g.status() != Gap.Status.MEETS)
                .sorted(Comparator.comparingInt((Gap g) -> g.status() == Gap.Status.BELOW_MIN ? 0 : 1)
                        .thenComparing(Comparator.comparingInt((Gap g) -> g.gap() * g.weight()).reversed())
                        .thenComparing(Gap::competencyCode))
                .limit(TOP_GAPS)
                .map(g -> new HomeLine(HomeText.plain(g.competencyName()), HomeText.of("home.match.level",
                        g.current().level() == null ? "—" : String.valueOf(g.current().level()), g.targetLevel()),
                        "competencies/me", g.status() == Gap.Status.BELOW_MIN ? HomeTone.ALERT : HomeTone.WARNING))
                .toList();
        return new HomeTile("home-profile-match", HomeText.of("home.match.title"), percent(report.fit()),
                HomeText.of("home.match.caption", report.standardCode()), report.fit() >= 1 ? HomeTone.GOOD : null,
                top, HomeText.of("home.match.allMet"), more);
    }

    static HomeTile summary(GapSummary s) {
        List<HomeLine> lines = new ArrayList<>();
        lines.add(new HomeLine(HomeText.of("home.gapSummary.belowMin"), HomeText.plain(String.valueOf(s.belowMin())),
                null, s.belowMin() > 0 ? HomeTone.ALERT : HomeTone.GOOD));
        s.weakest().forEach(c -> lines.add(new HomeLine(HomeText.plain(c.code() + " " + c.name()),
                HomeText.of("home.gapSummary.belowTarget", c.belowTarget()), null, HomeTone.WARNING)));
        return new HomeTile("home-gap-summary", HomeText.of("home.gapSummary.title"),
                s.averageFit() == null ? null : percent(s.averageFit()),
                HomeText.of(s.truncated() ? "home.gapSummary.captionTruncated" : "home.gapSummary.caption",
                        s.profiled(), s.people()),
                null, lines, null, new HomeLink(HomeText.of("home.gapSummary.more"), "competencies/heatmap", null));
    }

    static HomeTile drafts(List<VersionRow> drafts) {
        List<HomeLine> lines = drafts.stream().map(v -> new HomeLine(HomeText.plain(v.standardTitle()),
                HomeText.of("home.drafts.version", v.standardCode(), v.number()), "competencies/editor",
                HomeTone.NORMAL)).toList();
        return new HomeTile("home-standard-drafts", HomeText.of("home.standardDrafts.title"),
                String.valueOf(drafts.size()), HomeText.of("home.standardDrafts.caption"), null, lines,
                HomeText.of("home.standardDrafts.empty"),
                new HomeLink(HomeText.of("home.standardDrafts.more"), "competencies/editor", null));
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    @Override
    public List<HomeLink> shortcuts() {
        List<HomeLink> links = new ArrayList<>();
        if (employee(currentUser.require())) {
            links.add(new HomeLink(HomeText.of("home.shortcut.myCompetencies"), "competencies/me", "vaadin:chart-3d"));
        }
        links.add(new HomeLink(HomeText.of("home.shortcut.heatmap"), "competencies/heatmap", "vaadin:grid-big"));
        links.add(new HomeLink(HomeText.of("home.shortcut.editor"), "competencies/editor", "vaadin:edit"));
        return links;
    }
}
