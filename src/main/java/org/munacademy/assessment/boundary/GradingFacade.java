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
import org.munacademy.assessment.entity.AssessmentTest;
import org.munacademy.assessment.entity.AssessorRow;
import org.munacademy.assessment.entity.Attempt;
import org.munacademy.assessment.entity.AttemptItem;
import org.munacademy.assessment.entity.AttemptStatus;
import org.munacademy.assessment.entity.EssayToGrade;
import org.munacademy.assessment.entity.GradeAck;
import org.munacademy.assessment.entity.GradeInput;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.RegradeInput;
import org.munacademy.assessment.entity.TestAssessor;
import org.munacademy.assessment.entity.TestRow;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Account;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.Role;
import org.munacademy.identity.entity.UserName;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.entity.AccessDeniedException;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.NotFoundException;

/**
 * Manual grading of essays (Moodle's "manual grading", QTI's human-scored extendedTextInteraction). Finished
 * attempts with answered essays wait in {@link AttemptStatus#AWAITING_GRADING}; a grader gives marks per rubric
 * criterion and a comment; the essay's score is their sum over the rubric's maximum; with the last essay graded the
 * attempt is finished by {@link AttemptCloser#finishGraded}: the same results, evidence and notice as an attempt
 * without essays.
 * <p>Graders are methodologists and administrators (every test) and a test's assessors: accounts a methodologist or
 * administrator lists on the test ({@link TestAssessor}); there is no assessor role, being listed is the permission,
 * and HR officers never grade. Tests are national (no region or municipality of their own), so an assessor's scope is
 * the tests they are listed on, not a place. Under the test's blind grading a grader sees an anonymous attempt code,
 * never the taker's name or person id. Listing essays, opening and grading one read personal data (answers): all
 * are audited, an opened answer with its taker's person id. Only methodologists and administrators regrade an essay
 * of a final result (with a reason): the result and its evidence are replaced.
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
        List<Long> tests = gradedTests(testId);
        List<EssayToGrade> out = essays("i.needsGrading = true", AttemptStatus.AWAITING_GRADING,
                "a.finishedAt, a.id, i.slot", testId, tests, offset, limit);
        audit.record(AuditAction.ESSAYS_LISTED, AuditEvent.Outcome.SUCCESS, "test",
                testId == null ? "*" : String.valueOf(testId), "essays=" + out.size());
        return out;
    }

    /**
     * Essays already graded in final results, the latest grading first, optionally of one test: what a methodologist
     * or administrator may regrade (one statement; audited like the queue).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EssayToGrade> graded(Long testId, int offset, int limit) {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        List<EssayToGrade> out = essays("i.gradedBy is not null", AttemptStatus.FINISHED, "i.gradedAt desc, i.id",
                testId, null, offset, limit);
        audit.record(AuditAction.ESSAYS_LISTED, AuditEvent.Outcome.SUCCESS, "test",
                testId == null ? "*" : String.valueOf(testId), "graded essays=" + out.size());
        return out;
    }

    private List<EssayToGrade> essays(String condition, AttemptStatus status, String order, Long testId,
            List<Long> tests, int offset, int limit) {
        TypedQuery<Object[]> query = em.createQuery("select i, a, t.id, t.code, t.title, t.blindGrading, "
                        + "r.content, p.lastName, p.firstName, p.middleName "
                        + "from AttemptItem i, Attempt a, AssessmentTest t, QuestionRevision r, Person p "
                        + "where " + condition + " and a.id = i.attemptId and t.id = a.testId "
                        + "and r.id = i.revisionId and p.id = a.personId and a.status = :s "
                        + (testId == null ? "" : "and t.id = :t ")
                        + (tests == null ? "" : "and t.id in :tests ")
                        + "order by " + order, Object[].class)
                .setParameter("s", status);
        if (testId != null) {
            query.setParameter("t", testId);
        }
        if (tests != null) {
            query.setParameter("tests", tests);
        }
        List<EssayToGrade> out = new ArrayList<>();
        for (Object[] row : query.setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE))).getResultList()) {
            String name = Person.fullName((String) row[7], (String) row[8], (String) row[9]);
            out.add(toGrade((AttemptItem) row[0], (Attempt) row[1], (Long) row[2], (String) row[3],
                    (String) row[4], (Boolean) row[5], ItemJson.readContent((String) row[6]), name));
        }
        return out;
    }

    /** How many essays await grading (of one test, or of all). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(Long testId) {
        List<Long> tests = gradedTests(testId);
        TypedQuery<Long> query = em.createQuery("select count(i) from AttemptItem i, Attempt a "
                        + "where i.needsGrading = true and a.id = i.attemptId and a.status = :s"
                        + (testId == null ? "" : " and a.testId = :t")
                        + (tests == null ? "" : " and a.testId in :tests"), Long.class)
                .setParameter("s", AttemptStatus.AWAITING_GRADING);
        if (testId != null) {
            query.setParameter("t", testId);
        }
        if (tests != null) {
            query.setParameter("tests", tests);
        }
        return query.getSingleResult();
    }

    /** Whether the caller grades anything: a methodologist or administrator, or an assessor of some test. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayGrade() {
        Caller caller = currentUser.require();
        return caller.hasAnyRole(Role.METHODOLOGIST, Role.ADMIN) || !assessorTests(caller).isEmpty();
    }

    /** Whether the caller grades every test (methodologists and administrators), not only the tests they assess. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean gradesAll() {
        return currentUser.require().hasAnyRole(Role.METHODOLOGIST, Role.ADMIN);
    }

    /** The tests whose essays the caller grades (every test for methodologists and administrators), by code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TestRow> tests() {
        List<Long> tests = gradedTests(null);
        TypedQuery<AssessmentTest> query = em.createQuery("select t from AssessmentTest t"
                + (tests == null ? "" : " where t.id in :tests") + " order by t.code", AssessmentTest.class);
        if (tests != null) {
            query.setParameter("tests", tests);
        }
        return query.getResultList().stream().map(TestFacade::row).toList();
    }

    /** Refuses (403 {@code NOT_AN_ASSESSOR}, audited) a caller who grades no test at all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireGrader() {
        gradedTests(null);
    }

    /**
     * Opens one essay answer for grading (or for a look before regrading): the question, rubric, note and answer as
     * in the queue, audited with the taker's person id even under blind grading (the audit log is not the grader's).
     * 404 for an item that is not an essay of that attempt or whose attempt is still in progress, 403 for a test the
     * caller does not grade.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EssayToGrade open(long attemptId, long itemId) {
        List<Long> tests = gradedTests(null);
        List<Object[]> rows = em.createQuery("select i, a, t.id, t.code, t.title, t.blindGrading, "
                        + "r.content, p.lastName, p.firstName, p.middleName "
                        + "from AttemptItem i, Attempt a, AssessmentTest t, QuestionRevision r, Person p "
                        + "where i.id = :i and a.id = :a and a.id = i.attemptId and t.id = a.testId "
                        + "and r.id = i.revisionId and p.id = a.personId and a.status <> :s", Object[].class)
                .setParameter("i", itemId).setParameter("a", attemptId)
                .setParameter("s", AttemptStatus.IN_PROGRESS).getResultList();
        ItemContent content = rows.isEmpty() ? null : ItemJson.readContent((String) rows.get(0)[6]);
        if (content == null || !content.type().gradedManually()) {
            throw new NotFoundException(AssessmentError.ESSAY_NOT_FOUND, attemptId, itemId);
        }
        Object[] row = rows.get(0);
        Attempt a = (Attempt) row[1];
        requireGrades(tests, a.getTestId());
        String name = Person.fullName((String) row[7], (String) row[8], (String) row[9]);
        EssayToGrade out = toGrade((AttemptItem) row[0], a, (Long) row[2], (String) row[3], (String) row[4],
                (Boolean) row[5], content, name);
        audit.record(AuditAction.ESSAY_OPENED, AuditEvent.Outcome.SUCCESS, "attempt-item", String.valueOf(itemId),
                "attempt=" + attemptId + " person=" + a.getPersonId() + (out.blind() ? " blind" : ""));
        return out;
    }

    /**
     * Grades one essay under a row lock on its attempt (two graders of one attempt take turns). Refused: an essay
     * that is not awaiting grading (404), one graded meanwhile (409 {@code ESSAY_ALREADY_GRADED}), a stale version
     * (409 {@code ESSAY_STALE}), an attempt whose result is final (409 {@code ATTEMPT_RESULT_FINAL}), marks not one
     * per criterion or outside 0…the criterion's maximum (400 naming the criterion).
     */
    public GradeAck grade(long attemptId, long itemId, GradeInput input) {
        Caller caller = currentUser.require();
        List<Long> tests = gradedTests(null);
        validator.validate(input);
        Attempt a = em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        AttemptItem item = em.find(AttemptItem.class, itemId);
        if (a == null || item == null || !item.getAttemptId().equals(attemptId)) {
            throw new NotFoundException(AssessmentError.ESSAY_NOT_FOUND, attemptId, itemId);
        }
        requireGrades(tests, a.getTestId());
        if (a.getPersonId().equals(caller.personId())) {
            throw new AccessDeniedException(AssessmentError.OWN_ATTEMPT);
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

    /**
     * Grades again an essay of a final result (methodologists and administrators only), with a reason (400
     * {@code REGRADE_REASON_REQUIRED}), under the attempt's row lock: the essay's marks and score are replaced, the
     * attempt's percentage, per-competency results and evidence are worked out again ({@link AttemptCloser#regraded}:
     * the old evidence is replaced, not added to) and the taker is told. 409 {@code ESSAY_NOT_GRADED} for an essay
     * still awaiting its first grading, 409 {@code ESSAY_STALE} for an old version. Audited with the old and the new
     * marks and the reason.
     */
    public GradeAck regrade(long attemptId, long itemId, RegradeInput input) {
        Caller caller = currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        validator.validate(input);
        if (input.getReason() == null || input.getReason().isBlank()) {
            throw new InvalidInputException("reason", AssessmentError.REGRADE_REASON_REQUIRED);
        }
        Attempt a = em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        AttemptItem item = em.find(AttemptItem.class, itemId);
        if (a == null || item == null || !item.getAttemptId().equals(attemptId)
                || !closer.content(item.getRevisionId()).type().gradedManually()) {
            throw new NotFoundException(AssessmentError.ESSAY_NOT_FOUND, attemptId, itemId);
        }
        if (a.getPersonId().equals(caller.personId())) {
            throw new AccessDeniedException(AssessmentError.OWN_ATTEMPT);
        }
        if (a.getStatus() != AttemptStatus.FINISHED || item.getGradedBy() == null) {
            throw new BusinessException(AssessmentError.ESSAY_NOT_GRADED, attemptId, itemId);
        }
        if (item.getVersion() != input.getVersion()) {
            throw new BusinessException(AssessmentError.ESSAY_STALE, input.getVersion(), item.getVersion());
        }
        ItemContent content = closer.content(item.getRevisionId());
        var problems = Scoring.checkPoints(content.essay(), input.getPoints());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Double> before = item.getGradePoints();
        Double percentBefore = a.getPercent();
        double score = Scoring.essayScore(content.essay(), input.getPoints());
        item.regrade(input.getPoints(), score, input.getComment(), caller.username(), clock.instant());
        em.flush();
        List<AttemptItem> items = em.createQuery("select i from AttemptItem i where i.attemptId = :a "
                + "order by i.slot", AttemptItem.class).setParameter("a", attemptId).getResultList();
        closer.regraded(a, items);
        String reason = input.getReason().strip();
        audit.record(AuditAction.ESSAY_REGRADED, AuditEvent.Outcome.SUCCESS, "attempt-item", String.valueOf(itemId),
                "attempt=" + attemptId + " person=" + a.getPersonId() + " points=" + before + "->"
                        + input.getPoints() + " percent=" + percentBefore + "->" + a.getPercent() + " reason="
                        + (reason.length() > 300 ? reason.substring(0, 299) + "…" : reason));
        return new GradeAck(attemptId, itemId, score, 0, a.getStatus(), a.getPercent());
    }

    /** The assessors of a test (methodologists and administrators), by user name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AssessorRow> assessors(long testId) {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        requireTest(testId);
        List<AssessorRow> out = new ArrayList<>();
        for (Object[] o : em.createQuery("select s.accountId, c.username, p.lastName, p.firstName, p.middleName, "
                + "s.addedBy, s.addedAt from TestAssessor s, Account c left join c.person p "
                + "where c.id = s.accountId and s.testId = :t order by c.username", Object[].class)
                .setParameter("t", testId).getResultList()) {
            String name = o[2] == null ? null : Person.fullName((String) o[2], (String) o[3], (String) o[4]);
            out.add(new AssessorRow((Long) o[0], (String) o[1], name, (String) o[5], (java.time.Instant) o[6]));
        }
        return out;
    }

    /**
     * Lists an account as an assessor of the test (nothing changes if it is listed); audited. 400
     * {@code ASSESSOR_UNKNOWN} for an unknown user name, 409 {@code ASSESSOR_HR_OFFICER} for an HR officer.
     */
    public List<AssessorRow> addAssessor(long testId, String username) {
        Caller caller = currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        AssessmentTest test = requireTest(testId);
        String name = UserName.normalise(username == null ? "" : username);
        Account account = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", name).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("username", AssessmentError.ASSESSOR_UNKNOWN,
                        username == null ? "" : username));
        if (account.getGrants().stream().anyMatch(g -> g.getRole() == Role.HR_OFFICER)) {
            throw new BusinessException(AssessmentError.ASSESSOR_HR_OFFICER, name);
        }
        boolean listed = !em.createQuery("select s.id from TestAssessor s where s.testId = :t and s.accountId = :a",
                Long.class).setParameter("t", testId).setParameter("a", account.getId()).getResultList().isEmpty();
        if (!listed) {
            em.persist(new TestAssessor(testId, account.getId(), caller.username(), clock.instant()));
            em.flush();
            audit.record(AuditAction.TEST_ASSESSORS_CHANGED, AuditEvent.Outcome.SUCCESS, "test", test.getCode(),
                    "added " + name);
        }
        return assessors(testId);
    }

    /** Takes an account off the test's assessors (nothing happens if it is not listed); audited. */
    public List<AssessorRow> removeAssessor(long testId, String username) {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        AssessmentTest test = requireTest(testId);
        String name = UserName.normalise(username == null ? "" : username);
        List<TestAssessor> rows = em.createQuery("select s from TestAssessor s, Account c where c.id = s.accountId "
                + "and s.testId = :t and c.username = :u", TestAssessor.class).setParameter("t", testId)
                .setParameter("u", name).getResultList();
        rows.forEach(em::remove);
        em.flush();
        if (!rows.isEmpty()) {
            audit.record(AuditAction.TEST_ASSESSORS_CHANGED, AuditEvent.Outcome.SUCCESS, "test", test.getCode(),
                    "removed " + name);
        }
        return assessors(testId);
    }

    private AssessmentTest requireTest(long testId) {
        AssessmentTest test = em.find(AssessmentTest.class, testId);
        if (test == null) {
            throw new NotFoundException(AssessmentError.TEST_NOT_FOUND, testId);
        }
        return test;
    }

    /**
     * The tests the caller grades: null for every test (methodologists and administrators), else the tests the
     * caller is an assessor of; 403 {@code NOT_AN_ASSESSOR} (audited) for none, 403 {@code NOT_ASSESSOR_OF_TEST}
     * when {@code testId} is not among them.
     */
    private List<Long> gradedTests(Long testId) {
        Caller caller = currentUser.require();
        if (caller.hasAnyRole(Role.METHODOLOGIST, Role.ADMIN)) {
            return null;
        }
        List<Long> tests = assessorTests(caller);
        if (tests.isEmpty()) {
            audit.record(AuditAction.ACCESS_DENIED, AuditEvent.Outcome.DENIED, "grading", "*", "not an assessor");
            throw new AccessDeniedException(AssessmentError.NOT_AN_ASSESSOR);
        }
        if (testId != null) {
            requireGrades(tests, testId);
        }
        return tests;
    }

    private void requireGrades(List<Long> tests, long testId) {
        if (tests != null && !tests.contains(testId)) {
            audit.record(AuditAction.ACCESS_DENIED, AuditEvent.Outcome.DENIED, "test", String.valueOf(testId),
                    "not an assessor of the test");
            throw new AccessDeniedException(AssessmentError.NOT_ASSESSOR_OF_TEST, testId);
        }
    }

    /** The tests the caller is an assessor of; none for an HR officer (they never grade). */
    private List<Long> assessorTests(Caller caller) {
        if (caller.hasRole(Role.HR_OFFICER) || caller.accountId() == null) {
            return List.of();
        }
        return em.createQuery("select s.testId from TestAssessor s where s.accountId = :a order by s.testId",
                Long.class).setParameter("a", caller.accountId()).getResultList();
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
