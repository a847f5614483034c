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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.munacademy.competency.boundary.EvidenceFacade;
import org.munacademy.competency.entity.CurrentLevel;
import org.munacademy.competency.entity.Gap;
import org.munacademy.competency.entity.HeatMap;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.DataScope;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.PersonCard;
import org.munacademy.identity.entity.PersonFilter;
import org.munacademy.identity.entity.Role;
import org.munacademy.learning.entity.BulkEnrolment;
import org.munacademy.learning.entity.Cohort;
import org.munacademy.learning.entity.CohortApproval;
import org.munacademy.learning.entity.Enrolment;
import org.munacademy.learning.entity.EnrolmentError;
import org.munacademy.learning.entity.EnrolmentRow;
import org.munacademy.learning.entity.EnrolmentStatus;
import org.munacademy.learning.entity.GapCandidate;
import org.munacademy.learning.entity.LearningNotice;
import org.munacademy.learning.entity.Prerequisite;
import org.munacademy.learning.entity.PrerequisiteKind;
import org.munacademy.learning.entity.Programme;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.NotFoundException;

/**
 * Enrolment: a person enrols themselves within a cohort's window (prerequisites checked, each refusal saying what is
 * missing; a request where HR approves), HR officers enrol people of their scope one by one or in bulk — e.g. everyone
 * with a gap in a competency — and approve requests; the person or HR withdraws, and the first on the waiting list
 * moves up. Seats hold under concurrent enrolments: each step locks the cohort's row ({@link Enrolments}).
 */
@ApplicationScoped
@Transactional
public class EnrolmentFacade {

    /** The most persons one bulk enrolment takes. */
    public static final int BULK_MAX = 500;

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
    EvidenceFacade evidence;

    @Inject
    Programmes programmes;

    @Inject
    Enrolments enrolments;

    /**
     * The caller enrols in a cohort: within its window, meeting the programme's prerequisites (a position group of
     * those named, each competency at its least level, each programme named completed). A free cohort gives a seat or
     * the waiting list's next place; where HR approves, a request.
     */
    public EnrolmentRow enrolMe(String cohortCode) {
        Caller caller = currentUser.require();
        PersonCard card = persons.myCard().orElseThrow(() -> new BusinessException(EnrolmentError.NO_PERSON_CARD));
        Cohort cohort = enrolments.cohort(cohortCode);
        programmes.visible(cohort.getProgramme().getCode());
        cohort.requireOpen();
        LocalDate today = LocalDate.now(clock);
        if (!cohort.windowOpen(today)) {
            throw new BusinessException(EnrolmentError.WINDOW_CLOSED, Enrolments.DATE.format(cohort.getEnrolFrom()),
                    Enrolments.DATE.format(cohort.getEnrolTo()));
        }
        checkPrerequisites(cohort.getProgramme(), card);
        Cohort locked = enrolments.locked(cohortCode);
        boolean request = locked.getApproval() == CohortApproval.HR_APPROVES;
        Optional<Enrolment> existing = enrolments.of(locked, card.id());
        Enrolment e;
        if (existing.isPresent()) {
            if (existing.get().getStatus() != EnrolmentStatus.WITHDRAWN) {
                throw new BusinessException(EnrolmentError.ALREADY_ENROLLED, cohortCode);
            }
            e = existing.get();
            e.rejoin(request, clock.instant());
        } else {
            e = request ? Enrolment.request(locked, card.id(), caller.username(), clock.instant())
                    : Enrolment.place(locked, card.id(), caller.username(), clock.instant());
            em.persist(e);
        }
        em.flush();
        announce(e);
        return enrolments.row(e, card.fullName(), null);
    }

    private void announce(Enrolment e) {
        if (e.getStatus() == EnrolmentStatus.ENROLLED) {
            enrolments.tell(e, LearningNotice.ENROLLED);
        } else if (e.getStatus() == EnrolmentStatus.WAITING) {
            enrolments.tell(e, LearningNotice.WAITING);
        }
    }

