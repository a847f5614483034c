package org.munacademy.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.assessment.entity.TestCoverage;
import org.munacademy.assessment.entity.TestRef;
import org.munacademy.assessment.entity.TestStatus;

/**
 * Tests as other contexts refer to them: which of some codes name a test, with its title and status — the learning
 * context's module checks name tests by code. Codes, titles and statuses are no secret (the tests' contents,
 * assignments and results stay behind {@link TestFacade} and {@link TakingFacade}), so no caller is required: content
 * loaders use it too.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TestDirectory {

    @PersistenceContext
    EntityManager em;

    /** The tests with these codes (exact, case-sensitive), by code; one query whatever the number of codes. */
    public Map<String, TestRef> byCodes(Collection<String> codes) {
        Map<String, TestRef> found = new LinkedHashMap<>();
        List<String> asked = codes.stream().filter(c -> c != null && !c.isBlank()).distinct().toList();
        if (asked.isEmpty()) {
            return found;
        }
        for (Object[] r : em.createQuery("select t.id, t.code, t.title, t.status from AssessmentTest t "
                + "where t.code in :codes order by t.code", Object[].class).setParameter("codes", asked)
                .getResultList()) {
            found.put((String) r[1], new TestRef((Long) r[0], (String) r[1], (String) r[2], (TestStatus) r[3]));
        }
        return found;
    }

    /**
     * The published tests of a position group, by code, with the competencies their blueprints draw from: what a
     * development plan proposes to confirm levels with. One query.
     */
    public List<TestCoverage> publishedFor(String positionGroupCode) {
        Map<String, Object[]> tests = new LinkedHashMap<>();
        Map<String, List<String>> competencies = new LinkedHashMap<>();
        for (Object[] r : em.createQuery("select t.code, t.title, r.competencyCode from AssessmentTest t "
                + "join t.rules r where t.status = :s and t.positionGroupCode = :g order by t.code",
                Object[].class).setParameter("s", TestStatus.PUBLISHED).setParameter("g", positionGroupCode)
                .getResultList()) {
            tests.putIfAbsent((String) r[0], r);
            List<String> codes = competencies.computeIfAbsent((String) r[0], k -> new ArrayList<>());
            if (!codes.contains((String) r[2])) {
                codes.add((String) r[2]);
            }
        }
        List<TestCoverage> out = new ArrayList<>();
        tests.forEach((code, r) -> out.add(new TestCoverage(code, (String) r[1], competencies.get(code))));
        return out;
    }
}
