package org.munacademy.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.munacademy.assessment.control.ItemJson;
import org.munacademy.assessment.control.Scoring;
import org.munacademy.assessment.entity.AssessmentError;
import org.munacademy.assessment.entity.Attempt;
import org.munacademy.assessment.entity.AttemptItem;
import org.munacademy.assessment.entity.AttemptStatus;
import org.munacademy.assessment.entity.EssayToGrade;
import org.munacademy.assessment.entity.GradeAck;
import org.munacademy.assessment.entity.GradeInput;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.Role;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.NotFoundException;

/**
 * Manual grading of essays (Moodle's "manual grading", QTI's human-scored extendedTextInteraction). Finished
 * attempts with answered essays wait in {@link AttemptStatus#AWAITING_GRADING}; a grader gives marks per rubric
 * criterion and a comment; the essay's score is their sum over the rubric's maximum; with the last essay graded the
 * attempt is finished by {@link AttemptCloser#finishGraded}: the same results, evidence and notice as an attempt
 * without essays.
 * <p>Graders are methodologists and administrators (there is no assessor role: a per-test assessor list would need
 * one). Under the test's blind grading a grader sees an anonymous attempt code, never the taker's name or person id.
 * Listing essays and grading one read personal data (answers): both are audited.
 */
@ApplicationScoped
@Transactional
public class GradingFacade {

    /** The most essays one queue page holds. */
    public static final int MAX_PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    InputValidator validator;

    @Inject
    AttemptCloser closer;

    /**
     * Essays awaiting grading, the oldest finished attempt first (then by slot), optionally of one test; one
     * statement whatever the number of rows.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EssayToGrade> queue(Long testId, int offset, int limit) {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        List<EssayToGrade> out = new ArrayList<>();
        TypedQuery<Object[]> query = em.createQuery("select i, a, t.id, t.code, t.title, t.blindGrading, "
                        + "r.content, p.lastName, p.firstName, p.middleName "
                        + "from AttemptItem i, Attempt a, AssessmentTest t, QuestionRevision r, Person p "
                        + "where i.needsGrading = true and a.id = i.attemptId and t.id = a.testId "
                        + "and r.id = i.revisionId and p.id = a.personId and a.status = :s "
                        + (testId == null ? "" : "and t.id = :t ")
                        + "order by a.finishedAt, a.id, i.slot", Object[].class)
                .setParameter("s", AttemptStatus.AWAITING_GRADING);
        if (testId != null) {
            query.setParameter("t", testId);
        }
        for (Object[] row : query.setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE))).getResultList()) {
            AttemptItem i = (AttemptItem) row[0];
            Attempt a = (Attempt) row[1];
            boolean blind = (Boolean) row[5];
            String name = Person.fullName((String) row[7], (String) row[8], (String) row[9]);
            out.add(toGrade(i, a, (Long) row[2], (String) row[3], (String) row[4], blind,
                    ItemJson.readContent((String) row[6]), name));
        }
        audit.record(AuditAction.ESSAYS_LISTED, AuditEvent.Outcome.SUCCESS, "test",
                testId == null ? "*" : String.valueOf(testId), "essays=" + out.size());
        return out;
    }

    /** How many essays await grading (of one test, or of all). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(Long testId) {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        TypedQuery<Long> query = em.createQuery("select count(i) from AttemptItem i, Attempt a "
                        + "where i.needsGrading = true and a.id = i.attemptId and a.status = :s"
                        + (testId == null ? "" : " and a.testId = :t"), Long.class)
                .setParameter("s", AttemptStatus.AWAITING_GRADING);
        if (testId != null) {
            query.setParameter("t", testId);
        }
        return query.getSingleResult();
    }

    /**
     * Grades one essay under a row lock on its attempt (two graders of one attempt take turns). Refused: an essay
     * that is not awaiting grading (404), one graded meanwhile (409 {@code ESSAY_ALREADY_GRADED}), a stale version
     * (409 {@code ESSAY_STALE}), an attempt whose result is final (409 {@code ATTEMPT_RESULT_FINAL}), marks not one
     * per criterion or outside 0…the criterion's maximum (400 naming the criterion).
     */
    public GradeAck grade(long attemptId, long itemId, GradeInput input) {
        Caller caller = currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        validator.validate(input);
        Attempt a = em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        AttemptItem item = em.find(AttemptItem.class, itemId);
        if (a == null || item == null || !item.getAttemptId().equals(attemptId)) {
            throw new NotFoundException(AssessmentError.ESSAY_NOT_FOUND, attemptId, itemId);
        }
        ItemContent content = closer.content(item.getRevisionId());
        if (!content.type().gradedManually()) {
            throw new NotFoundException(AssessmentError.ESSAY_NOT_FOUND, attemptId, itemId);
        }
        if (a.getStatus() == AttemptStatus.FINISHED) {
            throw new BusinessException(AssessmentError.ATTEMPT_RESULT_FINAL);
        }
        if (!item.isNeedsGrading()) {
            if (item.getGradedBy() != null) {
                throw new BusinessException(AssessmentError.ESSAY_ALREADY_GRADED, item.getGradedBy());
            }
            throw new NotFoundException(AssessmentError.ESSAY_NOT_FOUND, attemptId, itemId);
        }
        if (item.getVersion() != input.getVersion()) {
            throw new BusinessException(AssessmentError.ESSAY_STALE, input.getVersion(), item.getVersion());
        }
        var problems = Scoring.checkPoints(content.essay(), input.getPoints());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        double score = Scoring.essayScore(content.essay(), input.getPoints());
        item.grade(input.getPoints(), score, input.getComment(), caller.username(), clock.instant());
        em.flush();
        List<AttemptItem> items = em.createQuery("select i from AttemptItem i where i.attemptId = :a "
                + "order by i.slot", AttemptItem.class).setParameter("a", attemptId).getResultList();
        long left = items.stream().filter(AttemptItem::isNeedsGrading).count();
        if (left == 0) {
            closer.finishGraded(a, items);
        }
        audit.record(AuditAction.ESSAY_GRADED, AuditEvent.Outcome.SUCCESS, "attempt-item", String.valueOf(itemId),
                "attempt=" + attemptId + " points=" + input.getPoints() + " score=" + score
                        + (left == 0 ? " final" : " left=" + left));
        return new GradeAck(attemptId, itemId, score, left, a.getStatus(), a.getPercent());
    }

    private static EssayToGrade toGrade(AttemptItem i, Attempt a, long testId, String testCode, String testTitle,
            boolean blind, ItemContent content, String name) {
        String answer = i.getResponse() == null ? "" : ItemJson.readResponse(i.getResponse()).text();
        return new EssayToGrade(a.getId(), i.getId(), i.getVersion(), a.anonymousCode(), blind,
                blind ? null : a.getPersonId(), blind ? a.anonymousCode() : name, testId, testCode, testTitle,
                i.getSlot(), i.getCompetencyCode(), i.getLevel(), content.stem(), content.essay(),
                answer == null ? "" : answer, a.getFinishedAt());
    }
}
