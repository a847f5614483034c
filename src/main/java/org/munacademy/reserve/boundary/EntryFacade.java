package org.munacademy.reserve.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.DataScope;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent.Outcome;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.Role;
import org.munacademy.organisation.entity.Municipality;
import org.munacademy.organisation.entity.Position;
import org.munacademy.organisation.entity.PositionGroup;
import org.munacademy.reserve.entity.EntryDetail;
import org.munacademy.reserve.entity.EntryFilter;
import org.munacademy.reserve.entity.EntryRow;
import org.munacademy.reserve.entity.EntryStatus;
import org.munacademy.reserve.entity.EventRow;
import org.munacademy.reserve.entity.NominationData;
import org.munacademy.reserve.entity.Reserve;
import org.munacademy.reserve.entity.ReserveEntry;
import org.munacademy.reserve.entity.ReserveError;
import org.munacademy.reserve.entity.WithdrawalData;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.entity.AccessDeniedException;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.ConcurrentModificationException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.entity.PageResult;
import org.munacademy.shared.entity.SharedError;

/**
 * Reserve entries: HR nominates a person of their scope for a target (a position group, optionally a position in it)
 * on a stated basis — one open entry per person and reserve; HR, commission members and administrators list the
 * entries of the persons in their reserve scope (a few statements whatever the page's size) and read one entry with
 * its history (audited); HR withdraws a nomination the commission has not decided on. Other reserve facades find an
 * entry the caller may act on with {@link #manageable(long)}.
 */
