package org.munacademy.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.assessment.entity.AttemptStatus;
import org.munacademy.shared.boundary.TrustsItsCaller;

/**
 * A person's best finished result in some tests, by test code — what the learning context needs to tell whether a
 * module check is passed (learning decides the pass mark). It trusts its caller: the learning boundary asks only
 * about the person it has authorised (the learner themselves, or the server completing a lesson).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@TrustsItsCaller("learning's and contest's boundaries asking about persons they have authorised")
public class CheckResults {

    @PersistenceContext
    EntityManager em;

    /** The best percentage of the person's finished attempts per test code (tests never finished are absent). */
    public Map<String, BigDecimal> bestPercents(long personId, Collection<String> testCodes) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        List<String> codes = testCodes.stream().filter(c -> c != null && !c.isBlank()).distinct().toList();
        if (codes.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("select t.code, max(a.percent) from Attempt a, AssessmentTest t "
                + "where a.testId = t.id and a.personId = :p and a.status = :finished and t.code in :codes "
                + "group by t.code", Object[].class).setParameter("p", personId)
                .setParameter("finished", AttemptStatus.FINISHED).setParameter("codes", codes).getResultList()) {
            if (r[1] != null) {
                out.put((String) r[0], (BigDecimal) r[1]);
            }
        }
        return out;
    }

    /**
     * The best percentage of finished attempts at one test per person, for many persons in one statement (the
     * contest's distance-test stage; persons who never finished it are absent).
     */
    public Map<Long, BigDecimal> bestPercents(Collection<Long> personIds, String testCode) {
        Map<Long, BigDecimal> out = new LinkedHashMap<>();
        if (personIds.isEmpty() || testCode == null || testCode.isBlank()) {
            return out;
        }
        for (Object[] r : em.createQuery("select a.personId, max(a.percent) from Attempt a, AssessmentTest t "
                + "where a.testId = t.id and a.personId in :p and a.status = :finished and t.code = :code "
                + "group by a.personId", Object[].class).setParameter("p", personIds)
                .setParameter("finished", AttemptStatus.FINISHED).setParameter("code", testCode).getResultList()) {
            if (r[1] != null) {
                out.put((Long) r[0], (BigDecimal) r[1]);
            }
        }
        return out;
    }
}
