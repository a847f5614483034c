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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.DataScope;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent;
import org.munacademy.identity.entity.PersonCard;
import org.munacademy.identity.entity.PersonData;
import org.munacademy.identity.entity.Role;
import org.munacademy.organisation.entity.Municipality;
import org.munacademy.organisation.entity.Position;
import org.munacademy.reserve.entity.Appointment;
import org.munacademy.reserve.entity.AppointmentFilter;
import org.munacademy.reserve.entity.AppointmentListRow;
import org.munacademy.reserve.entity.AppointmentRequest;
import org.munacademy.reserve.entity.LiftError;
import org.munacademy.reserve.entity.OfferAnswer;
import org.munacademy.reserve.entity.ReserveEntry;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.entity.PageResult;

/**
 * Appointments (career lifts and every other appointment, so that the share filled from the reserve is honest).
 * <ul>
 * <li>HR (administrators: anyone) records an appointment of a person of their scope to a position, in a municipality
 * of their scope, on a day, by an order; the from-position is the person's current one.</li>
 * <li><b>From the reserve</b> names the person's entry in the reserve, which closes as APPOINTED. <b>Consent rule</b>:
 * the person accepted an offer of that very position for that entry, or HR ticks {@code consent} for consent given
 * in writing outside the system (e.g. the runner-up of a vacancy contest); without either, 409.</li>
 * <li>The person's position and workplace move to the new ones through identity's {@link PersonFacade#update} when
 * the day has come (an appointment dated later leaves the card for HR to change on the day).</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class AppointmentFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    DataScope scope;

    @Inject
    PersonFacade persons;

    @Inject
    InputValidator validator;

    @Inject
    LiftLookups lookups;

    @Inject
    AuditLog audit;

    public AppointmentListRow record(AppointmentRequest request) {
        Caller caller = currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        if (request == null) {
            throw new InvalidInputException("body", LiftError.BODY_EMPTY);
        }
        validator.validate(request);
        PersonCard card = persons.card(request.getPersonId());
        Position position = lookups.position(request.getPositionCode());
        Municipality m = lookups.municipalityInScope(request.getMunicipalityId());
        ReserveEntry entry = null;
        if (request.getEntryId() != null) {
            entry = lookups.managedEntry(request.getEntryId());
            if (!entry.getPersonId().equals(card.id())) {
                throw new InvalidInputException("entryId", LiftError.ENTRY_OF_ANOTHER_PERSON, entry.getId());
            }
            if (!request.isConsent() && !acceptedOffer(entry, position.getId())) {
                throw new BusinessException(LiftError.CONSENT_REQUIRED);
            }
        }
        String order = request.getOrderNumber().strip();
        Appointment a = new Appointment(card.id(), card.positionId(), new Appointment.To(position.getId(),
                position.getGroup().getId(), m.getId(), m.getRegion().getId()), request.getAppointedOn(), order,
                entry == null ? null : entry.getId(), caller.username(), clock.instant());
        em.persist(a);
        if (entry != null) {
            entry.appoint(request.getAppointedOn(), "Приказ № " + order + ": " + position.getCode() + " "
                    + position.getName() + (request.isConsent() ? " (письменное согласие)" : ""), caller.username(),
                    clock.instant());
        }
        em.flush();
        if (!request.getAppointedOn().isAfter(LocalDate.now(clock))) {
            PersonData data = card.toData();
            data.setPositionId(position.getId());
            data.setMunicipalityId(m.getId());
            persons.update(card.id(), data);
        }
        return new AppointmentListRow(a.getId(), card.id(), card.fullName(), card.positionName(), position.getName(),
                m.getId(), m.getName(), a.getAppointedOn(), a.getOrderNumber(), a.isFromReserve(), a.getEntryId());
    }

    private boolean acceptedOffer(ReserveEntry entry, long positionId) {
        return !em.createQuery("select o.id from Offer o where o.entry = :e and o.positionId = :p and o.answer = :a",
                Long.class).setParameter("e", entry).setParameter("p", positionId)
                .setParameter("a", OfferAnswer.ACCEPTED).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Appointments of persons in the caller's scope, newest first (by day, then as recorded), with the persons' names
     * (an audited bulk read) and the positions' names: four statements whatever the page's size.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<AppointmentListRow> list(AppointmentFilter filter, Page page) {
        currentUser.require(Role.HR_OFFICER, Role.COMMISSION_MEMBER, Role.ADMIN);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Appointment> q = cb.createQuery(Appointment.class);
        Root<Appointment> a = q.from(Appointment.class);
        q.select(a).where(where(cb, q, a, filter)).orderBy(cb.desc(a.get("appointedOn")), cb.desc(a.get("id")));
        List<Appointment> found = em.createQuery(q).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList();
        CriteriaQuery<Long> c = cb.createQuery(Long.class);
        Root<Appointment> ca = c.from(Appointment.class);
        c.select(cb.count(ca)).where(where(cb, c, ca, filter));
        long total = found.size() < page.limit() && page.offset() == 0 ? found.size()
                : em.createQuery(c).getSingleResult();
        if (found.isEmpty()) {
            return new PageResult<>(List.of(), total, page.offset(), page.limit());
        }
        Map<Long, String> names = lookups.personNames(found.stream().map(Appointment::getPersonId)
                .collect(Collectors.toSet()));
        audit.record(AuditAction.PERSONS_LISTED, AuditEvent.Outcome.SUCCESS, "reserve-appointment", null,
                "rows=" + found.size() + ", offset=" + page.offset());
        Set<Long> positionIds = new HashSet<>();
        found.forEach(x -> {
            positionIds.add(x.getToPositionId());
            if (x.getFromPositionId() != null) {
                positionIds.add(x.getFromPositionId());
            }
        });
        Map<Long, String[]> positions = lookups.positions(positionIds);
        Map<Long, String> municipalities = lookups.municipalityNames(found.stream().map(Appointment::getMunicipalityId)
                .collect(Collectors.toSet()));
        Function<Long, String> positionName = id -> id == null || !positions.containsKey(id) ? null
                : positions.get(id)[1];
        return new PageResult<>(found.stream().map(x -> new AppointmentListRow(x.getId(), x.getPersonId(),
                names.get(x.getPersonId()), positionName.apply(x.getFromPositionId()),
                positionName.apply(x.getToPositionId()), x.getMunicipalityId(),
                municipalities.get(x.getMunicipalityId()), x.getAppointedOn(), x.getOrderNumber(), x.isFromReserve(),
                x.getEntryId())).toList(), total, page.offset(), page.limit());
    }

    private Predicate[] where(CriteriaBuilder cb, jakarta.persistence.criteria.AbstractQuery<?> q,
            Root<Appointment> a, AppointmentFilter f) {
        List<Predicate> where = new ArrayList<>();
        where.add(scope.reservePersonIn(cb, q, a.get("personId")));
        if (f.regionId() != null) {
            where.add(cb.equal(a.get("regionId"), f.regionId()));
        }
        if (f.municipalityId() != null) {
            where.add(cb.equal(a.get("municipalityId"), f.municipalityId()));
        }
        if (f.from() != null) {
            where.add(cb.greaterThanOrEqualTo(a.get("appointedOn"), f.from()));
        }
        if (f.to() != null) {
            where.add(cb.lessThanOrEqualTo(a.get("appointedOn"), f.to()));
        }
        return where.toArray(Predicate[]::new);
    }
}
