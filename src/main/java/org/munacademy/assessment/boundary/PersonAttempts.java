package org.munacademy.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.assessment.entity.AttemptMark;
import org.munacademy.assessment.entity.AttemptStatus;

/**
 * Whether a person took some tests, for other contexts that track it (the reserve's development plans): no scores,
 * only whether an attempt is open or finished, and when. Decides nothing about roles or scope: the calling boundary
 * has checked that its caller may see the person. One query whatever the number of codes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PersonAttempts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The person's standing in each of these tests (by code; absent: no attempt). */
    public Map<String, AttemptMark> marks(long personId, Collection<String> testCodes) {
        Map<String, AttemptMark> out = new LinkedHashMap<>();
        List<String> codes = testCodes.stream().filter(c -> c != null && !c.isBlank()).distinct().toList();
        if (codes.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("select t.code, a.status, a.finishedAt from Attempt a, AssessmentTest t "
                + "where t.id = a.testId and a.personId = :p and t.code in :codes order by a.id", Object[].class)
                .setParameter("p", personId).setParameter("codes", codes).getResultList()) {
            String code = (String) r[0];
            AttemptStatus status = (AttemptStatus) r[1];
            Instant finished = (Instant) r[2];
            AttemptMark before = out.get(code);
            if (status == AttemptStatus.FINISHED && finished != null) {
                LocalDate on = LocalDate.ofInstant(finished, clock.getZone());
                if (before == null || before.finishedOn() == null || on.isAfter(before.finishedOn())) {
                    out.put(code, new AttemptMark(code, AttemptStatus.FINISHED, on));
                }
            } else if (before == null) {
                out.put(code, new AttemptMark(code, AttemptStatus.IN_PROGRESS, null));
            }
        }
        return out;
    }
}
