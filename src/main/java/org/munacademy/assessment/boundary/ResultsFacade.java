package org.munacademy.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.munacademy.assessment.control.ItemStatistics;
import org.munacademy.assessment.entity.AssessmentError;
import org.munacademy.assessment.entity.AssessmentTest;
import org.munacademy.assessment.entity.Attempt;
import org.munacademy.assessment.entity.AttemptScores;
import org.munacademy.assessment.entity.AttemptStatus;
import org.munacademy.assessment.entity.ClosedBy;
import org.munacademy.assessment.entity.ResultFilter;
import org.munacademy.assessment.entity.ResultRow;
import org.munacademy.assessment.entity.StatisticsReport;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.DataScope;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.Role;
import org.munacademy.organisation.entity.Municipality;
import java.util.stream.Stream;
import org.munacademy.shared.control.BundleTexts;
import org.munacademy.shared.control.XlsxWriter;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.Page;

/**
 * Results for HR officers (people of their scope only) and administrators, with an XLSX export; item statistics
 * of a test for methodologists.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResultsFacade {

    /** The most rows an XLSX export holds. */
    public static final int XLSX_LIMIT = 20_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    DataScope scope;

    @Inject
    AuditLog audit;

    /**
     * Finished attempts of people in the caller's scope, newest first, with attained levels. A bulk read of
     * personal data: every page read is audited with the filter and the row count.
     */
    public List<ResultRow> results(ResultFilter filter, Page page) {
        List<ResultRow> rows = query(filter, page);
        audit.record(AuditAction.RESULTS_LISTED, AuditEvent.Outcome.SUCCESS, "results", testOf(filter),
                describe(filter) + ", offset=" + page.offset() + ", rows=" + rows.size());
        return rows;
    }

    private static String testOf(ResultFilter filter) {
        return filter == null || filter.testId() == null ? null : String.valueOf(filter.testId());
    }

    private static String describe(ResultFilter filter) {
        String text = filter == null || filter.text() == null || filter.text().isBlank() ? null : filter.text().trim();
        return "test=" + (filter == null || filter.testId() == null ? "all" : filter.testId())
                + (text == null ? "" : ", q=" + AuditEvent.fit(text, 100));
    }

    private List<ResultRow> query(ResultFilter filter, Page page) {
        currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Finished f = finished(cb, q, filter);
        q.multiselect(f.attempt(), f.person().get("lastName"), f.person().get("firstName"),
                f.person().get("middleName"), f.municipality().get("name"), f.test().get("code"), f.test().get("title"))
                .orderBy(cb.desc(f.attempt().get("finishedAt")), cb.desc(f.attempt().get("id")));
        List<Object[]> rows = em.createQuery(q).setFirstResult(page.offset()).setMaxResults(page.limit())
                .getResultList();
        Map<Long, Map<String, Integer>> levels = new HashMap<>();
        List<Long> ids = rows.stream().map(r -> ((Attempt) r[0]).getId()).toList();
        if (!ids.isEmpty()) {
            for (Object[] r : em.createQuery("select r.attemptId, r.competencyCode, r.level from AttemptResult r "
                    + "where r.attemptId in :ids order by r.id", Object[].class).setParameter("ids", ids)
                    .getResultList()) {
                levels.computeIfAbsent((Long) r[0], k -> new LinkedHashMap<>()).put((String) r[1], (Integer) r[2]);
            }
        }
        List<ResultRow> out = new ArrayList<>();
        for (Object[] r : rows) {
            Attempt a = (Attempt) r[0];
            out.add(new ResultRow(a.getId(), a.getPersonId(),
                    Person.fullName((String) r[1], (String) r[2], (String) r[3]),
                    (String) r[4], (String) r[5], (String) r[6], a.getAttemptNo(), a.getFinishedAt(),
                    a.getClosedBy(), a.getPercent(), levels.getOrDefault(a.getId(), Map.of())));
        }
        return out;
    }

    public long count(ResultFilter filter) {
        currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        q.select(cb.count(finished(cb, q, filter).attempt()));
        return em.createQuery(q).getSingleResult();
    }

    /**
     * The results as an XLSX workbook: one row per attempt, one column per competency (attained level). Audited as
     * an export with the filter and the row count.
     */
    public byte[] xlsx(ResultFilter filter, Locale language) {
        BundleTexts texts = BundleTexts.of("assessment-admin", language);
        List<ResultRow> rows = new ArrayList<>();
        for (int offset = 0; offset < XLSX_LIMIT; offset += Page.MAX_LIMIT) {
            List<ResultRow> page = query(filter, new Page(offset, Page.MAX_LIMIT));
            rows.addAll(page);
            if (page.size() < Page.MAX_LIMIT) {
                break;
            }
        }
        audit.record(AuditAction.DATA_EXPORTED, AuditEvent.Outcome.SUCCESS, "results", testOf(filter),
                "xlsx, " + describe(filter) + ", rows=" + rows.size());
        Set<String> competencies = new LinkedHashSet<>();
        rows.forEach(r -> competencies.addAll(r.levels().keySet()));
        List<String> header = new ArrayList<>(Stream.of("person", "municipality", "test", "attempt", "finished",
                "closedBy", "percent").map(k -> texts.text("admin.export.results." + k)).toList());
        header.addAll(competencies);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.ROOT)
                .withZone(ZoneId.of("Europe/Moscow"));
        List<List<XlsxWriter.Cell>> cells = new ArrayList<>();
        for (ResultRow r : rows) {
            List<XlsxWriter.Cell> line = new ArrayList<>();
            line.add(new XlsxWriter.Cell(r.personName(), null));
            line.add(new XlsxWriter.Cell(r.municipality(), null));
            line.add(new XlsxWriter.Cell(r.testCode() + " " + r.testTitle(), null));
            line.add(new XlsxWriter.Cell((double) r.attemptNo(), null));
            line.add(new XlsxWriter.Cell(r.finishedAt() == null ? null : f.format(r.finishedAt()), null));
            line.add(new XlsxWriter.Cell(texts.text("admin.export.results.closedBy."
                    + (r.closedBy() == ClosedBy.TIMER ? ClosedBy.TIMER : ClosedBy.TAKER)), null));
            line.add(new XlsxWriter.Cell(r.percent(), null));
            for (String c : competencies) {
                Integer level = r.levels().get(c);
                line.add(new XlsxWriter.Cell(level == null ? null : level.doubleValue(), null));
            }
            cells.add(line);
        }
        return XlsxWriter.write(texts.text("admin.export.results.sheet"), header, cells);
    }

    /** Item statistics of a test over its finished attempts (methodologists, administrators). */
    public StatisticsReport statistics(long testId) {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        if (em.find(AssessmentTest.class, testId) == null) {
            throw new NotFoundException(AssessmentError.TEST_NOT_FOUND, testId);
        }
        Map<Long, Map<Long, Double>> byAttempt = new LinkedHashMap<>();
        Map<Long, String> competencyOf = new HashMap<>();
        for (Object[] r : em.createQuery("select i.attemptId, i.questionId, i.competencyCode, i.score "
                + "from AttemptItem i, Attempt a where a.id = i.attemptId and a.testId = :t and a.status = :s "
                + "order by i.attemptId, i.slot", Object[].class).setParameter("t", testId)
                .setParameter("s", AttemptStatus.FINISHED).getResultList()) {
            Double score = r[3] == null ? 0.0 : ((Number) r[3]).doubleValue();
            byAttempt.computeIfAbsent((Long) r[0], k -> new LinkedHashMap<>()).put((Long) r[1], score);
            competencyOf.put((Long) r[1], (String) r[2]);
        }
        List<AttemptScores> attempts = new ArrayList<>();
        byAttempt.forEach((id, scores) -> attempts.add(new AttemptScores(id, scores)));
        return ItemStatistics.compute(attempts, competencyOf);
    }

    /** Codes and stems of questions (for labelling statistics). */
    public Map<Long, String[]> questionLabels(List<Long> ids) {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        Map<Long, String[]> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("select q.id, q.code, q.stemPreview, q.competencyCode from Question q "
                + "where q.id in :ids", Object[].class).setParameter("ids", ids).getResultList()) {
            out.put((Long) r[0], new String[] {(String) r[1], (String) r[2], (String) r[3]});
        }
        return out;
    }

    /** The roots of a results query: finished attempts with their person, municipality and test. */
    private record Finished(Root<Attempt> attempt, Root<Person> person, Join<Person, Municipality> municipality,
            Root<AssessmentTest> test) {
    }

    /**
     * Finished attempts of people in the caller's scope (identity's {@link DataScope}), filtered by test and by a
     * text in the person's name or municipality.
     */
    private Finished finished(CriteriaBuilder cb, CriteriaQuery<?> q, ResultFilter f) {
        Root<Attempt> a = q.from(Attempt.class);
        Root<Person> p = q.from(Person.class);
        Join<Person, Municipality> m = p.join("municipality");
        Root<AssessmentTest> t = q.from(AssessmentTest.class);
        List<Predicate> c = new ArrayList<>();
        c.add(cb.equal(p.get("id"), a.get("personId")));
        c.add(cb.equal(t.get("id"), a.get("testId")));
        c.add(cb.equal(a.get("status"), AttemptStatus.FINISHED));
        c.add(scope.personIn(cb, q, a.get("personId")));
        if (f != null && f.testId() != null) {
            c.add(cb.equal(a.get("testId"), f.testId()));
        }
        if (f != null && f.text() != null && !f.text().isBlank()) {
            String text = "%" + f.text().trim().toLowerCase(Locale.ROOT) + "%";
            c.add(cb.or(cb.like(cb.lower(p.get("lastName")), text), cb.like(cb.lower(p.get("firstName")), text),
                    cb.like(cb.lower(m.get("name")), text)));
        }
        q.where(c.toArray(Predicate[]::new));
        return new Finished(a, p, m, t);
    }
}
