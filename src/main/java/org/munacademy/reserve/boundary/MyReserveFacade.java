package org.munacademy.reserve.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.DataScope;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;
import org.munacademy.organisation.boundary.OrganisationFacade;
import org.munacademy.organisation.entity.PositionGroupRow;
import org.munacademy.reserve.entity.EntryEventKind;
import org.munacademy.reserve.entity.EntryStatus;
import org.munacademy.reserve.entity.MyEntryRow;
import org.munacademy.reserve.entity.MyEntryRow.HistoryLine;
import org.munacademy.reserve.entity.ReserveEntry;
import org.munacademy.reserve.entity.ReserveTiles;

/**
 * «Мой резерв»: the caller's own entries in any reserve (every status, newest first) with their history — their own
 * data, so no scope check and no audit; and the figures of the home page's reserve tiles: HR's nominations waiting
 * and entries ending soon within their scope (counts), a commission member's nominations waiting for each of their
 * commissions. Four statements for the entries whatever their number (entries with reserves, events, groups,
 * positions).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyReserveFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    DataScope scope;

    @Inject
    Clock clock;

    @Inject
    OrganisationFacade organisation;

    @Inject
    @ConfigProperty(name = "academy.reserve.first-notice-days", defaultValue = "60")
    int expiringDays;

    /** The caller's entries, newest first, each with its history in order; none for an account without a person. */
    public List<MyEntryRow> mine() {
        Caller caller = currentUser.require();
        if (caller.personId() == null) {
            return List.of();
        }
        List<ReserveEntry> entries = em.createQuery("select e from ReserveEntry e join fetch e.reserve "
                + "where e.personId = :p order by e.id desc", ReserveEntry.class)
                .setParameter("p", caller.personId()).getResultList();
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Long, List<HistoryLine>> history = new HashMap<>();
        em.createQuery("select ev.entry.id, ev.seq, ev.kind, ev.status, ev.happenedOn, ev.actor, ev.detail "
                        + "from EntryEvent ev where ev.entry.id in :ids order by ev.entry.id, ev.seq", Object[].class)
                .setParameter("ids", entries.stream().map(ReserveEntry::getId).toList()).getResultList()
                .forEach(r -> history.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new HistoryLine(
                        (Long) r[1], (EntryEventKind) r[2], (EntryStatus) r[3], (LocalDate) r[4], (String) r[5],
                        (String) r[6])));
        Map<Long, PositionGroupRow> groups = new HashMap<>();
        Map<Long, String> positions = new HashMap<>();
        for (PositionGroupRow g : organisation.positionGroups()) {
            groups.put(g.id(), g);
            g.positions().forEach(p -> positions.put(p.id(), p.name()));
        }
        LocalDate today = LocalDate.now(clock);
        return entries.stream().map(e -> {
            PositionGroupRow g = groups.get(e.getTargetGroupId());
            return new MyEntryRow(e.getId(), e.getReserve().getCode(), e.getReserve().getName(),
                    e.getReserve().getLevel(), g == null ? null : g.code(), g == null ? null : g.nameRu(),
                    g == null ? null : g.nameEn(), e.getTargetPositionId() == null ? null
                            : positions.get(e.getTargetPositionId()), e.getStatus(), e.getBasis(),
                    e.getNominatedOn(), e.getIncludedOn(), e.getValidUntil(), e.getExtensions(), e.getClosedOn(),
                    e.getExclusionGround(), e.getReadiness(), e.getReadinessFit(), e.getReadinessBelowMin(),
                    e.getReadinessOn(), e.daysInReserve(today), List.copyOf(history.getOrDefault(e.getId(),
                            List.of())));
        }).toList();
    }

    /** The home tiles' figures for the caller (zero for roles that have no such tile). */
    public ReserveTiles tiles() {
        Caller caller = currentUser.require();
        long waiting = 0;
        long expiring = 0;
        if (caller.hasAnyRole(Role.HR_OFFICER, Role.ADMIN)) {
            LocalDate today = LocalDate.now(clock);
            waiting = count(EntryStatus.NOMINATED, null, null);
            expiring = countExpiring(today, today.plusDays(expiringDays));
        }
        List<ReserveTiles.Queue> queues = List.of();
        if (caller.hasRole(Role.COMMISSION_MEMBER) && caller.accountId() != null) {
            queues = em.createQuery("select r.code, r.name, (select count(e) from ReserveEntry e where e.reserve = r "
                            + "and e.status = :s) from CommissionMember m join m.reserve r where m.accountId = :a "
                            + "order by r.code", Object[].class).setParameter("s", EntryStatus.NOMINATED)
                    .setParameter("a", caller.accountId()).getResultList().stream()
                    .map(r -> new ReserveTiles.Queue((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
                    .toList();
        }
        return new ReserveTiles(waiting, expiring, expiringDays, queues);
    }

    private long count(EntryStatus status, LocalDate from, LocalDate to) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<ReserveEntry> e = q.from(ReserveEntry.class);
        List<Predicate> where = new ArrayList<>();
        where.add(status == null ? e.get("status").in(EntryStatus.IN_RESERVE) : cb.equal(e.get("status"), status));
        if (from != null) {
            where.add(cb.between(e.get("validUntil"), from, to));
        }
        where.add(scope.personIn(cb, q, e.get("personId")));
        q.select(cb.count(e)).where(where.toArray(Predicate[]::new));
        return em.createQuery(q).getSingleResult();
    }

    private long countExpiring(LocalDate from, LocalDate to) {
        return count(null, from, to);
    }
}