    /** Refuses with the first prerequisite the person does not meet, in words. */
    private void checkPrerequisites(Programme p, PersonCard card) {
        List<Prerequisite> all = p.getPrerequisites();
        List<String> groups = all.stream().filter(r -> r.kind() == PrerequisiteKind.POSITION_GROUP)
                .map(Prerequisite::code).toList();
        if (!groups.isEmpty() && !groups.contains(card.positionGroupCode())) {
            throw new BusinessException(EnrolmentError.PREREQUISITE_NOT_MET, "position group " + String.join(" / ",
                    groups));
        }
        Map<String, CurrentLevel> levels = all.stream().anyMatch(r -> r.kind() == PrerequisiteKind.COMPETENCY_LEVEL)
                ? evidence.currentLevels(card.id()) : Map.of();
        for (Prerequisite r : all) {
            if (r.kind() == PrerequisiteKind.COMPETENCY_LEVEL) {
                CurrentLevel current = levels.get(r.code());
                if (current == null || current.level() == null || current.level() < r.minLevel()) {
                    throw new BusinessException(EnrolmentError.PREREQUISITE_NOT_MET, r.code() + " ≥ " + r.minLevel());
                }
            } else if (r.kind() == PrerequisiteKind.PROGRAMME && !enrolments.completedProgramme(card.id(), r.code())) {
                throw new BusinessException(EnrolmentError.PREREQUISITE_NOT_MET, r.code());
            }
        }
    }

    /** The caller's enrolments (every status), newest cohorts first, with their progress. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EnrolmentRow> mine() {
        currentUser.require();
        Optional<PersonCard> card = persons.myCard();
        if (card.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from Enrolment e join fetch e.cohort c join fetch c.programme "
                + "where e.personId = :p order by c.startsOn desc, e.id desc", Enrolment.class)
                .setParameter("p", card.get().id()).getResultList().stream()
                .map(e -> enrolments.row(e, card.get().fullName(), e.getStatus() == EnrolmentStatus.ENROLLED
                        || e.getStatus() == EnrolmentStatus.COMPLETED ? enrolments.percent(e) : null))
                .toList();
    }

    /**
     * Withdraws an enrolment: the person's own, or one of the HR officer's scope (administrators: any). A seat that
     * frees goes to the first on the waiting list.
     */
    public EnrolmentRow withdraw(long enrolmentId) {
        Enrolment e = manageable(enrolmentId);
        Cohort locked = enrolments.locked(e.getCohort().getCode());
        em.refresh(e);
        if (e.withdraw(clock.instant())) {
            enrolments.moveUp(locked);
        }
        em.flush();
        return enrolments.row(e, null, null);
    }

    /** HR approves a request of a person of their scope: a seat, else the waiting list. */
    public EnrolmentRow approve(long enrolmentId) {
        currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        Enrolment e = manageable(enrolmentId);
        enrolments.locked(e.getCohort().getCode());
        em.refresh(e);
        e.approve(clock.instant());
        em.flush();
        announce(e);
        return enrolments.row(e, null, null);
    }

    /** The enrolment if it is the caller's own or its person lies in the caller's managing scope; else not found. */
    private Enrolment manageable(long id) {
        Caller caller = currentUser.require();
        Enrolment e = enrolments.enrolment(id);
        boolean own = caller.personId() != null && caller.personId().equals(e.getPersonId());
        if (!own && !(caller.hasAnyRole(Role.HR_OFFICER, Role.ADMIN) && scope.coversPerson(e.getPersonId()))) {
            throw new NotFoundException(EnrolmentError.ENROLMENT_NOT_FOUND, id);
        }
        return e;
    }