@ApplicationScoped
@Transactional
public class EntryFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    LiftLookups lookups;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    DataScope scope;

    @Inject
    AuditLog audit;

    @Inject
    InputValidator validator;

    @Inject
    ReserveFacade reserves;

    @Inject
    ReadinessRecorder readiness;

    /**
     * HR (or an administrator) nominates a person of their scope into a reserve they see: 403 PERSON_OUTSIDE_SCOPE
     * outside it, 400 TARGET_UNKNOWN for a group or position that does not exist (or a position of another group),
     * 409 ALREADY_IN_RESERVE while the person has an open entry (nominated or in the reserve) in it.
     */
    public EntryDetail nominate(NominationData data) {
        Caller caller = currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        if (data == null) {
            throw new InvalidInputException("reserveCode", ReserveError.RESERVE_NOT_FOUND, "");
        }
        validator.validate(data);
        Reserve visible = reserves.visible(data.getReserveCode());
        long personId = data.getPersonId();
        if (!scope.coversReservePerson(personId)) {
            audit.record(AuditAction.RESERVE_CHANGED, Outcome.DENIED, "person", String.valueOf(personId),
                    "nominate to " + visible.getCode() + ": outside scope");
            throw new AccessDeniedException(ReserveError.PERSON_OUTSIDE_SCOPE, personId);
        }
        ReserveEntry.Target target = target(data.getTargetGroupCode(), data.getTargetPositionCode());
        Person person = em.find(Person.class, personId);
        Municipality m = person.getMunicipality();
        // one open entry per person and reserve: nominations into one reserve queue on its row
        Reserve reserve = em.find(Reserve.class, visible.getId(), LockModeType.PESSIMISTIC_WRITE);
        Long open = em.createQuery("select count(e) from ReserveEntry e where e.reserve = :r and e.personId = :p "
                        + "and e.status not in :closed", Long.class).setParameter("r", reserve)
                .setParameter("p", personId).setParameter("closed", EntryStatus.CLOSED).getSingleResult();
        if (open > 0) {
            throw new BusinessException(ReserveError.ALREADY_IN_RESERVE, reserve.getCode());
        }
        ReserveEntry e = ReserveEntry.nominate(reserve, personId,
                new ReserveEntry.Place(m.getRegion().getId(), m.getId()), target, data.getBasis(),
                data.getBasisDocument(), data.getNote(), caller.username(), LocalDate.now(clock), clock.instant());
        readiness.record(e); // the commission decides knowing it; and the daily job never races the protocol for it
        em.persist(e);
        em.flush();
        audit.record(AuditAction.RESERVE_CHANGED, Outcome.SUCCESS, "reserve-entry", String.valueOf(e.getId()),
                "nominated person " + personId + " to " + reserve.getCode());
        return detail(e);
    }

    /**
     * HR of the person's scope (or an administrator) withdraws a nomination the commission has not decided on, with the
     * reason: the entry closes WITHDRAWN (a line of history the person is told about), audited. 404 outside the
     * caller's scope (as for reading it; the attempt audited DENIED), 400 without a reason, 409
     * WITHDRAW_NOT_NOMINATED once the commission decided (or the entry is closed), 409 CONCURRENT_MODIFICATION when
     * the version given is not the entry's. The person may be nominated to the reserve again afterwards (one open
     * entry per reserve).
     */
    public EntryDetail withdraw(long id, WithdrawalData data) {
        Caller caller = currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        WithdrawalData d = data == null ? new WithdrawalData() : data;
        ReserveEntry e = manageable(id, AuditAction.RESERVE_CHANGED, "withdraw");
        validator.validate(d);
        // protocols, nominations and withdrawals in one reserve queue on its row: a decision and a withdrawal of one
        // nomination never both succeed, and a nomination waiting for the lock sees the entry closed
        em.find(Reserve.class, e.getReserve().getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(e);
        if (d.getVersion() != null && d.getVersion() != e.getVersion()) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        e.withdraw(LocalDate.now(clock), d.getReason(), caller.username(), clock.instant());
        em.flush();
        audit.record(AuditAction.RESERVE_CHANGED, Outcome.SUCCESS, "reserve-entry", String.valueOf(id),
                "withdrawn nomination of person " + e.getPersonId() + " to " + e.getReserve().getCode());
        return detail(e);
    }

    /** Whether the caller may withdraw this entry now: HR or an administrator, while it is a nomination. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayWithdraw(EntryRow entry) {
        return entry.status() == EntryStatus.NOMINATED
                && currentUser.require().hasAnyRole(Role.HR_OFFICER, Role.ADMIN);
    }

    /** The target by codes: the group, and the position (which must belong to it) if one is named. */
    private ReserveEntry.Target target(String groupCode, String positionCode) {
        PositionGroup group = em.createQuery("select g from PositionGroup g where g.code = :c", PositionGroup.class)
                .setParameter("c", groupCode.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("targetGroupCode", ReserveError.TARGET_UNKNOWN,
                        groupCode));
        if (positionCode == null || positionCode.isBlank()) {
            return new ReserveEntry.Target(group.getId(), null);
        }
        Position position = em.createQuery("select p from Position p where p.code = :c and p.group = :g",
                        Position.class).setParameter("c", positionCode.strip()).setParameter("g", group)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("targetPositionCode", ReserveError.TARGET_UNKNOWN,
                        positionCode));
        return new ReserveEntry.Target(group.getId(), position.getId());
    }

    /**
     * The entries of the persons in the caller's reserve scope (HR, commission members, administrators), by name,
     * with the total: three statements whatever the page's size (rows, positions' names, count). Audited as a list
     * of personal data.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<EntryRow> entries(EntryFilter filter, Page page) {
        EntryFilter f = filter == null ? EntryFilter.all() : filter;
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<ReserveEntry> e = q.from(ReserveEntry.class);
        Join<ReserveEntry, Reserve> r = e.join("reserve");
        Root<Person> p = q.from(Person.class);
        Root<Municipality> m = q.from(Municipality.class);
        Root<PositionGroup> g = q.from(PositionGroup.class);
        List<Predicate> where = conditions(cb, q, e, r, f);
        where.add(cb.equal(p.get("id"), e.get("personId")));
        where.add(cb.equal(m.get("id"), e.get("municipalityId")));
        where.add(cb.equal(g.get("id"), e.get("targetGroupId")));
        q.multiselect(e, r.get("code"), r.get("name"), p.get("lastName"), p.get("firstName"), p.get("middleName"),
                        m.get("name"), g.get("code"), g.get("nameRu"))
                .where(where.toArray(Predicate[]::new))
                .orderBy(cb.asc(p.get("lastName")), cb.asc(p.get("firstName")), cb.asc(e.get("id")));
        List<Tuple> tuples = em.createQuery(q).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList();
        Map<Long, String> positions = lookups.positionNames(tuples.stream()
                .map(t -> t.get(0, ReserveEntry.class).getTargetPositionId()).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        List<EntryRow> rows = tuples.stream().map(t -> {
            ReserveEntry x = t.get(0, ReserveEntry.class);
            return new EntryRow(x.getId(), t.get(1, String.class), t.get(2, String.class), x.getPersonId(),
                    Person.fullName(t.get(3, String.class), t.get(4, String.class), t.get(5, String.class)),
                    x.getMunicipalityId(), t.get(6, String.class), x.getTargetGroupId(), t.get(7, String.class),
                    t.get(8, String.class), x.getTargetPositionId(), positions.get(x.getTargetPositionId()),
                    x.getStatus(), x.getReadiness(), x.getNominatedOn(), x.getIncludedOn(), x.getValidUntil(),
                    x.daysInReserve(today), x.getVersion());
        }).toList();
        long total = count(f);
        audit.record(AuditAction.PERSONS_LISTED, Outcome.SUCCESS, "reserve-entry", null, describe(f, page,
                rows.size()));
        return new PageResult<>(rows, total, page.offset(), page.limit());
    }

    /** The number of entries the caller sees with this filter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(EntryFilter filter) {
        EntryFilter f = filter == null ? EntryFilter.all() : filter;
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<ReserveEntry> e = q.from(ReserveEntry.class);
        Join<ReserveEntry, Reserve> r = e.join("reserve");
        q.select(cb.count(e)).where(conditions(cb, q, e, r, f).toArray(Predicate[]::new));
        return em.createQuery(q).getSingleResult();
    }

    private List<Predicate> conditions(CriteriaBuilder cb, CriteriaQuery<?> q, Root<ReserveEntry> e,
            Join<ReserveEntry, Reserve> r, EntryFilter f) {
        List<Predicate> where = new ArrayList<>();
        where.add(scope.reservePersonIn(cb, q, e.get("personId")));
        if (f.reserveCode() != null && !f.reserveCode().isBlank()) {
            where.add(cb.equal(r.get("code"), f.reserveCode().strip()));
        }
        if (!f.statuses().isEmpty()) {
            where.add(e.get("status").in(f.statuses()));
        }
        if (f.targetGroupCode() != null && !f.targetGroupCode().isBlank()) {
            var sub = q.subquery(Long.class);
            Root<PositionGroup> sg = sub.from(PositionGroup.class);
            sub.select(sg.get("id")).where(cb.equal(sg.get("code"), f.targetGroupCode().strip()));
            where.add(e.get("targetGroupId").in(sub));
        }
        if (f.readiness() != null) {
            where.add(cb.equal(e.get("readiness"), f.readiness()));
        }
        return where;
    }

    private static String describe(EntryFilter f, Page page, int rows) {
        List<String> parts = new ArrayList<>();
        if (f.reserveCode() != null) {
            parts.add("reserve=" + f.reserveCode());
        }
        if (!f.statuses().isEmpty()) {
            parts.add("status=" + f.statuses().stream().map(Enum::name).sorted()
                    .collect(Collectors.joining("|")));
        }
        if (f.targetGroupCode() != null) {
            parts.add("group=" + f.targetGroupCode());
        }
        if (f.readiness() != null) {
            parts.add("readiness=" + f.readiness());
        }
        parts.add("offset=" + page.offset());
        parts.add("limit=" + page.limit());
        parts.add("rows=" + rows);
        return String.join(", ", parts);
    }

    /** One entry the caller sees, with its history (an audited read of personal data); 404 for one they do not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EntryDetail entry(long id) {
        ReserveEntry e = manageable(id);
        audit.record(AuditAction.PERSON_READ, Outcome.SUCCESS, "reserve-entry", String.valueOf(id),
                "person " + e.getPersonId());
        return detail(e);
    }

    /**
     * The entry if its person lies in the caller's reserve scope (HR, commission members, administrators); else 404
     * ENTRY_NOT_FOUND, the same as for an id that does not exist — the reserve never tells another region's HR that
     * an entry exists (README, «Out of scope is a 404»). The refusal is audited (DENIED, PERSON_READ); what is found
     * the caller audits.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReserveEntry manageable(long id) {
        return manageable(id, AuditAction.PERSON_READ, "read or act on the entry");
    }

    /** {@link #manageable(long)}, the refusal audited as {@code action} naming the {@code step} refused. */
    private ReserveEntry manageable(long id, AuditAction action, String step) {
        currentUser.require(Role.HR_OFFICER, Role.COMMISSION_MEMBER, Role.ADMIN);
        ReserveEntry e = em.find(ReserveEntry.class, id);
        if (e == null || !scope.coversReservePerson(e.getPersonId())) {
            audit.record(action, Outcome.DENIED, "reserve-entry", String.valueOf(id),
                    step + ": outside scope or no such entry");
            throw new NotFoundException(ReserveError.ENTRY_NOT_FOUND, id);
        }
        return e;
    }

    /** The entry as shown (names looked up; not audited, the callers audit). */
    EntryDetail detail(ReserveEntry e) {
        Object[] o = em.createQuery("select p.lastName, p.firstName, p.middleName, m.name, g.code, g.nameRu "
                        + "from Person p, Municipality m, PositionGroup g where p.id = :p and m.id = :m and g.id = :g",
                        Object[].class).setParameter("p", e.getPersonId()).setParameter("m", e.getMunicipalityId())
                .setParameter("g", e.getTargetGroupId()).getSingleResult();
        String position = e.getTargetPositionId() == null ? null
                : em.find(Position.class, e.getTargetPositionId()).getName();
        Reserve r = e.getReserve();
        EntryRow row = new EntryRow(e.getId(), r.getCode(), r.getName(), e.getPersonId(),
                Person.fullName((String) o[0], (String) o[1], (String) o[2]), e.getMunicipalityId(), (String) o[3],
                e.getTargetGroupId(), (String) o[4], (String) o[5], e.getTargetPositionId(), position, e.getStatus(),
                e.getReadiness(), e.getNominatedOn(), e.getIncludedOn(), e.getValidUntil(),
                e.daysInReserve(LocalDate.now(clock)), e.getVersion());
        List<EventRow> history = em.createQuery("select v from EntryEvent v where v.entry = :e order by v.seq",
                org.munacademy.reserve.entity.EntryEvent.class).setParameter("e", e).getResultStream()
                .map(EventRow::of).toList();
        return new EntryDetail(row, r.getId(), e.getBasis(), e.getBasisDocument(), e.getNominatedBy(),
                e.getNominationNote(), e.getExtensions(), e.getRefusals(), e.getClosedOn(), e.getExclusionGround(),
                e.getClosingComment(), e.getDecisionProtocolId(), e.getReadinessFit(), e.getReadinessBelowMin(),
                e.getReadinessOn(), history);
    }
}
