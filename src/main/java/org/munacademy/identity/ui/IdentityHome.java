package org.munacademy.identity.ui;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.munacademy.home.boundary.HomeContribution;
import org.munacademy.home.entity.HomeLine;
import org.munacademy.home.entity.HomeLink;
import org.munacademy.home.entity.HomeText;
import org.munacademy.home.entity.HomeTile;
import org.munacademy.home.entity.HomeTone;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent;
import org.munacademy.identity.entity.AuditFilter;
import org.munacademy.identity.entity.AuditRow;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Grant;
import org.munacademy.identity.entity.PersonFilter;
import org.munacademy.identity.entity.Role;
import org.munacademy.shared.entity.Page;

/**
 * Identity on the home page: the greeting with the user's roles and scopes (everybody); the headcount of the scope
 * and how many still lack a consent (HR officers, administrators); the latest audit events and the failed sign-ins
 * of the last week (administrators).
 */
public class IdentityHome implements HomeContribution {

    /** How many audit events and failed sign-ins the tiles list. */
    static final int LINES = 5;
    /** The failed sign-ins of how many days (today included) are counted. */
    static final int FAILED_SIGN_IN_DAYS = 7;
    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final CurrentUser currentUser;
    private final PersonFacade persons;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public IdentityHome(CurrentUser currentUser, PersonFacade persons, AuditLog audit, Clock clock) {
        this.currentUser = currentUser;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public List<HomeTile> tiles() {
        Caller caller = currentUser.require();
        List<HomeTile> tiles = new ArrayList<>();
        tiles.add(new HomeTile("home-welcome", HomeText.of("home.greeting", caller.displayName()), null,
                HomeText.of("home.roles"), null, caller.grants().stream().map(IdentityHome::grant).toList(), null,
                new HomeLink(HomeText.of("home.profile"), "profile", null)));
        if (caller.hasAnyRole(Role.HR_OFFICER, Role.ADMIN)) {
            tiles.add(headcount());
        }
        if (caller.hasRole(Role.ADMIN)) {
            tiles.add(recentAudit());
            tiles.add(failedSignIns());
        }
        return tiles;
    }

    private static HomeLine grant(Grant g) {
        HomeText scope = switch (g.scopeType()) {
            case NATIONAL -> HomeText.of("scope.NATIONAL");
            case REGION, MUNICIPALITY -> HomeText.plain(g.scopeName());
        };
        return HomeLine.of(HomeText.of("role." + g.role().name()), scope);
    }

    private HomeTile headcount() {
        long people = persons.count(PersonFilter.all());
        long noConsent = persons.count(new PersonFilter(null, null, null, false));
        return new HomeTile("home-headcount", HomeText.of("home.headcount.title"), String.valueOf(people),
                HomeText.of("home.headcount.caption"), null,
                List.of(new HomeLine(HomeText.of("home.headcount.noConsent"), HomeText.plain(String.valueOf(noConsent)),
                        null, noConsent > 0 ? HomeTone.WARNING : HomeTone.GOOD)),
                null, new HomeLink(HomeText.of("home.headcount.more"), "people", null));
    }

    private HomeTile recentAudit() {
        List<HomeLine> lines = audit.list(AuditFilter.all(), new Page(0, LINES)).stream()
                .map(r -> new HomeLine(HomeText.of("home.audit.event", r.actor() == null ? "—" : r.actor(),
                        HomeText.of("audit.action." + r.action().name()),
                        HomeText.of("audit.outcome." + r.outcome().name())),
                        HomeText.plain(UTC_TIME.format(r.occurredAt())), null,
                        r.outcome() == AuditEvent.Outcome.SUCCESS ? HomeTone.NORMAL : HomeTone.WARNING))
                .toList();
        return new HomeTile("home-audit", HomeText.of("home.audit.title"), null, null, null, lines,
                HomeText.of("home.audit.empty"), new HomeLink(HomeText.of("home.audit.more"), "audit", null));
    }

    private HomeTile failedSignIns() {
        AuditFilter failed = new AuditFilter(null, AuditAction.LOGIN, AuditEvent.Outcome.FAILURE, null, null,
                LocalDate.now(clock).minusDays(FAILED_SIGN_IN_DAYS - 1L), null);
        long count = audit.count(failed);
        List<HomeLine> lines = audit.list(failed, new Page(0, LINES)).stream().map(IdentityHome::failure).toList();
        return new HomeTile("home-failed-sign-ins", HomeText.of("home.signIns.title"), String.valueOf(count),
                HomeText.of("home.signIns.caption", FAILED_SIGN_IN_DAYS), count > 0 ? HomeTone.ALERT : HomeTone.GOOD,
                lines, null, new HomeLink(HomeText.of("home.audit.more"), "audit", null));
    }

    private static HomeLine failure(AuditRow r) {
        String who = r.actor() == null ? "—" : r.actor();
        String from = r.remoteAddress() == null ? "" : " · " + r.remoteAddress();
        return HomeLine.of(HomeText.plain(who + from), HomeText.plain(UTC_TIME.format(r.occurredAt())));
    }

    @Override
    public List<HomeLink> shortcuts() {
        return List.of(new HomeLink(HomeText.of("home.shortcut.people"), "people", "vaadin:users"),
                new HomeLink(HomeText.of("home.shortcut.accounts"), "accounts", "vaadin:key"),
                new HomeLink(HomeText.of("home.shortcut.audit"), "audit", "vaadin:list"));
    }
}
