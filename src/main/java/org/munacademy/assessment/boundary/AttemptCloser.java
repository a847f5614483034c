package org.munacademy.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.munacademy.assessment.control.ItemJson;
import org.munacademy.assessment.control.ResultCalculator;
import org.munacademy.assessment.control.Scoring;
import org.munacademy.assessment.entity.AssessmentError;
import org.munacademy.assessment.entity.AssessmentNotice;
import org.munacademy.assessment.entity.AssessmentTest;
import org.munacademy.assessment.entity.Attempt;
import org.munacademy.assessment.entity.AttemptItem;
import org.munacademy.assessment.entity.AttemptResult;
import org.munacademy.assessment.entity.AttemptStatus;
import org.munacademy.assessment.entity.ClosedBy;
import org.munacademy.assessment.entity.CompetencyScore;
import org.munacademy.assessment.entity.CutScore;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.QuestionRevision;
import org.munacademy.assessment.entity.Response;
import org.munacademy.assessment.entity.ScoredItem;
import org.munacademy.competency.boundary.CompetencySettings;
import org.munacademy.competency.boundary.StandardFacade;
import org.munacademy.competency.boundary.SystemEvidence;
import org.munacademy.competency.entity.EvidenceSource;
import org.munacademy.identity.boundary.Recipients;
import org.munacademy.shared.boundary.Notifier;
import org.munacademy.shared.boundary.TrustsItsCaller;
import org.munacademy.shared.entity.NotFoundException;

