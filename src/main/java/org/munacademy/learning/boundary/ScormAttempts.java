package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the SCORM runtime tells the rest of learning: which SCORM lessons a person has passed or completed (for the
 * progress and completion rules of enrolment). One query, whatever the number of lessons.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@org.munacademy.shared.boundary.TrustsItsCaller("learning's own progress and completion, which decided whose "
        + "lessons it asks about")
public class ScormAttempts {

    @PersistenceContext
    EntityManager em;

    /** The ids of the SCORM lessons this person (by user name) has passed or completed. */
    public Set<Long> completedLessons(String username) {
        List<Long> ids = em.createQuery("select a.lessonId from ScormAttempt a where a.username = :u "
                + "and a.completedAt is not null", Long.class).setParameter("u", username).getResultList();
        return new TreeSet<>(ids);
    }
}
