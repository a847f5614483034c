package org.munacademy.reserve.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;
import org.munacademy.organisation.entity.Position;
import org.munacademy.reserve.entity.EntryEventKind;
import org.munacademy.reserve.entity.LiftError;
import org.munacademy.reserve.entity.Offer;
import org.munacademy.reserve.entity.OfferAnswer;
import org.munacademy.reserve.entity.OfferReply;
import org.munacademy.reserve.entity.OfferRequest;
import org.munacademy.reserve.entity.OfferRow;
import org.munacademy.reserve.entity.ReserveEntry;
import org.munacademy.reserve.entity.ReserveError;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.ConcurrentModificationException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.SharedError;

/**
 * Offers of a position to a person in the reserve, and the person's answer.
 * <ul>
 * <li>HR (administrators: anyone) offers a position to the person of an entry in the reserve whose person lies in
 * their scope, in a municipality of their scope; one offer at a time waits for an answer (409). The entry's history
 * records OFFER_MADE.</li>
 * <li>Only the person answers their own offer: ACCEPTED is their consent (OFFER_ACCEPTED), which an appointment from
 * the reserve needs; REFUSED needs the reason and counts towards the reserve's refusals allowed
 * ({@link ReserveEntry#recordRefusal}). When the refusals reach the limit the entry shows
 * {@code refusalsExhausted}: a ground the commission may act on in a protocol — never an automatic exclusion.</li>
 * <li><b>After the due date silence is a refusal</b> (as municipal acts put it, «непредставление ответа в срок
 * считается отказом»): the reserve's job ({@link ReserveLifeSender#lapse}) records an offer still unanswered after
 * {@code answer_due} as REFUSED and counts it, once on any number of nodes; a consent given after the due date is
 * refused (409 OFFER_OVERDUE, whether or not the job has run yet), a refusal given after it is recorded and counted
 * like the silence. Either way the row says {@code overdue}.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class OfferFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    InputValidator validator;

    @Inject
    LiftLookups lookups;

    /** HR offers a position to the person of an entry in the reserve (in scope). */
    public OfferRow offer(OfferRequest request) {
        Caller caller = currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        validator.validate(request);
        ReserveEntry entry = lookups.managedEntry(request.getEntryId());
        if (!entry.getStatus().inReserve()) {
            throw new BusinessException(ReserveError.ENTRY_STATUS, "offer", entry.getStatus().name());
        }
        Position position = lookups.position(request.getPositionCode());
        long municipality = request.getMunicipalityId() == null ? entry.getMunicipalityId()
                : request.getMunicipalityId();
        lookups.municipalityInScope(municipality);
        List<Offer> pending = em.createQuery("select o from Offer o where o.entry = :e and o.answer = :a", Offer.class)
                .setParameter("e", entry).setParameter("a", OfferAnswer.PENDING).getResultList();
        if (!pending.isEmpty()) {
            throw new BusinessException(LiftError.OFFER_PENDING, pending.get(0).getAnswerDue());
        }
        LocalDate today = LocalDate.now(clock);
        Offer offer = new Offer(entry, position.getId(), municipality, today, caller.username());
        em.persist(offer);
        entry.event(EntryEventKind.OFFER_MADE, today, caller.username(), position.getCode() + " "
                + position.getName() + "; ответ до " + offer.getAnswerDue(), clock.instant());
        em.flush();
        return row(offer, position.getCode(), position.getName());
    }

    /** The caller's own offers, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfferRow> mine() {
        Caller caller = currentUser.require();
        if (caller.personId() == null) {
            return List.of();
        }
        return rows(em.createQuery("select o from Offer o join fetch o.entry e join fetch e.reserve "
                + "where e.personId = :p order by o.id desc", Offer.class)
                .setParameter("p", caller.personId()).getResultList());
    }

    /** The offers of an entry in the caller's scope, newest first (an audited read of personal data). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfferRow> ofEntry(long entryId) {
        currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        ReserveEntry entry = lookups.managedEntry(entryId);
        List<OfferRow> rows = rows(em.createQuery("select o from Offer o join fetch o.entry e join fetch e.reserve "
                + "where e = :e order by o.id desc", Offer.class).setParameter("e", entry).getResultList());
        audit.record(AuditAction.PERSON_READ, AuditEvent.Outcome.SUCCESS, "reserve-offers", String.valueOf(entryId),
                "person " + entry.getPersonId());
        return rows;
    }

    /**
     * The person answers their own offer (another's: 404). See the class comment for the rule after the due date.
     * {@code version}, when given, must be the one read (409).
     */
    public OfferRow answer(long offerId, OfferReply reply) {
        Caller caller = currentUser.require();
        if (reply == null || reply.getAnswer() == null || reply.getAnswer() == OfferAnswer.PENDING) {
            throw new InvalidInputException("answer", LiftError.ANSWER_REQUIRED);
        }
        validator.validate(reply);
        Offer offer = em.find(Offer.class, offerId);
        if (offer == null || caller.personId() == null
                || !caller.personId().equals(offer.getEntry().getPersonId())) {
            throw new NotFoundException(LiftError.OFFER_NOT_FOUND, offerId);
        }
        if (reply.getVersion() != null && reply.getVersion() != offer.getVersion()) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        LocalDate today = LocalDate.now(clock);
        boolean overdue = today.isAfter(offer.getAnswerDue());
        if (overdue && reply.getAnswer() == OfferAnswer.ACCEPTED
                && (offer.getAnswer() == OfferAnswer.PENDING || offer.lapsed())) {
            throw new BusinessException(LiftError.OFFER_OVERDUE, offer.getAnswerDue());
        }
        if (offer.getAnswer() != OfferAnswer.PENDING) {
            throw new BusinessException(LiftError.OFFER_ANSWERED, offer.getAnswer().name());
        }
        OfferAnswer given = overdue ? OfferAnswer.REFUSED : reply.getAnswer();
        String comment = reply.getComment() == null || reply.getComment().isBlank() ? null : reply.getComment().strip();
        if (given == OfferAnswer.REFUSED && !overdue && comment == null) {
            throw new InvalidInputException("comment", LiftError.COMMENT_REQUIRED);
        }
        ReserveEntry entry = offer.getEntry();
        offer.answer(given, today, overdue ? "Ответ после срока (" + offer.getAnswerDue() + ")"
                + (comment == null ? "" : ": " + comment) : comment);
        Map<Long, String[]> position = lookups.positions(List.of(offer.getPositionId()));
        String what = LiftLookups.label(position.get(offer.getPositionId()));
        if (given == OfferAnswer.ACCEPTED) {
            entry.event(EntryEventKind.OFFER_ACCEPTED, today, caller.username(), what, clock.instant());
        } else {
            entry.recordRefusal(today, what, offer.getComment(), caller.username(), clock.instant());
        }
        em.flush();
        String[] p = position.get(offer.getPositionId());
        return row(offer, p == null ? null : p[0], p == null ? null : p[1]);
    }

    private List<OfferRow> rows(List<Offer> offers) {
        Map<Long, String[]> positions = lookups.positions(offers.stream().map(Offer::getPositionId)
                .collect(Collectors.toSet()));
        return offers.stream().map(o -> {
            String[] p = positions.get(o.getPositionId());
            return row(o, p == null ? null : p[0], p == null ? null : p[1]);
        }).toList();
    }

    static OfferRow row(Offer o, String positionCode, String positionName) {
        ReserveEntry e = o.getEntry();
        boolean overdue = o.getAnsweredOn() != null && o.getAnsweredOn().isAfter(o.getAnswerDue());
        return new OfferRow(o.getId(), e.getId(), e.getPersonId(), e.getReserve().getCode(), o.getPositionId(),
                positionCode, positionName, o.getMunicipalityId(), o.getOfferedOn(), o.getAnswerDue(), o.getAnswer(),
                o.getAnsweredOn(), o.getComment(), overdue, e.getRefusals(), e.getReserve().getRefusalsAllowed(),
                e.refusalsExhausted(), o.getVersion());
    }
}
