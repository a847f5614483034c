package org.munacademy.reserve.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.munacademy.competency.boundary.ProfileGaps;
import org.munacademy.competency.entity.GapReport;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.DataScope;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.Role;
import org.munacademy.identity.entity.ScopePlaces;
import org.munacademy.organisation.entity.Municipality;
import org.munacademy.organisation.entity.Position;
import org.munacademy.organisation.entity.PositionGroup;
import org.munacademy.reserve.control.BoundedTop;
import org.munacademy.reserve.control.ReadinessRules;
import org.munacademy.reserve.control.ShortlistRanker;
import org.munacademy.reserve.control.ShortlistWorkbook;
import org.munacademy.reserve.entity.EntryStatus;
import org.munacademy.reserve.entity.FitError;
import org.munacademy.reserve.entity.PlanItemStatus;
import org.munacademy.reserve.entity.ReadinessReport;
import org.munacademy.reserve.entity.ReadinessThresholds;
import org.munacademy.reserve.entity.ReserveEntry;
import org.munacademy.reserve.entity.Shortlist;
import org.munacademy.reserve.entity.ShortlistQuery;
import org.munacademy.reserve.entity.ShortlistRow;
import org.munacademy.shared.control.BundleTexts;
import org.munacademy.shared.entity.AccessDeniedException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.NotFoundException;

