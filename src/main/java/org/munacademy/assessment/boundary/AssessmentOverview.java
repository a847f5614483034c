package org.munacademy.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.assessment.control.ItemStatistics;
import org.munacademy.assessment.entity.AttemptScores;
import org.munacademy.assessment.entity.AttemptStatus;
import org.munacademy.assessment.entity.FlaggedItem;
import org.munacademy.assessment.entity.ItemStat;
import org.munacademy.assessment.entity.MyResult;
import org.munacademy.assessment.entity.TestCount;
import org.munacademy.assessment.entity.TestProgress;
import org.munacademy.assessment.entity.TestStatus;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.PersonFacade;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;

/**
 * Assessment in a few figures, for overviews such as the home page: the caller's latest results, testing in an HR
 * officer's scope (in progress, overdue), and the items whose statistics flag them. Every figure is counted by the
 * database in a fixed number of queries, whatever the number of people or attempts; only counts and test names
 * leave, no person's data, so nothing here is a personal-data read to audit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssessmentOverview {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PersonFacade persons;

    /** The caller's latest finished attempts, newest first (none without a person card). */
    public List<MyResult> myLatestResults(int limit) {
        Caller caller = currentUser.require();
        if (caller.personId() == null) {
            return List.of();
        }
        return em.createQuery("select new org.munacademy.assessment.entity.MyResult(a.id, t.id, t.title, "
                        + "a.finishedAt, a.percent) from Attempt a, AssessmentTest t where t.id = a.testId "
                        + "and a.personId = :p and a.status = :s order by a.id desc", MyResult.class)
                .setParameter("p", caller.personId()).setParameter("s", AttemptStatus.FINISHED)
                .setMaxResults(Math.max(1, limit)).getResultList();
    }

    /**
     * Testing in the caller's scope (HR officers, administrators): attempts in progress, and people whose assigned
     * test (to them, their municipality or the one it lies in, or their region) is past its due date with no
     * finished attempt. Overdue is judged against today in UTC.
     */
    public TestProgress progress() {
        currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        Map<String, Object> params = new HashMap<>();
        String inScope = persons.scopeCondition("a.personId", params);
        List<TestCount> inProgress = counts("select t.id, t.code, t.title, count(a) from Attempt a, AssessmentTest t "
                + "where t.id = a.testId and a.status = :running and " + inScope
                + " group by t.id, t.code, t.title", params, Map.of("running", AttemptStatus.IN_PROGRESS));

        Map<String, Object> overdueParams = new HashMap<>();
        String overdueWhere = "from Assignment s, AssessmentTest t, Person p join p.municipality m "
                + "left join m.parent mp join m.region r where t.id = s.testId and t.status = :published "
                + "and s.dueDate < :today and (s.personId = p.id or s.municipalityId = m.id "
                + "or s.municipalityId = mp.id or s.regionId = r.id) and not exists (select f.id from Attempt f "
                + "where f.personId = p.id and f.testId = t.id and f.status = :finished) and "
                + persons.scopeCondition("p.id", overdueParams);
        Map<String, Object> fixed = Map.of("published", TestStatus.PUBLISHED, "finished", AttemptStatus.FINISHED,
                "today", LocalDate.now(ZoneOffset.UTC));
        List<TestCount> overdue = counts("select t.id, t.code, t.title, count(distinct p.id) " + overdueWhere
                + " group by t.id, t.code, t.title", overdueParams, fixed);
        TypedQuery<Long> people = em.createQuery("select count(distinct p.id) " + overdueWhere, Long.class);
        overdueParams.forEach(people::setParameter);
        fixed.forEach(people::setParameter);
        return new TestProgress(inProgress.stream().mapToLong(TestCount::count).sum(), people.getSingleResult(),
                inProgress, overdue);
    }

    private List<TestCount> counts(String jpql, Map<String, Object> scopeParams, Map<String, Object> params) {
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
        scopeParams.forEach(q::setParameter);
        params.forEach(q::setParameter);
        List<TestCount> out = new ArrayList<>();
        for (Object[] r : q.getResultList()) {
            out.add(new TestCount((Long) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue()));
        }
        out.sort((x, y) -> x.count() != y.count() ? Long.compare(y.count(), x.count()) : x.code().compareTo(y.code()));
        return out;
    }

    /**
     * The items of published tests whose statistics are flagged (too hard, too easy, weak or negative
     * discrimination), by test and item (methodologists, administrators): one query for the scores of every
     * finished attempt of those tests, one for the item codes.
     */
    public List<FlaggedItem> flaggedItems() {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        Map<Long, Map<Long, Map<Long, Double>>> byTest = new LinkedHashMap<>();
        Map<Long, String> competencyOf = new HashMap<>();
        Map<Long, String> titles = new HashMap<>();
        for (Object[] r : em.createQuery("select a.testId, t.title, i.attemptId, i.questionId, i.competencyCode, "
                        + "i.score from AttemptItem i, Attempt a, AssessmentTest t where a.id = i.attemptId "
                        + "and t.id = a.testId and t.status = :published and a.status = :finished "
                        + "order by a.testId, i.attemptId, i.slot", Object[].class)
                .setParameter("published", TestStatus.PUBLISHED).setParameter("finished", AttemptStatus.FINISHED)
                .getResultList()) {
            titles.put((Long) r[0], (String) r[1]);
            byTest.computeIfAbsent((Long) r[0], k -> new LinkedHashMap<>())
                    .computeIfAbsent((Long) r[2], k -> new LinkedHashMap<>())
                    .put((Long) r[3], r[5] == null ? 0.0 : ((Number) r[5]).doubleValue());
            competencyOf.put((Long) r[3], (String) r[4]);
        }
        List<long[]> flagged = new ArrayList<>();
        Map<String, List<String>> flagsOf = new HashMap<>();
        byTest.forEach((testId, attempts) -> {
            List<AttemptScores> scores = new ArrayList<>();
            attempts.forEach((id, s) -> scores.add(new AttemptScores(id, s)));
            for (ItemStat stat : ItemStatistics.compute(scores, competencyOf).items()) {
                if (!stat.flags().isEmpty()) {
                    flagged.add(new long[] {testId, stat.itemId()});
                    flagsOf.put(testId + "/" + stat.itemId(), stat.flags());
                }
            }
        });
        if (flagged.isEmpty()) {
            return List.of();
        }
        Map<Long, String> codes = new HashMap<>();
        for (Object[] r : em.createQuery("select q.id, q.code from Question q where q.id in :ids", Object[].class)
                .setParameter("ids", flagged.stream().map(f -> f[1]).distinct().toList()).getResultList()) {
            codes.put((Long) r[0], (String) r[1]);
        }
        return flagged.stream().map(f -> new FlaggedItem(f[0], titles.get(f[0]), f[1],
                codes.getOrDefault(f[1], String.valueOf(f[1])), flagsOf.get(f[0] + "/" + f[1]))).toList();
    }
}
