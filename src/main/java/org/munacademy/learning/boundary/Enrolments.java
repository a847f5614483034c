package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.munacademy.assessment.boundary.CheckResults;
import org.munacademy.competency.boundary.SystemEvidence;
import org.munacademy.competency.entity.EvidenceSource;
import org.munacademy.identity.boundary.Recipients;
import org.munacademy.learning.control.CompletionRules;
import org.munacademy.learning.control.CompletionRules.Figures;
import org.munacademy.learning.control.CompletionRules.LessonState;
import org.munacademy.learning.entity.Cohort;
import org.munacademy.learning.entity.CompetencyTarget;
import org.munacademy.learning.entity.CourseModule;
import org.munacademy.learning.entity.CourseProgress;
import org.munacademy.learning.entity.CourseProgress.LessonLine;
import org.munacademy.learning.entity.CourseProgress.ModuleLine;
import org.munacademy.learning.entity.Enrolment;
import org.munacademy.learning.entity.EnrolmentError;
import org.munacademy.learning.entity.EnrolmentRow;
import org.munacademy.learning.entity.EnrolmentStatus;
import org.munacademy.learning.entity.LearningNotice;
import org.munacademy.learning.entity.Lesson;
import org.munacademy.learning.entity.LessonKind;
import org.munacademy.learning.entity.LessonProgress;
import org.munacademy.learning.entity.Programme;
import org.munacademy.learning.entity.ProgrammeCompleted;
import org.munacademy.shared.boundary.Notifier;
import org.munacademy.shared.entity.NotFoundException;

/**
 * What the enrolment facades share: finding and locking cohorts, the waiting list, progress and completion, and the
 * notices. Runs inside the calling facade's transaction and decides nothing about roles or scope.
 * <p>
 * Seats: every step that takes or frees a seat first locks the cohort's row ({@code SELECT … FOR UPDATE}), then reads
 * and changes its counter; concurrent enrolments into one cohort thus queue on the row and the seats hold.
 */
@ApplicationScoped
public class Enrolments {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    @Inject
    SystemEvidence evidence;

    @Inject
    CheckResults checks;

    @Inject
    Event<ProgrammeCompleted> completed;

    // ---- cohorts and enrolments ----