    /**
     * HR enrols persons of their scope (administrators: anyone) into a cohort in one step — no approval and no window
     * needed, the HR officer decides. Each gets a seat while there are free ones, then the waiting list's next place;
     * persons outside the scope and those already in the cohort are skipped and named in the result.
     */
    public BulkEnrolment enrol(String cohortCode, List<Long> personIds) {
        Caller caller = currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        if (personIds == null || personIds.isEmpty()) {
            throw new InvalidInputException("personIds", EnrolmentError.TOO_MANY_PERSONS, BULK_MAX);
        }
        Set<Long> asked = new LinkedHashSet<>(personIds);
        if (asked.size() > BULK_MAX) {
            throw new InvalidInputException("personIds", EnrolmentError.TOO_MANY_PERSONS, BULK_MAX);
        }
        Set<Long> inScope = scope.personsAmong(asked);
        Cohort locked = enrolments.locked(cohortCode);
        locked.requireOpen();
        Map<Long, Enrolment> existing = new HashMap<>();
        for (Enrolment e : em.createQuery("select e from Enrolment e where e.cohort = :c and e.personId in :p",
                Enrolment.class).setParameter("c", locked).setParameter("p", asked).getResultList()) {
            existing.put(e.getPersonId(), e);
        }
        List<BulkEnrolment.Line> lines = new ArrayList<>();
        List<Enrolment> placed = new ArrayList<>();
        int enrolled = 0;
        int waiting = 0;
        for (Long id : asked) {
            if (!inScope.contains(id)) {
                lines.add(new BulkEnrolment.Line(id, null, EnrolmentError.PERSON_OUT_OF_SCOPE.name()));
                continue;
            }
            Enrolment e = existing.get(id);
            if (e != null && e.getStatus() != EnrolmentStatus.WITHDRAWN) {
                lines.add(new BulkEnrolment.Line(id, e.getStatus(), EnrolmentError.ALREADY_ENROLLED.name()));
                continue;
            }
            if (e == null) {
                e = Enrolment.place(locked, id, caller.username(), clock.instant());
                em.persist(e);
            } else {
                e.rejoin(false, clock.instant());
            }
            placed.add(e);
            if (e.getStatus() == EnrolmentStatus.ENROLLED) {
                enrolled++;
            } else {
                waiting++;
            }
            lines.add(new BulkEnrolment.Line(id, e.getStatus(), null));
        }
        em.flush();
        placed.forEach(this::announce);
        return new BulkEnrolment(locked.getCode(), enrolled, waiting, asked.size() - placed.size(), lines);
    }

    /**
     * The persons of the caller's scope with a gap in a competency (below their profile's target, or no level yet),
     * optionally of one municipality, with their status in the cohort — the list HR enrols from in bulk. Read from the
     * heat-map (audited there; at most its row limit).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GapCandidate> candidates(String cohortCode, String competencyCode, Long municipalityId) {
        currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        Cohort cohort = enrolments.cohort(cohortCode);
        String competency = competencyCode == null || competencyCode.isBlank() ? null : competencyCode.strip();
        if (competency == null) {
            throw new InvalidInputException("competency", org.munacademy.learning.entity.LearningError
                    .UNKNOWN_COMPETENCY, "");
        }
        HeatMap map = evidence.heatMap(new PersonFilter(null, municipalityId, null, null), HeatMap.Mode.PEOPLE);
        List<HeatMap.Row> gaps = map.rows().stream().filter(r -> {
            HeatMap.Cell cell = r.cells().get(competency);
            return cell != null && cell.status() != Gap.Status.MEETS;
        }).toList();
        Map<Long, EnrolmentStatus> status = new HashMap<>();
        if (!gaps.isEmpty()) {
            for (Enrolment e : em.createQuery("select e from Enrolment e where e.cohort = :c and e.personId in :p",
                    Enrolment.class).setParameter("c", cohort).setParameter("p", gaps.stream().map(HeatMap.Row::id)
                    .toList()).getResultList()) {
                status.put(e.getPersonId(), e.getStatus());
            }
        }
        return gaps.stream().map(r -> {
            HeatMap.Cell cell = r.cells().get(competency);
            return new GapCandidate(r.id(), r.label(), r.municipality(), cell.current(), cell.target(),
                    status.get(r.id()));
        }).toList();
    }
}
