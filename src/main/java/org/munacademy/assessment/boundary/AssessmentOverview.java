package org.munacademy.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.assessment.control.ItemStatistics;
import org.munacademy.assessment.entity.AssessmentTest;
import org.munacademy.assessment.entity.Assignment;
import org.munacademy.assessment.entity.Attempt;
import org.munacademy.assessment.entity.AttemptScores;
import org.munacademy.assessment.entity.AttemptStatus;
import org.munacademy.assessment.entity.FlaggedItem;
import org.munacademy.assessment.entity.ItemFlag;
import org.munacademy.assessment.entity.ItemStat;
import org.munacademy.assessment.entity.MyResult;
import org.munacademy.assessment.entity.TestCount;
import org.munacademy.assessment.entity.TestProgress;
import org.munacademy.assessment.entity.TestStatus;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.DataScope;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.Role;
import org.munacademy.organisation.entity.Municipality;

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
    DataScope scope;

    @Inject
    Clock clock;

    /** The caller's latest finished attempts, newest first (none without a person card). */
    public List<MyResult> myLatestResults(int limit) {
        Caller caller = currentUser.require();
        if (caller.personId() == null) {
            return List.of();
        }
        return em.createQuery("select a.id, t.id, t.title, a.finishedAt, a.percent from Attempt a, AssessmentTest t "
                        + "where t.id = a.testId and a.personId = :p and a.status = :s order by a.id desc",
                        Object[].class)
                .setParameter("p", caller.personId()).setParameter("s", AttemptStatus.FINISHED)
                .setMaxResults(Math.max(1, limit)).getResultStream()
                .map(r -> new MyResult((Long) r[0], (Long) r[1], (String) r[2], (java.time.Instant) r[3],
                        r[4] == null ? null : ((Number) r[4]).doubleValue()))
                .toList();
    }

    /**
     * Testing in the caller's scope (HR officers, administrators; identity's {@link DataScope}): attempts in
     * progress, and people whose assigned test (to them, their municipality or the one it lies in, or their region)
     * is past its due date with no finished attempt. Overdue is judged against today by the application clock
     * (UTC). Three queries.
     */
    public TestProgress progress() {
        currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Object[]> running = cb.createQuery(Object[].class);
        Root<Attempt> a = running.from(Attempt.class);
        Root<AssessmentTest> rt = running.from(AssessmentTest.class);
        running.multiselect(rt.get("id"), rt.get("code"), rt.get("title"), cb.count(a))
                .where(cb.equal(rt.get("id"), a.get("testId")), cb.equal(a.get("status"), AttemptStatus.IN_PROGRESS),
                        scope.personIn(cb, running, a.get("personId")))
                .groupBy(rt.get("id"), rt.get("code"), rt.get("title"));
        List<TestCount> inProgress = counts(running);

        LocalDate today = LocalDate.now(clock);
        CriteriaQuery<Object[]> byTest = cb.createQuery(Object[].class);
        Overdue o = overdue(cb, byTest, today);
        byTest.multiselect(o.test().get("id"), o.test().get("code"), o.test().get("title"),
                cb.countDistinct(o.person().get("id")))
                .groupBy(o.test().get("id"), o.test().get("code"), o.test().get("title"));
        List<TestCount> overdue = counts(byTest);

        CriteriaQuery<Long> people = cb.createQuery(Long.class);
        people.select(cb.countDistinct(overdue(cb, people, today).person().get("id")));
        return new TestProgress(inProgress.stream().mapToLong(TestCount::count).sum(),
                em.createQuery(people).getSingleResult(), inProgress, overdue);
    }

    /** The roots of an overdue query: an assignment, its test and a person it reaches. */
    private record Overdue(Root<Assignment> assignment, Root<AssessmentTest> test, Root<Person> person) {
    }

    /** Persons in scope reached by an assignment of a published test due before today, with no finished attempt. */
    private Overdue overdue(CriteriaBuilder cb, CriteriaQuery<?> q, LocalDate today) {
        Root<Assignment> s = q.from(Assignment.class);
        Root<AssessmentTest> t = q.from(AssessmentTest.class);
        Root<Person> p = q.from(Person.class);
        Join<Person, Municipality> m = p.join("municipality");
        Join<Municipality, Municipality> parent = m.join("parent", JoinType.LEFT);
        Subquery<Long> done = q.subquery(Long.class);
        Root<Attempt> f = done.from(Attempt.class);
        done.select(f.get("id")).where(cb.equal(f.get("personId"), p.get("id")), cb.equal(f.get("testId"), t.get("id")),
                cb.equal(f.get("status"), AttemptStatus.FINISHED));
        q.where(cb.equal(t.get("id"), s.get("testId")), cb.equal(t.get("status"), TestStatus.PUBLISHED),
                cb.lessThan(s.<LocalDate>get("dueDate"), today),
                cb.or(cb.equal(s.get("personId"), p.get("id")), cb.equal(s.get("municipalityId"), m.get("id")),
                        cb.equal(s.get("municipalityId"), parent.get("id")),
                        cb.equal(s.get("regionId"), m.get("region").get("id"))),
                cb.not(cb.exists(done)), scope.personIn(cb, q, p.get("id")));
        return new Overdue(s, t, p);
    }

    private List<TestCount> counts(CriteriaQuery<Object[]> query) {
        List<TestCount> out = new ArrayList<>();
        for (Object[] r : em.createQuery(query).getResultList()) {
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
        Map<String, List<ItemFlag>> flagsOf = new HashMap<>();
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
