package org.munacademy.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.munacademy.assessment.entity.AssessmentNotice;
import org.munacademy.assessment.entity.AssessmentTest;
import org.munacademy.assessment.entity.Assignment;
import org.munacademy.assessment.entity.AttemptStatus;
import org.munacademy.identity.boundary.Recipients;
import org.munacademy.shared.boundary.Notifier;
import org.munacademy.shared.boundary.TrustsItsCaller;

/**
 * The database side of the "deadline in 3 days" reminder, one assignment per transaction: the assignment is
 * claimed by a conditional UPDATE of its {@code due_reminder_sent} flag (exactly one node wins, even with several),
 * and in the same transaction everybody it targets who has not finished the test yet is notified.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
@TrustsItsCaller("the deadline reminder job")
public class DueReminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    Recipients recipients;

    @Inject
    Notifier notifier;

    /** Assignments due from {@code today} to {@code today + days} whose reminder has not gone out. */
    public List<Long> due(LocalDate today, int days) {
        return em.createQuery("select a.id from Assignment a where a.dueReminderSent = false and a.dueDate >= :from "
                        + "and a.dueDate <= :to order by a.id", Long.class)
                .setParameter("from", today).setParameter("to", today.plusDays(days)).getResultList();
    }

    /** Claims the assignment's reminder and notifies its people; returns how many were notified (0: not ours). */
    public int remind(long assignmentId) {
        int claimed = em.createQuery("update Assignment a set a.dueReminderSent = true, a.version = a.version + 1 "
                + "where a.id = :id and a.dueReminderSent = false").setParameter("id", assignmentId).executeUpdate();
        if (claimed != 1) {
            return 0;
        }
        Assignment a = em.find(Assignment.class, assignmentId);
        AssessmentTest test = em.find(AssessmentTest.class, a.getTestId());
        List<Long> targeted = switch (a.getTarget()) {
            case PERSON -> List.of(a.getPersonId());
            case MUNICIPALITY -> recipients.personsOfMunicipality(a.getMunicipalityId());
            case REGION -> recipients.personsOfRegion(a.getRegionId());
        };
        Set<Long> finished = new HashSet<>(em.createQuery("select distinct t.personId from Attempt t "
                        + "where t.testId = :t and t.status <> :open", Long.class)
                .setParameter("t", a.getTestId()).setParameter("open", AttemptStatus.IN_PROGRESS).getResultList());
        List<Long> pending = targeted.stream().filter(id -> !finished.contains(id)).toList();
        var to = recipients.ofPersons(pending);
        notifier.send(to, AssessmentNotice.TEST_DUE_SOON, "tests", test.getTitle(), DueSoonJob.date(a.getDueDate()),
                test.getCode());
        return to.size();
    }
}