/**
 * Closes attempts, each in its own transaction, under a row lock on the attempt: whoever comes first (the taker's
 * finish, a second finish, the overdue job on any node) scores it, stores the per-competency results and writes
 * them as evidence and tells the taker the result is there (in-app and by mail, in the same transaction); everybody
 * after that finds it finished and does nothing. No caller is needed: the boundary
 * that calls it has authorised the action, or it is the server's own job.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
@TrustsItsCaller("the taking boundary after checking the attempt is the caller's own, and the overdue job")
public class AttemptCloser {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    AssessmentSettings settings;

    @Inject
    RevisionCache revisions;

    @Inject
    SystemEvidence evidence;

    @Inject
    StandardFacade standards;

    @Inject
    CompetencySettings competencySettings;

    @Inject
    Recipients recipients;

    @Inject
    Notifier notifier;

    /**
     * Finishes an attempt in progress. With {@link ClosedBy#TIMER} only an attempt past its deadline is closed
     * (the overdue job waits for the grace too, so that saves in flight still land). Returns whether this call
     * closed it.
     */
    public boolean finish(long attemptId, ClosedBy by) {
        Attempt a = em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new NotFoundException(AssessmentError.ATTEMPT_NOT_FOUND, attemptId);
        }
        Instant now = clock.instant();
        if (a.getStatus() != AttemptStatus.IN_PROGRESS) {
            return false;
        }
        if (by == ClosedBy.TIMER && now.isBefore(a.getDeadlineAt())) {
            return false; // the time is not up yet
        }
        AssessmentTest test = em.find(AssessmentTest.class, a.getTestId());
        List<AttemptItem> items = em.createQuery("select i from AttemptItem i where i.attemptId = :a order by i.slot",
                AttemptItem.class).setParameter("a", attemptId).getResultList();
        boolean essays = false;
        for (AttemptItem item : items) {
            ItemContent content = content(item.getRevisionId());
            Response response = item.getResponse() == null ? null : ItemJson.readResponse(item.getResponse());
            if (content.type().gradedManually() && response != null && !response.isEmpty()) {
                item.awaitGrading(); // an unanswered essay scores 0 like any unanswered question
                essays = true;
            } else {
                item.setScore(score(item));
            }
        }
        if (essays) {
            a.awaitGrading(now, by); // no result, no evidence, no notice until the last essay is graded
            em.flush();
            return true;
        }
        a.finish(now, by, percent(items));
        writeResult(a, test, items);
        em.flush();
        return true;
    }

    /**
     * Finishes an attempt whose last essay the caller has just graded, in the caller's transaction (which holds the
     * attempt's row lock): the result, the evidence and the notice exactly as for an attempt without essays.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void finishGraded(Attempt a, List<AttemptItem> items) {
        a.finishGrading(percent(items));
        writeResult(a, em.find(AssessmentTest.class, a.getTestId()), items);
        em.flush();
    }

    /**
     * Works out the result of a finished attempt again after an essay was regraded, in the caller's transaction
     * (which holds the attempt's row lock): the per-competency results and the evidence the first result wrote are
     * replaced, not added to, and the taker is told again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void regraded(Attempt a, List<AttemptItem> items) {
        a.regraded(percent(items));
        em.createQuery("delete from AttemptResult r where r.attemptId = :a").setParameter("a", a.getId())
                .executeUpdate();
        evidence.withdraw(a.getPersonId(), EvidenceSource.ASSESSMENT, evidenceTag(a.getId()));
        writeResult(a, em.find(AssessmentTest.class, a.getTestId()), items);
        em.flush();
    }

    /** How the evidence of an attempt's result ends its reference (what a regrading withdraws). */
    static String evidenceTag(long attemptId) {
        return "(attempt " + attemptId + ")";
    }

    private double percent(List<AttemptItem> items) {
        return items.isEmpty() ? 0 : 100 * items.stream().mapToDouble(this::score).sum() / items.size();
    }

    /**
     * An item's score as the result counts it: scored again from the response, in full precision (the stored
     * score is rounded), or for an essay the score its grader's marks gave.
     */
    private double score(AttemptItem item) {
        ItemContent content = content(item.getRevisionId());
        if (content.type().gradedManually()) {
            return item.getScore() == null ? 0 : item.getScore();
        }
        return item.getResponse() == null ? 0 : Scoring.score(content, ItemJson.readResponse(item.getResponse()));
    }

    /** The per-competency results of scored items, stored and written as evidence; the taker is told. */
    private void writeResult(Attempt a, AssessmentTest test, List<AttemptItem> items) {
        long attemptId = a.getId();
        List<ScoredItem> scored = items.stream()
                .map(i -> new ScoredItem(i.getCompetencyCode(), score(i))).toList();
        int maxLevel = standards.publishedFramework(competencySettings.standardCode())
                .map(f -> f.levels().size()).orElse(4);
        List<CutScore> cuts = test.cutScores().isEmpty() ? ResultCalculator.defaultCuts(maxLevel) : test.cutScores();
        List<CompetencyScore> results = ResultCalculator.compute(scored, cuts, maxLevel);
        for (CompetencyScore s : results) {
            em.persist(new AttemptResult(attemptId, s));
        }
        LocalDate today = LocalDate.now(clock);
        for (CompetencyScore s : results) {
            if (s.level() >= 1) {
                evidence.record(a.getPersonId(), EvidenceSource.ASSESSMENT, s.competencyCode(), s.level(),
                        today, today.plusMonths(settings.evidenceValidMonths()),
                        "Тест " + test.getCode() + ", попытка " + a.getAttemptNo() + " " + evidenceTag(attemptId),
                        a.getClosedBy() == ClosedBy.TAKER ? "assessment" : "assessment-timer");
            }
        }
        notifier.send(recipients.ofPersons(List.of(a.getPersonId())), AssessmentNotice.RESULT_AVAILABLE,
                "tests/result/" + attemptId, test.getTitle(), String.valueOf(a.getAttemptNo()), test.getCode());
    }

    /**
     * Ids of attempts in progress whose deadline plus grace has passed (oldest first). In a transaction of its own:
     * the job's managed thread has no other, and a non-transactional entity manager does not outlive the call.
     */
    public List<Long> overdue(int limit) {
        Instant cutoff = clock.instant().minusSeconds(settings.graceSeconds());
        return em.createQuery("select a.id from Attempt a where a.status = :s and a.deadlineAt < :c "
                        + "order by a.deadlineAt", Long.class)
                .setParameter("s", AttemptStatus.IN_PROGRESS).setParameter("c", cutoff)
                .setMaxResults(limit).getResultList();
    }

    /** The parsed content of a revision already read (cached like {@link #content(long)}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ItemContent content(QuestionRevision revision) {
        return revisions.get(revision.getId(), id -> ItemJson.readContent(revision.getContent()));
    }

    /** The parsed content of a (used, hence immutable) revision. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ItemContent content(long revisionId) {
        return revisions.get(revisionId, id -> {
            QuestionRevision r = em.find(QuestionRevision.class, id);
            if (r == null) {
                throw new NotFoundException(AssessmentError.REVISION_NOT_FOUND, id);
            }
            return ItemJson.readContent(r.getContent());
        });
    }
}