    Cohort cohort(String code) {
        return em.createQuery("select c from Cohort c join fetch c.programme where c.code = :c", Cohort.class)
                .setParameter("c", code).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(EnrolmentError.COHORT_NOT_FOUND, code));
    }

    /** The cohort with its row locked until the transaction ends (and its state read afresh). */
    Cohort locked(String code) {
        return lock(em, code).orElseThrow(() -> new NotFoundException(EnrolmentError.COHORT_NOT_FOUND, code));
    }

    /**
     * Reads a cohort with {@code SELECT … FOR UPDATE}, refreshing a copy already in the persistence context, so that
     * its seats counter is the committed one; public for the MariaDB test of the same rule.
     */
    public static Optional<Cohort> lock(EntityManager em, String code) {
        return em.createQuery("select c from Cohort c where c.code = :c", Cohort.class).setParameter("c", code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint("eclipselink.refresh", "true")
                .getResultStream().findFirst();
    }

    Enrolment enrolment(long id) {
        Enrolment e = em.find(Enrolment.class, id);
        if (e == null) {
            throw new NotFoundException(EnrolmentError.ENROLMENT_NOT_FOUND, id);
        }
        return e;
    }

    Optional<Enrolment> of(Cohort cohort, long personId) {
        return em.createQuery("select e from Enrolment e where e.cohort = :c and e.personId = :p", Enrolment.class)
                .setParameter("c", cohort).setParameter("p", personId).getResultStream().findFirst();
    }

    /** Whether the person completed a programme (in any cohort). */
    boolean completedProgramme(long personId, String programmeCode) {
        return !em.createQuery("select e.id from Enrolment e join e.cohort c join c.programme p where e.personId = :p "
                + "and p.code = :code and e.status = :s", Long.class).setParameter("p", personId)
                .setParameter("code", programmeCode).setParameter("s", EnrolmentStatus.COMPLETED).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /**
     * After a seat freed in the (locked) cohort: the first on the waiting list — the lowest waiting number — takes
     * it, and is told so.
     */
    void moveUp(Cohort cohort) {
        if (!cohort.seatFree()) {
            return;
        }
        em.createQuery("select e from Enrolment e where e.cohort = :c and e.status = :s order by e.waitingNo, e.id",
                Enrolment.class).setParameter("c", cohort).setParameter("s", EnrolmentStatus.WAITING)
                .setMaxResults(1).getResultStream().findFirst().ifPresent(first -> {
                    first.moveUp(clock.instant());
                    tell(first, LearningNotice.MOVED_UP);
                });
    }

    /** Tells the person about their enrolment: programme title, cohort code, and the start date or waiting place. */
    void tell(Enrolment e, LearningNotice notice) {
        Cohort c = e.getCohort();
        String third = switch (notice) {
            case WAITING -> String.valueOf(e.getWaitingNo());
            case COMPLETED -> DATE.format(e.getCompletedOn());
            default -> DATE.format(c.getStartsOn());
        };
        notifier.send(recipients.ofPersons(List.of(e.getPersonId())), notice, "my-courses",
                c.getProgramme().getTitle(), c.getCode(), third);
    }

    EnrolmentRow row(Enrolment e, String personName, Integer percent) {
        Cohort c = e.getCohort();
        return new EnrolmentRow(e.getId(), c.getCode(), c.getProgramme().getCode(), c.getProgramme().getTitle(),
                c.getStartsOn(), c.getEndsOn(), e.getPersonId(), personName, e.getStatus(), e.getWaitingNo(),
                e.getCompletedOn(), percent);
    }

    // ---- progress and completion ----

    /** The person's progress rows for the lessons of a programme, by lesson id. */
    Map<Long, LessonProgress> progress(long personId, Programme p) {
        List<Long> ids = p.lessons().stream().map(Lesson::getId).toList();
        Map<Long, LessonProgress> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (LessonProgress lp : em.createQuery("select lp from LessonProgress lp where lp.personId = :p "
                + "and lp.lessonId in :ids", LessonProgress.class).setParameter("p", personId)
                .setParameter("ids", ids).getResultList()) {
            out.put(lp.getLessonId(), lp);
        }
        return out;
    }

    /** The person's progress row for a lesson, created when missing. */
    LessonProgress progressRow(long personId, long lessonId) {
        return em.createQuery("select lp from LessonProgress lp where lp.personId = :p and lp.lessonId = :l",
                LessonProgress.class).setParameter("p", personId).setParameter("l", lessonId).getResultStream()
                .findFirst().orElseGet(() -> {
                    LessonProgress lp = new LessonProgress(personId, lessonId);
                    em.persist(lp);
                    return lp;
                });
    }

    /** The course's lessons with whether the person has done each (module checks by their best result). */
    private List<LessonState> states(long personId, Programme p, Map<Long, LessonProgress> rows,
            Map<String, BigDecimal> best) {
        List<LessonState> states = new ArrayList<>();
        for (Lesson l : p.lessons()) {
            LessonProgress lp = rows.get(l.getId());
            boolean done = l.getKind() == LessonKind.CHECK ? CompletionRules.checkPassed(best.get(l.getTestCode()))
                    : lp != null && lp.getCompletedAt() != null;
            states.add(new LessonState(l.getId(), l.getModule().getId(), l.getKind(), l.isMandatory(), done));
        }
        return states;
    }

    private Map<String, BigDecimal> best(long personId, Programme p) {
        return checks.bestPercents(personId, p.lessons().stream().map(Lesson::getTestCode)
                .filter(c -> c != null).toList());
    }

    /** The enrolment's progress in full (a fixed number of statements whatever the course's size). */
    CourseProgress courseProgress(Enrolment e, String personName) {
        Programme p = e.getCohort().getProgramme();
        Map<Long, LessonProgress> rows = progress(e.getPersonId(), p);
        List<LessonState> states = states(e.getPersonId(), p, rows, best(e.getPersonId(), p));
        Map<Long, Boolean> done = new HashMap<>();
        states.forEach(s -> done.put(s.lessonId(), s.done()));
        Map<Long, Figures> modules = CompletionRules.modules(states);
        Figures all = CompletionRules.programme(states);
        List<ModuleLine> lines = new ArrayList<>();
        for (CourseModule m : p.getModules()) {
            List<LessonLine> lessons = new ArrayList<>();
            for (Lesson l : m.getLessons()) {
                LessonProgress lp = rows.get(l.getId());
                lessons.add(new LessonLine(l.getId(), l.getTitle(), l.getKind(), l.isMandatory(),
                        lp != null && lp.getViewedAt() != null, done.getOrDefault(l.getId(), false),
                        l.getKind().hasPage(), lp == null ? null : lp.getScore()));
            }
            Figures f = modules.getOrDefault(m.getId(), new Figures(0, 0));
            lines.add(new ModuleLine(m.getId(), m.getTitle(), f.required(), f.done(), lessons));
        }
        boolean complete = e.getStatus() == EnrolmentStatus.COMPLETED || all.complete();
        return new CourseProgress(row(e, personName, complete ? 100 : all.percent()), all.required(), all.done(),
                complete ? 100 : all.percent(), complete, lines);
    }

    /** The share of required lessons done, in whole per cent. */
    int percent(Enrolment e) {
        if (e.getStatus() == EnrolmentStatus.COMPLETED) {
            return 100;
        }
        Programme p = e.getCohort().getProgramme();
        return CompletionRules.programme(states(e.getPersonId(), p, progress(e.getPersonId(), p),
                best(e.getPersonId(), p))).percent();
    }

    /**
     * Completes the enrolment when its rule is met: the enrolment is COMPLETED, each competency of the programme gets
     * course evidence at its target level (so the gap report moves), the person is told, and
     * {@link ProgrammeCompleted} is fired for the documents.
     *
     * @return whether this call completed it
     */
    boolean completeIfDone(Enrolment e) {
        if (e.getStatus() != EnrolmentStatus.ENROLLED) {
            return false;
        }
        Programme p = e.getCohort().getProgramme();
        if (!CompletionRules.complete(states(e.getPersonId(), p, progress(e.getPersonId(), p),
                best(e.getPersonId(), p)))) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        e.complete(today, clock.instant());
        String reference = "learning:" + p.getCode() + ":" + e.getCohort().getCode();
        for (CompetencyTarget t : p.getCompetencies()) {
            evidence.record(e.getPersonId(), EvidenceSource.COURSE, t.competencyCode(), t.targetLevel(), today, null,
                    reference, "learning");
        }
        tell(e, LearningNotice.COMPLETED);
        em.flush();
        completed.fire(new ProgrammeCompleted(e.getId(), e.getPersonId(), p.getCode(), e.getCohort().getCode(),
                today));
        return true;
    }

    /** The person's active enrolments (ENROLLED) in cohorts of the programme holding this lesson. */
    List<Enrolment> enrolledFor(long personId, long lessonId) {
        return em.createQuery("select e from Enrolment e join e.cohort c where e.personId = :p and e.status = :s "
                + "and c.programme.id = (select m.programme.id from Lesson l join l.module m where l.id = :l)",
                Enrolment.class).setParameter("p", personId).setParameter("s", EnrolmentStatus.ENROLLED)
                .setParameter("l", lessonId).getResultList();
    }
}
