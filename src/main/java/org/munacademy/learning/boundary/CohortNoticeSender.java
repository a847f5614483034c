package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.munacademy.identity.boundary.Recipients;
import org.munacademy.learning.control.CohortNotices;
import org.munacademy.learning.control.CohortNotices.Facts;
import org.munacademy.learning.control.CohortNotices.Kind;
import org.munacademy.learning.control.CohortNotices.Window;
import org.munacademy.learning.entity.Cohort;
import org.munacademy.learning.entity.CohortStatus;
import org.munacademy.learning.entity.Enrolment;
import org.munacademy.shared.boundary.Notifier;
import org.munacademy.shared.boundary.TrustsItsCaller;

/**
 * The database side of the "cohort starts" and "course ends soon" notices, one enrolment per transaction: the
 * enrolment's notice is claimed by a conditional UPDATE of its flag ({@code start_notified}, {@code end_notified}) —
 * exactly one node wins, even with several — and in the same transaction the person is notified (in-app entry and
 * outbox mail), so a rollback releases the claim together with the notice.
 * <p>
 * The claim does not move the enrolment's version: the flags are the job's alone, and a learner's concurrent step on
 * the same enrolment (a lesson done, a withdrawal) must not fail on an optimistic lock because a notice went out.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
@TrustsItsCaller("the cohort notice job")
public class CohortNoticeSender {

    @PersistenceContext
    EntityManager em;

    @Inject
    Recipients recipients;

    @Inject
    Notifier notifier;

    @Inject
    Enrolments enrolments;

    /** Enrolments whose notice of this kind may be due today (the rule is checked again on each claim). */
    public List<Long> due(Kind kind, LocalDate today, int days) {
        Window w = CohortNotices.window(today, days).orElse(null);
        if (w == null) {
            return List.of();
        }
        String flag = flag(kind);
        String date = kind == Kind.START ? "c.startsOn" : "c.endsOn";
        return em.createQuery("select e.id from Enrolment e join e.cohort c where e.status = :s and e." + flag
                        + " = false and c.status <> :cancelled and " + date + " >= :from and " + date + " <= :to "
                        + "order by e.id", Long.class)
                .setParameter("s", CohortNotices.TOLD).setParameter("cancelled", CohortStatus.CANCELLED)
                .setParameter("from", w.from()).setParameter("to", w.to()).getResultList();
    }

    /**
     * Claims the enrolment's notice and sends it when it is due; returns whether this call sent it (false: another
     * node did, or it is not due).
     */
    public boolean send(Kind kind, long enrolmentId, LocalDate today, int days) {
        Enrolment e = em.find(Enrolment.class, enrolmentId);
        if (e == null) {
            return false;
        }
        em.refresh(e);
        Cohort c = e.getCohort();
        Facts facts = new Facts(e.getStatus(), c.getStatus(), c.getStartsOn(), c.getEndsOn(),
                kind == Kind.START ? e.isStartNotified() : e.isEndNotified());
        if (!CohortNotices.due(kind, facts, today, days)) {
            return false;
        }
        int claimed = em.createQuery("update Enrolment e set e." + flag(kind) + " = true where e.id = :id and e."
                        + flag(kind) + " = false and e.status = :s")
                .setParameter("id", enrolmentId).setParameter("s", CohortNotices.TOLD).executeUpdate();
        if (claimed != 1) {
            return false;
        }
        String title = c.getProgramme().getTitle();
        if (kind == Kind.START) {
            notifier.send(recipients.ofPersons(List.of(e.getPersonId())), kind.notice(), "my-courses", title,
                    c.getCode(), Enrolments.DATE.format(c.getStartsOn()));
        } else {
            notifier.send(recipients.ofPersons(List.of(e.getPersonId())), kind.notice(), "my-courses", title,
                    c.getCode(), Enrolments.DATE.format(c.getEndsOn()), String.valueOf(enrolments.percent(e)));
        }
        return true;
    }

    private static String flag(Kind kind) {
        return kind == Kind.START ? "startNotified" : "endNotified";
    }
}
