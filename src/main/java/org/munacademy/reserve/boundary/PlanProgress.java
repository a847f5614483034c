package org.munacademy.reserve.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.munacademy.assessment.boundary.PersonAttempts;
import org.munacademy.assessment.entity.AttemptMark;
import org.munacademy.competency.entity.EvidenceRecorded;
import org.munacademy.learning.boundary.PersonProgrammes;
import org.munacademy.learning.entity.ProgrammeCompleted;
import org.munacademy.learning.entity.ProgrammeState;
import org.munacademy.reserve.control.PlanTracking;
import org.munacademy.reserve.entity.DevelopmentPlan;
import org.munacademy.reserve.entity.EntryEventKind;
import org.munacademy.reserve.entity.EntryStatus;
import org.munacademy.reserve.entity.PlanItem;
import org.munacademy.reserve.entity.PlanItemKind;
import org.munacademy.reserve.entity.PlanItemStatus;
import org.munacademy.reserve.entity.ReserveEntry;
import org.munacademy.shared.boundary.TrustsItsCaller;

/**
 * Keeps development plans' tracked items (programmes, assessments) in step with learning and assessment
 * ({@link PlanTracking}): when a plan is read or edited ({@link PlanFacade}, inside its transaction), and at the time
 * things happen — a programme completed ({@link ProgrammeCompleted}) or evidence recorded about the person
 * ({@link EvidenceRecorded}: an assessment's result, a course's evidence). An item moving to DONE adds PLAN_ITEM_DONE
 * («задача плана выполнена») to the entry's history, written by the system; the plan becoming overdue adds
 * PLAN_OVERDUE once per spell.
 * <p>
 * <b>After the event's transaction commits, in its own</b> (like {@link ReadinessRecorder}): the completion or the
 * evidence is never lost because a plan could not be brought up to date (say an optimistic conflict with HR editing
 * the entry at that moment); such a failure is logged and the next read of the plan, or the next event, catches up.
 * Two queries per person (enrolments in the plans' programmes, attempts at the plans' tests) plus the plans.
 */
@ApplicationScoped
@TrustsItsCaller("the reserve's plan facade (inside its checked call), learning's completions and competency's "
        + "evidence events; tracks as the system")
public class PlanProgress {

    private static final Logger LOG = Logger.getLogger(PlanProgress.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PersonProgrammes programmes;

    @Inject
    PersonAttempts attempts;

    /**
     * Brings the plan's tracked items up to date (two queries), writes PLAN_ITEM_DONE for each item done and
     * PLAN_OVERDUE when the plan has just become overdue; returns how many items became done. Never raises the plan's
     * version. Nothing for a closed entry.
     */
    @Transactional
    public int track(DevelopmentPlan plan, LocalDate today, Instant now) {
        ReserveEntry entry = plan.getEntry();
        if (entry.getStatus().closed()) {
            return 0;
        }
        List<String> programmeCodes = codes(plan, PlanItemKind.PROGRAMME);
        List<String> testCodes = codes(plan, PlanItemKind.ASSESSMENT);
        Map<String, ProgrammeState> states = programmeCodes.isEmpty() ? Map.of()
                : programmes.states(entry.getPersonId(), programmeCodes);
        Map<String, AttemptMark> marks = testCodes.isEmpty() ? Map.of()
                : attempts.marks(entry.getPersonId(), testCodes);
        int done = 0;
        for (PlanItem i : plan.getItems()) {
            if (i.getStatus() == PlanItemStatus.DONE || i.getRefCode() == null) {
                continue;
            }
            PlanTracking.Step step = switch (i.getKind()) {
                case PROGRAMME -> PlanTracking.programme(states.get(i.getRefCode()), today);
                case ASSESSMENT -> PlanTracking.assessment(marks.get(i.getRefCode()), today);
                default -> null;
            };
            if (step != null && (step.status() != i.getStatus() || !step.note().equals(i.getProgressNote()))
                    && i.progress(step.status(), step.on(), step.note())
                    && step.status() == PlanItemStatus.DONE) {
                entry.event(EntryEventKind.PLAN_ITEM_DONE, step.on(), ReserveEntry.SYSTEM,
                        i.getSeq() + ": " + i.getTitle(), now);
                done++;
            }
        }
        if (plan.noteOverdue(today)) {
            entry.event(EntryEventKind.PLAN_OVERDUE, today, ReserveEntry.SYSTEM, overdueDetail(plan, today), now);
        }
        return done;
    }

    /** Tracks the plans of the person's entries in the reserve (included, in development); returns items done. */
    @Transactional
    public int trackFor(long personId) {
        List<DevelopmentPlan> plans = em.createQuery("select p from DevelopmentPlan p join fetch p.entry e "
                        + "where e.personId = :p and e.status in :s order by e.id", DevelopmentPlan.class)
                .setParameter("p", personId)
                .setParameter("s", List.of(EntryStatus.INCLUDED, EntryStatus.IN_DEVELOPMENT))
                .getResultList();
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        int done = 0;
        for (DevelopmentPlan p : plans) {
            done += track(p, today, now);
        }
        return done;
    }

    /** A programme completed: the person's plans, after the completion committed, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onCompleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProgrammeCompleted event) {
        trackSafely(event.personId(), "completion of " + event.programmeCode());
    }

    /** New evidence (an assessment's result, a course): the person's plans, after it committed, on their own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onEvidence(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvidenceRecorded event) {
        trackSafely(event.personId(), "evidence");
    }

    private void trackSafely(long personId, String cause) {
        try {
            int n = trackFor(personId);
            em.flush();
            LOG.fine(() -> "Plans of person " + personId + " tracked after " + cause + ": " + n + " items done");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Plans of person " + personId + " not tracked after " + cause + "; the next read "
                    + "or event will", e);
        }
    }

    private static String overdueDetail(DevelopmentPlan plan, LocalDate today) {
        return String.join("; ", plan.getItems().stream().filter(i -> i.overdue(today))
                .map(i -> i.getSeq() + ": " + i.getTitle() + " (" + i.getDueOn() + ")").toList());
    }

    private static List<String> codes(DevelopmentPlan plan, PlanItemKind kind) {
        return plan.getItems().stream().filter(i -> i.getKind() == kind && i.getRefCode() != null
                && i.getStatus() != PlanItemStatus.DONE).map(PlanItem::getRefCode).distinct().toList();
    }
}
