package org.munacademy.learning.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.munacademy.learning.control.CohortSeed;
import org.munacademy.learning.entity.Cohort;
import org.munacademy.learning.entity.CohortData;
import org.munacademy.learning.entity.Programme;
import org.munacademy.shared.boundary.DatabaseReady;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.control.ContentCalendar;
import org.munacademy.shared.control.ContentFiles.ContentException;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.InvalidInputException;

/**
 * Loads {@code content/learning/cohorts.csv} right after the programmes ({@link DatabaseReady#LOAD_LEARNING} + 10):
 * each cohort whose code is not stored yet, checked as a methodologist's input is; stored ones are left alone.
 */
@ApplicationScoped
@Transactional
public class CohortContent {

    /** After the programmes, which the cohorts offer. */
    static final int LOAD_COHORTS = DatabaseReady.LOAD_LEARNING + 10;

    private static final Logger LOG = Logger.getLogger(CohortContent.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    InputValidator validator;

    @Inject
    Programmes programmes;

    void load(@Observes @Priority(LOAD_COHORTS) DatabaseReady event) {
        if (!event.loadContent()) {
            return; // loaded already, unchanged since (Bootstrap's content fingerprint)
        }
        List<String> created = new ArrayList<>();
        for (CohortData d : CohortSeed.read(ContentCalendar.csv(LocalDate.now(clock)))) {
            boolean stored = !em.createQuery("select c.id from Cohort c where c.code = :c", Long.class)
                    .setParameter("c", d.getCode()).getResultList().isEmpty();
            if (stored) {
                continue;
            }
            Programme p = programmes.byCode(d.getProgrammeCode()).orElse(null);
            if (p == null) {
                continue; // the programme's content was not loaded (no published standard)
            }
            try {
                validator.validate(d);
                Cohort c = new Cohort(d.getCode(), p, "content", clock.instant());
                c.apply(d);
                em.persist(c);
            } catch (InvalidInputException e) {
                throw new ContentException("learning/cohorts.csv", 0, d.getCode() + ": " + e.violations());
            } catch (BusinessException e) {
                throw new ContentException("learning/cohorts.csv", 0, d.getCode() + ": " + e.getMessage());
            }
            created.add(d.getCode());
        }
        if (!created.isEmpty()) {
            em.flush();
            LOG.info(() -> "Learning cohorts loaded: " + created);
            event.banner("Потоки обучения: " + created.size());
        }
    }
}
