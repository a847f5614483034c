package org.munacademy.contest.ui;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.contest.boundary.ApplicationFacade;
import org.munacademy.contest.boundary.JuryFacade;
import org.munacademy.contest.boundary.SeasonFacade;
import org.munacademy.contest.entity.ApplicationDetail;
import org.munacademy.contest.entity.ApplicationStatus;
import org.munacademy.contest.entity.AssignmentRow;
import org.munacademy.contest.entity.ConflictRow;
import org.munacademy.contest.entity.SeasonRow;
import org.munacademy.contest.entity.SeasonStatus;
import org.munacademy.home.boundary.HomeContribution;
import org.munacademy.home.entity.HomeLine;
import org.munacademy.home.entity.HomeLink;
import org.munacademy.home.entity.HomeText;
import org.munacademy.home.entity.HomeTile;
import org.munacademy.home.entity.HomeTone;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;

/**
 * The contest on the home page: for a person «Конкурс «Муниципальный лидер»» (their applications with status, and
 * the seasons now accepting applications with a link to apply) — shown when they have an application or a season is
 * open; for a juror «Оценивание конкурса» (sheets waiting, progress per stage, their conflict declarations); for the
 * contest administrator a tile leading to {@code contest/admin} with the seasons open.
 */
public class ContestHome implements HomeContribution {

    /** How many applications, stages or seasons a tile names. */
    static final int SHOWN = 3;

    private final CurrentUser currentUser;
    private final SeasonFacade seasons;
    private final ApplicationFacade applications;
    private final JuryFacade jury;
    private final Clock clock;

