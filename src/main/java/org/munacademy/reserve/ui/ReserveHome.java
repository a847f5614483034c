package org.munacademy.reserve.ui;

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
import org.munacademy.reserve.boundary.MyReserveFacade;
import org.munacademy.reserve.entity.EntryStatus;
import org.munacademy.reserve.entity.MyEntryRow;
import org.munacademy.reserve.entity.ReserveTiles;

/**
 * The reserve on the home page: for a person with entries «Мой резерв» (open entries with their status and
 * readiness); for HR «Кадровый резерв» (nominations of their scope waiting for the commission, entries ending within
 * 60 days); for commission members the nominations waiting for each of their commissions.
 */
public class ReserveHome implements HomeContribution {

    /** How many entries or commissions a tile names. */
    static final int SHOWN = 3;

    private final CurrentUser currentUser;
    private final MyReserveFacade facade;

    @Inject
    public ReserveHome(CurrentUser currentUser, MyReserveFacade facade) {
        this.currentUser = currentUser;
        this.facade = facade;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<HomeTile> tiles() {
        Caller caller = currentUser.require();
        List<HomeTile> tiles = new ArrayList<>();
        if (caller.personId() != null) {
            List<MyEntryRow> mine = facade.mine();
            if (!mine.isEmpty()) {
                tiles.add(mine(mine));
            }
        }
        if (caller.hasAnyRole(Role.HR_OFFICER, Role.ADMIN, Role.COMMISSION_MEMBER)) {
            ReserveTiles t = facade.tiles();
            if (caller.hasAnyRole(Role.HR_OFFICER, Role.ADMIN)) {
                tiles.add(hr(t));
            }
            if (caller.hasRole(Role.COMMISSION_MEMBER)) {
                tiles.add(commission(t));
            }
        }
        return tiles;
    }

    /** «Мой резерв»: the open entries (nominated or in the reserve) with status and readiness. */
    static HomeTile mine(List<MyEntryRow> all) {
        List<MyEntryRow> open = all.stream().filter(e -> !e.status().closed()).toList();
        List<HomeLine> lines = open.stream().limit(SHOWN).map(e -> new HomeLine(HomeText.plain(e.reserveName()),
                e.readiness() == null ? HomeText.of("reserve.mine.status." + e.status().name())
                        : HomeText.of("home.reserve.mine.line", HomeText.of("reserve.mine.status."
                                + e.status().name()), HomeText.of("reserve.mine.readiness." + e.readiness().name())),
                "reserve/mine", e.status() == EntryStatus.NOMINATED ? HomeTone.NORMAL : HomeTone.GOOD)).toList();
        return new HomeTile("home-my-reserve", HomeText.of("home.reserve.mine.title"), String.valueOf(open.size()),
                HomeText.of("home.reserve.mine.caption"), null, lines, HomeText.of("home.reserve.mine.empty"),
                new HomeLink(HomeText.of("home.reserve.mine.more"), "reserve/mine", null));
    }

    /** «Кадровый резерв» for HR: nominations waiting, entries ending soon. */
    static HomeTile hr(ReserveTiles t) {
        List<HomeLine> lines = List.of(new HomeLine(HomeText.of("home.reserve.hr.expiring", t.expiringDays()),
                HomeText.plain(String.valueOf(t.expiringSoon())), "reserve",
                t.expiringSoon() > 0 ? HomeTone.WARNING : HomeTone.NORMAL));
        return new HomeTile("home-reserve-hr", HomeText.of("home.reserve.hr.title"),
                String.valueOf(t.nominatedWaiting()), HomeText.of("home.reserve.hr.caption"), null, lines, null,
                new HomeLink(HomeText.of("home.reserve.hr.more"), "reserve", null));
    }

    /** The nominations waiting for the caller's commissions. */
    static HomeTile commission(ReserveTiles t) {
        long waiting = t.commissionQueues().stream().mapToLong(ReserveTiles.Queue::waiting).sum();
        List<HomeLine> lines = t.commissionQueues().stream().limit(SHOWN).map(q -> new HomeLine(
                HomeText.plain(q.reserveName()), HomeText.plain(String.valueOf(q.waiting())), "reserve",
                q.waiting() > 0 ? HomeTone.WARNING : HomeTone.NORMAL)).toList();
        return new HomeTile("home-reserve-commission", HomeText.of("home.reserve.commission.title"),
                String.valueOf(waiting), HomeText.of("home.reserve.commission.caption"), null, lines,
                HomeText.of("home.reserve.commission.empty"),
                new HomeLink(HomeText.of("home.reserve.hr.more"), "reserve", null));
    }

    @Override
    public List<HomeLink> shortcuts() {
        return List.of(new HomeLink(HomeText.of("home.reserve.shortcut.mine"), "reserve/mine", "vaadin:user-star"));
    }
}
