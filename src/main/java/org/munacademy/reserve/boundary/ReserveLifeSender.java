package org.munacademy.reserve.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.munacademy.identity.boundary.Recipients;
import org.munacademy.identity.boundary.RegistryPersons;
import org.munacademy.identity.entity.RegistryPerson;
import org.munacademy.identity.entity.Role;
import org.munacademy.reserve.control.ReadinessRefresh;
import org.munacademy.reserve.control.ReserveNotices;
import org.munacademy.reserve.control.ReserveNotices.Expiry;
import org.munacademy.reserve.control.ReserveNotices.Facts;
import org.munacademy.reserve.control.ReserveNotices.Windows;
import org.munacademy.reserve.entity.EntryEvent;
import org.munacademy.reserve.entity.EntryEventKind;
import org.munacademy.reserve.entity.EntryStatus;
import org.munacademy.reserve.entity.Offer;
import org.munacademy.reserve.entity.OfferAnswer;
import org.munacademy.reserve.entity.ReserveEntry;
import org.munacademy.reserve.entity.ReserveNotice;
import org.munacademy.shared.boundary.Notifier;
import org.munacademy.shared.boundary.TrustsItsCaller;

/**
 * The database side of the reserve's daily job, one entry (or one event) per transaction, each claimed so that it
 * happens exactly once on any number of nodes:
 * <ul>
 * <li><b>Expiry</b>: a conditional UPDATE moves the entry's version only while it is still in the reserve and past
 * its term; the node whose UPDATE counts 1 holds the row's lock until it commits, then expires the entry through
 * {@link ReserveEntry#expire} (the EXPIRED line of history). A second node's UPDATE waits for that lock and then finds
 * the entry EXPIRED: 0 rows, nothing to do.</li>
 * <li><b>Notices to HR</b> 60 and 14 days before the end: claimed by a conditional UPDATE of {@code notified_60} /
 * {@code notified_14} (the second sets both), then an EXPIRY_NOTICE line of history and a notice to every HR officer
 * whose scope covers the entry's place.</li>
 * <li><b>Notices to the person</b>: one per event of the kinds {@link ReserveNotices#TOLD}, claimed by a conditional
 * UPDATE of the event's {@code notified} (V18).</li>
 * <li><b>Readiness</b> of open entries computed before today (or never): a batch of up to
 * {@link ReadinessRefresh#BATCH} entries per transaction, claimed by the entries' optimistic version rather than a
 * conditional UPDATE per entry. A claim UPDATE per entry would cost a statement per entry on top of the entry's own
 * UPDATE, and a recomputation that runs twice is harmless until it commits (it sends nothing; the readiness lines
 * are never told to persons): what must happen once is the commit, and the version check guarantees that — of two
 * nodes computing the same entry, the second's UPDATE finds the version moved, fails, and rolls its whole batch
 * back.</li>
 * <li><b>Silence past an offer's due date</b> is a refusal ({@link OfferFacade}): a conditional UPDATE claims the offer
 * while it is still PENDING and overdue, then it is recorded as REFUSED and counted towards the reserve's refusals
 * allowed (OFFER_REFUSED in the history) — unless the entry has left the reserve meanwhile (then only the offer is
 * closed).</li>
 * </ul>
 * A rollback releases the claim together with the change and the notice.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
@TrustsItsCaller("the reserve's daily job")
public class ReserveLifeSender {

    /** How dates appear in notices. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Where the person reads about their entries, and HR about the reserve. */
    static final String MINE = "reserve/mine";
    static final String RESERVE = "reserve";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Recipients recipients;

    @Inject
    RegistryPersons persons;

    @Inject
    Notifier notifier;

    @Inject
    ReadinessRecorder readiness;

    @Inject
    LiftLookups lookups;

    /** Entries in the reserve whose term ended before today. */
    public List<Long> dueToExpire(LocalDate today) {
        return em.createQuery("select e.id from ReserveEntry e where e.status in :open and e.validUntil < :today "
                + "order by e.id", Long.class).setParameter("open", ReserveNotices.OPEN)
                .setParameter("today", today).getResultList();
    }

    /** Expires the entry when it is still due; returns whether this call did (false: another node did, or not due). */
    public boolean expire(long entryId, LocalDate today) {
        int claimed = em.createQuery("update ReserveEntry e set e.version = e.version + 1 where e.id = :id "
                        + "and e.status in :open and e.validUntil < :today")
                .setParameter("id", entryId).setParameter("open", ReserveNotices.OPEN)
                .setParameter("today", today).executeUpdate();
        if (claimed != 1) {
            return false;
        }
        ReserveEntry e = em.find(ReserveEntry.class, entryId);
        em.refresh(e);
        e.expire(today, clock.instant());
        return true;
    }

    /** Entries in the reserve with a notice to HR due now (the first window not yet told, or the second). */
    public List<Long> dueForNotice(LocalDate today, Windows w) {
        // only entries with a notice due now: an entry told of the first window is not read again until the second
        return em.createQuery("select e.id from ReserveEntry e where e.status in :open and e.validUntil >= :today "
                        + "and ((e.notified60 = false and e.validUntil <= :first) "
                        + "or (e.notified14 = false and e.validUntil <= :second)) order by e.id", Long.class)
                .setParameter("open", ReserveNotices.OPEN).setParameter("today", today)
                .setParameter("first", ReserveNotices.lookAheadTo(today, w))
                .setParameter("second", today.plusDays(w.secondDays())).getResultList();
    }

    /** Sends the notice to HR due today for the entry, if any; returns which one this call sent. */
    public Optional<Expiry> noticeHr(long entryId, LocalDate today, Windows w) {
        ReserveEntry e = em.find(ReserveEntry.class, entryId);
        if (e == null) {
            return Optional.empty();
        }
        em.refresh(e);
        Optional<Expiry> due = ReserveNotices.noticeDue(new Facts(e.getStatus(), e.getValidUntil(),
                e.isNotified60(), e.isNotified14()), today, w);
        if (due.isEmpty()) {
            return due;
        }
        String set = due.get() == Expiry.SECOND ? "e.notified14 = true, e.notified60 = true" : "e.notified60 = true";
        String unset = due.get() == Expiry.SECOND ? "e.notified14 = false" : "e.notified60 = false";
        int claimed = em.createQuery("update ReserveEntry e set " + set + ", e.version = e.version + 1 "
                        + "where e.id = :id and " + unset + " and e.status in :open and e.validUntil = :until")
                .setParameter("id", entryId).setParameter("open", ReserveNotices.OPEN)
                .setParameter("until", e.getValidUntil()).executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        em.refresh(e);
        long left = ReserveNotices.daysLeft(e.getValidUntil(), today);
        e.event(EntryEventKind.EXPIRY_NOTICE, today, ReserveEntry.SYSTEM, due.get().notice().name() + ": "
                + left, clock.instant());
        String name = persons.of(List.of(e.getPersonId())).values().stream().findFirst()
                .map(RegistryPerson::fullName).orElse("—");
        notifier.send(recipients.ofRoleAt(Role.HR_OFFICER, e.getRegionId(), e.getMunicipalityId()),
                due.get().notice(), RESERVE + "/entry/" + e.getId(), name, e.getReserve().getName(),
                DATE.format(e.getValidUntil()), String.valueOf(left));
        return due;
    }

    /**
     * Open entries whose readiness is due today ({@link ReadinessRefresh#due}: never computed, or computed before
     * today), after the given id, in order of id, at most {@code limit}: one statement, also when none is due.
     */
    public List<Long> dueForReadiness(LocalDate today, long afterId, int limit) {
        return em.createQuery("select e.id from ReserveEntry e where e.id > :after and e.status in :open "
                        + "and (e.readinessOn is null or e.readinessOn < :today) order by e.id", Long.class)
                .setParameter("after", afterId).setParameter("open", ReadinessRefresh.OPEN)
                .setParameter("today", today).setMaxResults(limit).getResultList();
    }

    /**
     * Computes and records the readiness of those of the entries still due (another node, or new evidence, may have
     * done some since they were listed), all in this one transaction; returns how many it computed and changed. The
     * claim is the entries' optimistic version: the UPDATE of each entry requires the version read here, so when
     * another node or a user changed one of them meanwhile, the flush fails and the whole batch rolls back with its
     * lines of history (the job then retries the batch entry by entry, and finds the other's work no longer due).
     */
    public Refreshed refreshReadiness(List<Long> entryIds, LocalDate today) {
        if (entryIds.isEmpty()) {
            return new Refreshed(0, 0);
        }
        List<ReserveEntry> due = em.createQuery("select e from ReserveEntry e where e.id in :ids "
                        + "and e.status in :open and (e.readinessOn is null or e.readinessOn < :today) "
                        + "order by e.id", ReserveEntry.class)
                .setParameter("ids", entryIds).setParameter("open", ReadinessRefresh.OPEN)
                .setParameter("today", today).getResultList();
        int changed = readiness.recordAll(due, today);
        em.flush();
        return new Refreshed(due.size(), changed);
    }

    /** The entries whose readiness one call computed, and how many of them changed level. */
    public record Refreshed(int computed, int changed) {

        Refreshed plus(Refreshed other) {
            return new Refreshed(computed + other.computed, changed + other.changed);
        }
    }

    /** Offers still waiting for an answer whose due date passed before today. */
    public List<Long> overdueOffers(LocalDate today) {
        return em.createQuery("select o.id from Offer o where o.answer = :pending and o.answerDue < :today "
                + "order by o.id", Long.class).setParameter("pending", OfferAnswer.PENDING)
                .setParameter("today", today).getResultList();
    }

    /** Records the silence as a refusal while the offer is unanswered and overdue; returns whether this call did. */
    public boolean lapse(long offerId, LocalDate today) {
        int claimed = em.createQuery("update Offer o set o.version = o.version + 1 where o.id = :id "
                        + "and o.answer = :pending and o.answerDue < :today")
                .setParameter("id", offerId).setParameter("pending", OfferAnswer.PENDING)
                .setParameter("today", today).executeUpdate();
        if (claimed != 1) {
            return false;
        }
        Offer offer = em.find(Offer.class, offerId);
        em.refresh(offer);
        offer.answer(OfferAnswer.REFUSED, today, "Нет ответа в срок (до " + DATE.format(offer.getAnswerDue())
                + ")");
        ReserveEntry e = offer.getEntry();
        if (e.getStatus().inReserve()) {
            String what = LiftLookups.label(lookups.positions(List.of(offer.getPositionId()))
                    .get(offer.getPositionId()));
            e.recordRefusal(today, what, offer.getComment(), ReserveEntry.SYSTEM, clock.instant());
        }
        return true;
    }

    /** Events the person has not been told about yet, of the kinds they are told about. */
    public List<Long> untoldEvents() {
        return em.createQuery("select ev.id from EntryEvent ev where ev.notified = false and ev.kind in :kinds "
                + "order by ev.id", Long.class).setParameter("kinds", ReserveNotices.TOLD.keySet())
                .getResultList();
    }

    /** Tells the person about one event, once; returns whether this call did. */
    public boolean tell(long eventId) {
        int claimed = em.createNativeQuery("UPDATE reserve_entry_event SET notified = TRUE WHERE id = ? "
                + "AND notified = FALSE").setParameter(1, eventId).executeUpdate();
        if (claimed != 1) {
            return false;
        }
        EntryEvent ev = em.find(EntryEvent.class, eventId);
        ReserveNotice notice = ReserveNotices.TOLD.get(ev.getKind());
        if (notice == null) {
            return false;
        }
        ReserveEntry e = ev.getEntry();
        notifier.send(recipients.ofPersons(List.of(e.getPersonId())), notice, MINE, e.getReserve().getName(),
                DATE.format(ev.getHappenedOn()), e.getValidUntil() == null || e.getStatus() == EntryStatus.NOT_INCLUDED
                        ? "—" : DATE.format(e.getValidUntil()), ev.getDetail() == null ? "" : ev.getDetail());
        return true;
    }
}
