package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.learning.entity.EnrolmentStatus;
import org.munacademy.learning.entity.ProgrammeState;

/**
 * A person's standing in some programmes, for other contexts that track it (the reserve's development plans). Decides
 * nothing about roles or scope: the calling boundary has checked that its caller may see the person (as
 * {@link Enrolments} leaves that to its facades). One query whatever the number of codes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PersonProgrammes {

    @PersistenceContext
    EntityManager em;

    /** The person's most advanced enrolment in each of these programmes (by code; absent: none, or withdrawn). */
    public Map<String, ProgrammeState> states(long personId, Collection<String> programmeCodes) {
        Map<String, ProgrammeState> out = new LinkedHashMap<>();
        List<String> codes = programmeCodes.stream().filter(c -> c != null && !c.isBlank()).distinct().toList();
        if (codes.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("select p.code, e.status, c.code, e.completedOn from Enrolment e "
                + "join e.cohort c join c.programme p where e.personId = :p and p.code in :codes "
                + "and e.status <> :w order by e.id", Object[].class).setParameter("p", personId)
                .setParameter("codes", codes).setParameter("w", EnrolmentStatus.WITHDRAWN).getResultList()) {
            ProgrammeState s = new ProgrammeState((String) r[0], (EnrolmentStatus) r[1], (String) r[2],
                    (LocalDate) r[3]);
            if (s.beyond(out.get(s.programmeCode()))) {
                out.put(s.programmeCode(), s);
            }
        }
        return out;
    }
}