    @Inject
    public ContestHome(CurrentUser currentUser, SeasonFacade seasons, ApplicationFacade applications, JuryFacade jury,
            Clock clock) {
        this.currentUser = currentUser;
        this.seasons = seasons;
        this.applications = applications;
        this.jury = jury;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<HomeTile> tiles() {
        Caller caller = currentUser.require();
        List<HomeTile> tiles = new ArrayList<>();
        List<SeasonRow> all = seasons.seasons();
        if (caller.personId() != null) {
            List<ApplicationDetail> mine = applications.mine();
            List<SeasonRow> open = accepting(all, LocalDate.now(clock));
            if (!mine.isEmpty() || !open.isEmpty()) {
                tiles.add(mine(mine, open));
            }
        }
        if (caller.hasRole(Role.JUROR)) {
            List<AssignmentRow> assigned = jury.mine();
            List<ConflictRow> conflicts = new ArrayList<>();
            assigned.stream().map(AssignmentRow::stageId).distinct().forEach(s -> conflicts.addAll(jury.conflicts(s)));
            tiles.add(juror(assigned, conflicts));
        }
        if (caller.hasRole(Role.CONTEST_ADMIN)) {
            tiles.add(admin(all));
        }
        return tiles;
    }

    /** The seasons whose application window contains {@code today}. */
    static List<SeasonRow> accepting(List<SeasonRow> all, LocalDate today) {
        return all.stream().filter(s -> s.status() == SeasonStatus.OPEN && !today.isBefore(s.applicationsFrom())
                && !today.isAfter(s.applicationsUntil())).toList();
    }

    /** The candidate's tile: applications (status), then the seasons accepting applications. */
    static HomeTile mine(List<ApplicationDetail> mine, List<SeasonRow> open) {
        List<HomeLine> lines = new ArrayList<>();
        mine.stream().limit(SHOWN).forEach(d -> lines.add(new HomeLine(HomeText.plain(d.row().number() + " · "
                + d.row().nominationTitle()), HomeText.of("contest.mine.status." + d.row().status().name()),
                "contest/mine", tone(d.row().status()))));
        open.stream().limit(SHOWN).forEach(s -> lines.add(new HomeLine(HomeText.of("home.contest.mine.open",
                s.title()), HomeText.of("home.contest.mine.apply"), "contest/apply", HomeTone.NORMAL)));
        return new HomeTile("home-contest-mine", HomeText.of("home.contest.mine.title"), String.valueOf(mine.size()),
                HomeText.of("home.contest.mine.caption"), null, lines, HomeText.of("home.contest.mine.empty"),
                new HomeLink(HomeText.of("home.contest.mine.more"), "contest/mine", null));
    }

    private static HomeTone tone(ApplicationStatus s) {
        return switch (s) {
            case WINNER, FINALIST -> HomeTone.GOOD;
            case INELIGIBLE, ELIMINATED -> HomeTone.WARNING;
            default -> HomeTone.NORMAL;
        };
    }

    /**
     * The juror's tile: sheets not yet submitted; per stage submitted of assigned (stages with sheets waiting first);
     * the declarations made.
     */
    static HomeTile juror(List<AssignmentRow> assigned, List<ConflictRow> conflicts) {
        long waiting = assigned.stream().filter(a -> !a.submitted()).count();
        Map<Long, long[]> byStage = new LinkedHashMap<>();
        Map<Long, String> titles = new LinkedHashMap<>();
        for (AssignmentRow a : assigned) {
            long[] c = byStage.computeIfAbsent(a.stageId(), k -> new long[2]);
            c[0]++;
            c[1] += a.submitted() ? 1 : 0;
            titles.putIfAbsent(a.stageId(), a.nominationTitle() + " · " + a.stageTitle());
        }
        List<HomeLine> lines = new ArrayList<>();
        // stages with sheets still waiting first, then the finished ones, each in the order assigned
        byStage.entrySet().stream().sorted(java.util.Comparator.comparing(e -> e.getValue()[1] >= e.getValue()[0]))
                .limit(SHOWN).forEach(e -> lines.add(new HomeLine(
                HomeText.plain(titles.get(e.getKey())), HomeText.of("home.contest.jury.progress", e.getValue()[1],
                        e.getValue()[0]), "contest/jury",
                e.getValue()[1] < e.getValue()[0] ? HomeTone.WARNING : HomeTone.GOOD)));
        if (!conflicts.isEmpty()) {
            lines.add(new HomeLine(HomeText.of("home.contest.jury.conflicts"),
                    HomeText.plain(String.valueOf(conflicts.size())), "contest/jury", HomeTone.NORMAL));
        }
        return new HomeTile("home-contest-jury", HomeText.of("home.contest.jury.title"), String.valueOf(waiting),
                HomeText.of("home.contest.jury.caption"), waiting > 0 ? HomeTone.WARNING : HomeTone.NORMAL, lines,
                HomeText.of("home.contest.jury.empty"),
                new HomeLink(HomeText.of("home.contest.jury.more"), "contest/jury", null));
    }

    /** The contest administrator's tile: the seasons open, leading to {@code contest/admin}. */
    static HomeTile admin(List<SeasonRow> all) {
        List<SeasonRow> open = all.stream().filter(s -> s.status() == SeasonStatus.OPEN).toList();
        List<HomeLine> lines = all.stream().limit(SHOWN).map(s -> new HomeLine(HomeText.plain(s.title()),
                HomeText.plain(s.code()), "contest/admin", s.status() == SeasonStatus.OPEN ? HomeTone.GOOD
                        : HomeTone.NORMAL)).toList();
        return new HomeTile("home-contest-admin", HomeText.of("home.contest.admin.title"),
                String.valueOf(open.size()), HomeText.of("home.contest.admin.caption"), null, lines,
                HomeText.of("home.contest.admin.empty"),
                new HomeLink(HomeText.of("home.contest.admin.more"), "contest/admin", null));
    }

    @Override
    public List<HomeLink> shortcuts() {
        List<HomeLink> out = new ArrayList<>();
        Caller caller = currentUser.require();
        if (caller.personId() != null) {
            out.add(new HomeLink(HomeText.of("home.contest.shortcut.mine"), "contest/mine", "vaadin:trophy"));
        }
        if (caller.hasRole(Role.JUROR)) {
            out.add(new HomeLink(HomeText.of("home.contest.shortcut.jury"), "contest/jury", "vaadin:gavel"));
        }
        return out;
    }
}
