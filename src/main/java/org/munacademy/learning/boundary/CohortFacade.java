package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.PersonRow;
import org.munacademy.identity.entity.Role;
import org.munacademy.learning.entity.Cohort;
import org.munacademy.learning.entity.CohortData;
import org.munacademy.learning.entity.CohortRow;
import org.munacademy.learning.entity.CohortStatus;
import org.munacademy.learning.entity.Enrolment;
import org.munacademy.learning.entity.EnrolmentError;
import org.munacademy.learning.entity.EnrolmentRow;
import org.munacademy.learning.entity.Programme;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.entity.ConcurrentModificationException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.SharedError;

/**
 * Cohorts (offerings) of published programmes: everybody signed in sees a programme's cohorts with dates, seats and
 * window; methodologists and administrators create and change them (a change names the version read); HR officers
 * see the participants of their scope, administrators all of them.
 */
@ApplicationScoped
@Transactional
public class CohortFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    InputValidator validator;

    @Inject
    Programmes programmes;

    @Inject
    Enrolments enrolments;

    @Inject
    PersonFacade persons;

    /** A programme's cohorts that are not cancelled, by start date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CohortRow> ofProgramme(String programmeCode) {
        Programme p = programmes.visible(programmeCode);
        return em.createQuery("select c from Cohort c where c.programme = :p and c.status = :s "
                + "order by c.startsOn, c.id", Cohort.class).setParameter("p", p)
                .setParameter("s", CohortStatus.OPEN).getResultList().stream().map(Cohort::row).toList();
    }

    /** The cohorts whose self-enrolment window is open today, by start date (everybody signed in). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CohortRow> openToday() {
        currentUser.require();
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select c from Cohort c join fetch c.programme where c.status = :s "
                + "and c.enrolFrom <= :d and c.enrolTo >= :d order by c.startsOn, c.id", Cohort.class)
                .setParameter("s", CohortStatus.OPEN).setParameter("d", today).getResultList().stream()
                .map(Cohort::row).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CohortRow get(String code) {
        currentUser.require();
        Cohort c = enrolments.cohort(code);
        programmes.visible(c.getProgramme().getCode());
        return c.row();
    }

    /** Offers a published programme in a new cohort (methodologists, administrators). */
    public CohortRow create(CohortData data) {
        Caller caller = currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        validator.validate(data);
        String code = data.getCode().strip();
        if (!em.createQuery("select c.id from Cohort c where lower(c.code) = lower(:c)", Long.class)
                .setParameter("c", code).getResultList().isEmpty()) {
            throw new InvalidInputException("code", EnrolmentError.COHORT_CODE_TAKEN, code);
        }
        Cohort c = new Cohort(code, programmes.find(data.getProgrammeCode().strip()), caller.username(),
                clock.instant());
        c.apply(data);
        em.persist(c);
        em.flush();
        return c.row();
    }

    /** Changes a cohort's dates, seats, window and rule; the seats never fall below those taken. */
    public CohortRow update(String code, long expectedVersion, CohortData data) {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        validator.validate(data);
        Cohort c = enrolments.locked(code);
        if (c.getVersion() != expectedVersion) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        c.apply(data);
        while (c.seatFree() && waiting(c)) {
            enrolments.moveUp(c); // more seats: as many from the waiting list move up
        }
        em.flush();
        return c.row();
    }

    private boolean waiting(Cohort c) {
        return !em.createQuery("select e.id from Enrolment e where e.cohort = :c and e.status = "
                + "org.munacademy.learning.entity.EnrolmentStatus.WAITING", Long.class).setParameter("c", c)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Cancels a cohort: nobody enrols any more (methodologists, administrators). */
    public CohortRow cancel(String code) {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        Cohort c = enrolments.locked(code);
        c.cancel();
        em.flush();
        return c.row();
    }

    /**
     * The cohort's participants (every status) the caller manages: HR officers those of their scope, administrators
     * all; with names, statuses, waiting places and progress. Personal data: read through identity (audited there).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EnrolmentRow> participants(String code) {
        currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        Cohort c = enrolments.cohort(code);
        List<Enrolment> all = em.createQuery("select e from Enrolment e where e.cohort = :c "
                + "order by e.status, e.waitingNo, e.id", Enrolment.class).setParameter("c", c).getResultList();
        Map<Long, String> names = new HashMap<>();
        for (PersonRow r : persons.rows(all.stream().map(Enrolment::getPersonId).toList())) {
            names.put(r.id(), r.fullName());
        }
        List<EnrolmentRow> rows = new ArrayList<>();
        for (Enrolment e : all) {
            if (names.containsKey(e.getPersonId())) {
                rows.add(enrolments.row(e, names.get(e.getPersonId()), null));
            }
        }
        return rows;
    }

    /** The data of a cohort for the editor's form (methodologists, administrators). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CohortData data(String code) {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        Cohort c = enrolments.cohort(code);
        CohortData d = new CohortData();
        d.setCode(c.getCode());
        d.setProgrammeCode(c.getProgramme().getCode());
        d.setStartsOn(c.getStartsOn());
        d.setEndsOn(c.getEndsOn());
        d.setSeats(c.getSeats());
        d.setEnrolFrom(c.getEnrolFrom());
        d.setEnrolTo(c.getEnrolTo());
        d.setApproval(c.getApproval());
        d.setVersion(c.getVersion());
        return d;
    }
}