/**
 * Vacancy shortlists: for a position (or a position group) and a place in the caller's reserve scope, the persons in
 * the reserve for that target (entries INCLUDED or IN_DEVELOPMENT whose target is the group, and either no position
 * or this position) — or, with {@code everyone}, every person employed in the place — ranked by
 * {@link ShortlistRanker}, each with readiness and its reasons, time in reserve and plan progress. A fixed number of
 * SQL statements whatever the number of candidates: one for the candidates, one for the reserve's entries in the
 * place, one for plan progress, competency's few for every candidate's fit (from the level snapshots of the persons
 * the place's subquery selects, a bound from the evidence index for those without one), and the exact levels, reasons
 * and names of the candidates that can reach the rows asked for only. At most {@link #POOL_LIMIT} candidates are
 * ranked, more than a large region's employees (the pool is cut by person id and the shortlist says
 * it was). HR officers, commission members and
 * administrators; a bulk read of personal data, audited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ShortlistFacade {

    /** The most candidates one shortlist ranks. */
    public static final int POOL_LIMIT = 20_000;


    private static final List<EntryStatus> IN_RESERVE = List.of(EntryStatus.INCLUDED, EntryStatus.IN_DEVELOPMENT);

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    DataScope scope;

    @Inject
    AuditLog audit;

    @Inject
    ProfileGaps profileGaps;

    @Inject
    ReadinessSettings settings;

    /** How many candidates' levels are read at a time once the pool is larger than that. */
    @Inject
    @ConfigProperty(name = "academy.reserve.shortlist-batch", defaultValue = "200")
    int batch;

    /** The target of a shortlist, resolved. */
    private record Target(long groupId, String groupCode, Long positionId, String positionCode, String name) {
    }

    /** A candidate before ranking: person, place and (if in the reserve) the entry. */
    private record Candidate(long personId, String name, Long municipalityId, String municipalityName, Long entryId,
            String reserveCode, LocalDate includedOn) {
    }

    /** The ranked shortlist (audited). */
    public Shortlist shortlist(ShortlistQuery query) {
        Shortlist s = build(query);
        audit.record(AuditAction.PERSONS_LISTED, AuditEvent.Outcome.SUCCESS, "shortlist", target(s),
                describe(query, s));
        return s;
    }

    /** The shortlist as an XLSX workbook (formula-safe), headers in the asker's language; audited as an export. */
    public byte[] shortlistXlsx(ShortlistQuery query, Locale language) {
        Shortlist s = build(query);
        audit.record(AuditAction.DATA_EXPORTED, AuditEvent.Outcome.SUCCESS, "shortlist", target(s),
                "xlsx, " + describe(query, s));
        return ShortlistWorkbook.write(s, BundleTexts.of("reserve", language));
    }

    private static String target(Shortlist s) {
        return s.positionCode() != null ? "position " + s.positionCode() : "group " + s.groupCode();
    }

    private static String describe(ShortlistQuery q, Shortlist s) {
        return (q.municipalityId() != null ? "municipalityId=" + q.municipalityId() + ", "
                : q.regionId() != null ? "regionId=" + q.regionId() + ", " : "")
                + "everyone=" + q.everyone() + ", candidates=" + s.candidates() + ", rows=" + s.rows().size()
                + (s.truncated() ? " (truncated)" : "");
    }

    private Shortlist build(ShortlistQuery query) {
        currentUser.require(Role.HR_OFFICER, Role.COMMISSION_MEMBER, Role.ADMIN);
        if (query.limit() < 1 || query.limit() > ShortlistQuery.MAX_LIMIT) {
            throw new InvalidInputException("limit", FitError.LIMIT_RANGE, ShortlistQuery.MAX_LIMIT);
        }
        Target target = target(query);
        checkPlace(query);
        LocalDate today = LocalDate.now(clock);
        List<Candidate> pool = query.everyone() ? everyone(query, target) : inReserve(query, target);
        boolean truncated = pool.size() > POOL_LIMIT;
        if (truncated) {
            pool = pool.subList(0, POOL_LIMIT);
        }
        ProfileGaps.Target profile = profileGaps.target(target.groupId(), target.positionId());
        Map<Long, Integer> progress = planProgress(pool.stream().map(Candidate::entryId)
                .filter(java.util.Objects::nonNull).toList());
        ReadinessThresholds thresholds = settings.thresholds();
        Map<Long, Candidate> byPerson = new HashMap<>();
        pool.forEach(c -> byPerson.put(c.personId(), c));
        List<Long> ids = pool.stream().map(Candidate::personId).toList();
        // a large pool: bounds of every candidate's fit from the index first, then exact levels a batch at a time
        // from the highest bound down, until nobody left can reach the rows asked for (BoundedTop)
        List<BoundedTop.Bounded> bounded = new ArrayList<>(ids.size());
        if (ids.size() > Math.max(1, batch)) {
            ProfileGaps.PersonIds among = query.everyone() ? (cb, q) -> employedIn(cb, q, query)
                    : anywhere(query) ? (cb, q) -> inReserveAnywhere(cb, q, target)
                    : (cb, q) -> inReserveIds(cb, q, query, target);
            profileGaps.fitBounds(profile, ids, today, among)
                    .forEach((id, b) -> bounded.add(new BoundedTop.Bounded(id, b)));
        } else {
            ids.forEach(id -> bounded.add(new BoundedTop.Bounded(id, 1.0)));
        }
        Map<Long, GapReport> gaps = new HashMap<>();
        int perBatch = Math.max(1, batch);
        BoundedTop.Result<ShortlistRanker.Key> top = BoundedTop.top(bounded, query.limit(), perBatch, some -> {
            Map<Long, GapReport> computed = profileGaps.against(profile, some, today);
            gaps.putAll(computed);
            return some.stream().map(id -> key(byPerson.get(id), computed.get(id), progress, thresholds, today))
                    .toList();
        }, k -> k);
        // the reasons (one per required competency) are built for the rows returned only
        List<ShortlistRow> rows = new ArrayList<>();
        Map<Long, String> names = withNames(top.rows().stream().map(k -> byPerson.get(k.personId())).toList());
        for (ShortlistRanker.Key k : top.rows()) {
            Candidate c = byPerson.get(k.personId());
            ReadinessReport r = ReadinessRules.assess(c.entryId(), gaps.get(c.personId()), thresholds, today);
            rows.add(new ShortlistRow(rows.size() + 1, c.personId(), names.get(c.personId()), c.municipalityId(),
                    c.municipalityName(), c.entryId(), c.reserveCode(), r.fit(), r.belowMin(), r.level(),
                    k.daysInReserve(), k.planPercent(), r.reasons()));
        }
        return new Shortlist(target.groupCode(), target.positionCode(), target.name(), query.everyone(),
                pool.size(), truncated, thresholds, rows);
    }

    /** What the ranking looks at for one candidate. */
    private static ShortlistRanker.Key key(Candidate c, GapReport g, Map<Long, Integer> progress,
            ReadinessThresholds thresholds, LocalDate today) {
        int below = (int) g.gaps().stream().filter(ReadinessRules::belowMin).count();
        long days = c.includedOn() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(c.includedOn(), today));
        int percent = c.entryId() == null ? 0 : progress.getOrDefault(c.entryId(), 0);
        return new ShortlistRanker.Key(g.fit(), below, ReadinessRules.level(g.fit(), below, thresholds), days, percent,
                c.personId());
    }

    private Target target(ShortlistQuery q) {
        String positionCode = blankToNull(q.positionCode());
        String groupCode = blankToNull(q.groupCode());
        if (positionCode == null && groupCode == null) {
            throw new InvalidInputException("position", FitError.TARGET_REQUIRED);
        }
        if (positionCode != null) {
            Position p = em.createQuery("select p from Position p join fetch p.group where p.code = :c",
                    Position.class).setParameter("c", positionCode).getResultStream().findFirst()
                    .orElseThrow(() -> new NotFoundException(FitError.POSITION_NOT_FOUND, positionCode));
            if (groupCode != null && !groupCode.equals(p.getGroup().getCode())) {
                throw new InvalidInputException("group", FitError.POSITION_NOT_IN_GROUP, positionCode, groupCode);
            }
            return new Target(p.getGroup().getId(), p.getGroup().getCode(), p.getId(), p.getCode(), p.getName());
        }
        PositionGroup g = em.createQuery("select g from PositionGroup g where g.code = :c", PositionGroup.class)
                .setParameter("c", groupCode).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(FitError.GROUP_NOT_FOUND, groupCode));
        return new Target(g.getId(), g.getCode(), null, null, g.getNameRu());
    }

    private void checkPlace(ShortlistQuery q) {
        if (q.municipalityId() != null && q.regionId() != null) {
            throw new InvalidInputException("municipality", FitError.ONE_PLACE);
        }
        if (q.municipalityId() != null && !scope.coversReserveMunicipality(q.municipalityId())) {
            throw new AccessDeniedException(FitError.PLACE_OUTSIDE_SCOPE);
        }
        if (q.regionId() != null) {
            ScopePlaces places = scope.reservePlaces();
            if (!places.national() && !places.regionIds().contains(q.regionId())) {
                throw new AccessDeniedException(FitError.PLACE_OUTSIDE_SCOPE);
            }
        }
    }

    /** Where the person works, as the query's place asks (the municipality with its settlements, or the region). */
    private static void place(CriteriaBuilder cb, ShortlistQuery q, Join<Person, Municipality> m,
            List<Predicate> where) {
        if (q.municipalityId() != null) {
            Join<Municipality, Municipality> parent = m.join("parent", JoinType.LEFT);
            where.add(cb.or(cb.equal(m.get("id"), q.municipalityId()),
                    cb.equal(parent.get("id"), q.municipalityId())));
        }
        if (q.regionId() != null) {
            where.add(cb.equal(m.get("region").get("id"), q.regionId()));
        }
    }

    private static Predicate targets(CriteriaBuilder cb, Root<ReserveEntry> e, Target t) {
        Predicate group = cb.equal(e.get("targetGroupId"), t.groupId());
        if (t.positionId() == null) {
            return group;
        }
        Path<Long> position = e.get("targetPositionId");
        return cb.and(group, cb.or(cb.isNull(position), cb.equal(position, t.positionId())));
    }

    /** The persons in the reserve for the target, in place and scope (one row per person: the longest in reserve). */
    private List<Candidate> inReserve(ShortlistQuery query, Target t) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<ReserveEntry> e = q.from(ReserveEntry.class);
        Root<Person> p = q.from(Person.class);
        Join<Person, Municipality> m = p.join("municipality");
        q.multiselect(p.get("id"), p.get("lastName"), p.get("firstName"), p.get("middleName"), m.get("id"),
                m.get("name"), e.get("id"), e.get("reserve").get("code"), e.get("includedOn"))
                .where(inReserve(cb, q, e, p, m, query, t))
                .orderBy(cb.asc(p.get("id")), cb.asc(e.get("includedOn")), cb.asc(e.get("id")));
        Map<Long, Candidate> byPerson = new LinkedHashMap<>();
        for (Tuple x : em.createQuery(q).setMaxResults(POOL_LIMIT * 2 + 1).getResultList()) {
            Candidate c = new Candidate(x.get(0, Long.class), Person.fullName(x.get(1, String.class),
                    x.get(2, String.class), x.get(3, String.class)), x.get(4, Long.class), x.get(5, String.class),
                    x.get(6, Long.class), x.get(7, String.class), x.get(8, LocalDate.class));
            byPerson.putIfAbsent(c.personId(), c);
        }
        return new ArrayList<>(byPerson.values());
    }

    /**
     * Every person employed in place and scope, with their open entry for the target where they have one (the
     * reserve's candidates in the same place: no list of ids sent back). Names are left out: they are read for the
     * rows returned only ({@link #withNames}).
     */
    private List<Candidate> everyone(ShortlistQuery query, Target t) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<Person> p = q.from(Person.class);
        Join<Person, Municipality> m = p.join("municipality");
        List<Predicate> where = new ArrayList<>();
        place(cb, query, m, where);
        where.add(scope.reservePersonIn(cb, q, p.get("id")));
        q.multiselect(p.get("id"), m.get("id"), m.get("name")).where(where.toArray(Predicate[]::new))
                .orderBy(cb.asc(p.get("id")));
        List<Tuple> persons = em.createQuery(q).setMaxResults(POOL_LIMIT + 1).getResultList();
        Map<Long, Candidate> entries = new HashMap<>();
        inReserve(query, t).forEach(c -> entries.put(c.personId(), c));
        List<Candidate> out = new ArrayList<>(persons.size());
        for (Tuple x : persons) {
            long id = x.get(0, Long.class);
            Candidate en = entries.get(id);
            out.add(new Candidate(id, null, x.get(1, Long.class), x.get(2, String.class),
                    en == null ? null : en.entryId(), en == null ? null : en.reserveCode(),
                    en == null ? null : en.includedOn()));
        }
        return out;
    }

    /** The subquery of the ids of the persons employed in the query's place and the caller's scope. */
    private Subquery<Long> employedIn(CriteriaBuilder cb, CriteriaQuery<?> outer, ShortlistQuery query) {
        Subquery<Long> sq = outer.subquery(Long.class);
        Root<Person> p = sq.from(Person.class);
        Join<Person, Municipality> m = p.join("municipality");
        List<Predicate> where = new ArrayList<>();
        place(cb, query, m, where);
        where.add(scope.reservePersonIn(cb, sq, p.get("id")));
        return sq.select(p.get("id")).where(where.toArray(Predicate[]::new));
    }

    /** The subquery of the ids of the persons in the reserve for the target, in place and scope. */
    private Subquery<Long> inReserveIds(CriteriaBuilder cb, CriteriaQuery<?> outer, ShortlistQuery query, Target t) {
        Subquery<Long> sq = outer.subquery(Long.class);
        Root<ReserveEntry> e = sq.from(ReserveEntry.class);
        Root<Person> p = sq.from(Person.class);
        return sq.select(e.get("personId")).where(inReserve(cb, sq, e, p, p.join("municipality"), query, t));
    }

    /** Whether the query asks for no place and the caller's reserve scope is the whole country. */
    private boolean anywhere(ShortlistQuery query) {
        return query.municipalityId() == null && query.regionId() == null && scope.reservePlaces().national();
    }

    /**
     * The subquery of the ids of the persons in the reserve for the target anywhere (a national caller with no
     * place): no join of persons and their municipalities, which MariaDB's optimizer turned into a scan of every
     * person (2 s instead of 70 ms for the snapshots of a national reserve of 20,000).
     */
    private Subquery<Long> inReserveAnywhere(CriteriaBuilder cb, CriteriaQuery<?> outer, Target t) {
        Subquery<Long> sq = outer.subquery(Long.class);
        Root<ReserveEntry> e = sq.from(ReserveEntry.class);
        return sq.select(e.get("personId")).where(inReserveFor(cb, e, t));
    }

    /** Entry {@code e} is open in the reserve (included or in development) for the target. */
    private static Predicate inReserveFor(CriteriaBuilder cb, Root<ReserveEntry> e, Target t) {
        return cb.and(e.get("status").in(IN_RESERVE), targets(cb, e, t));
    }

    /** Entry {@code e} of person {@code p} (working in {@code m}) is in the reserve for the target, place and scope. */
    private Predicate[] inReserve(CriteriaBuilder cb, CommonAbstractCriteria q, Root<ReserveEntry> e, Root<Person> p,
            Join<Person, Municipality> m, ShortlistQuery query, Target t) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(p.get("id"), e.get("personId")));
        where.add(inReserveFor(cb, e, t));
        place(cb, query, m, where);
        where.add(scope.reservePersonIn(cb, q, p.get("id")));
        return where.toArray(Predicate[]::new);
    }

    /** The names of the candidates shown that lack one (one statement for the rows returned). */
    private Map<Long, String> withNames(List<Candidate> shown) {
        List<Long> ids = shown.stream().filter(c -> c.name() == null).map(Candidate::personId).toList();
        Map<Long, String> out = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select p.id, p.lastName, p.firstName, p.middleName from Person p where p.id in :ids",
                            Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(r -> out.put((Long) r[0], Person.fullName((String) r[1], (String) r[2], (String) r[3])));
        }
        shown.stream().filter(c -> c.name() != null).forEach(c -> out.put(c.personId(), c.name()));
        return out;
    }

    /**
     * The share of plan items done per entry, 0–100 (as {@code DevelopmentPlan.percentDone}: done × 100 / items,
     * rounded down; 0 without a plan or items), in one query.
     */
    private Map<Long, Integer> planProgress(List<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, long[]> counts = new HashMap<>();
        // items per entry and status (the database adds up, Java divides: no CASE inside SUM, which H2 refuses)
        em.createQuery("select i.plan.entry.id, i.status, count(i) from PlanItem i where i.plan.entry.id in :ids "
                        + "group by i.plan.entry.id, i.status", Object[].class)
                .setParameter("ids", entryIds).getResultList()
                .forEach(o -> {
                    long[] c = counts.computeIfAbsent((Long) o[0], k -> new long[2]);
                    long n = ((Number) o[2]).longValue();
                    c[0] += n;
                    if (o[1] == PlanItemStatus.DONE) {
                        c[1] += n;
                    }
                });
        Map<Long, Integer> out = new HashMap<>();
        counts.forEach((entry, c) -> out.put(entry, c[0] == 0 ? 0 : (int) (c[1] * 100 / c[0])));
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
