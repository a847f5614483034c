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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.munacademy.identity.boundary.RegistryPersons;
import org.munacademy.learning.control.EnrolmentSeed;
import org.munacademy.learning.control.EnrolmentSeed.LessonRef;
import org.munacademy.learning.control.EnrolmentSeed.SeedEnrolment;
import org.munacademy.learning.entity.Cohort;
import org.munacademy.learning.entity.CourseModule;
import org.munacademy.learning.entity.Enrolment;
import org.munacademy.learning.entity.EnrolmentStatus;
import org.munacademy.learning.entity.Lesson;
import org.munacademy.learning.entity.Programme;
import org.munacademy.shared.boundary.DatabaseReady;
import org.munacademy.shared.control.ContentCalendar;
import org.munacademy.shared.control.ContentFiles.ContentException;

/**
 * Loads the demo people's enrolments ({@code content/learning/enrolments.csv}, rules in {@link EnrolmentSeed}) after
 * the cohorts ({@link CohortContent#LOAD_COHORTS} + 10), in file order, so seats and waiting numbers are given as a
 * real run would: a row whose person is already in the cohort is left alone (a second start changes nothing). A
 * seeded step is history, not news: nobody is notified, and a seeded completion writes no evidence and issues no
 * document (the person's document comes from {@code documents.csv}, which the rules check it against).
 */
@ApplicationScoped
@Transactional
public class EnrolmentContent {

    static final int LOAD_ENROLMENTS = CohortContent.LOAD_COHORTS + 10;
    private static final String FILE = "learning/enrolments.csv";
    private static final Logger LOG = Logger.getLogger(EnrolmentContent.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RegistryPersons registryPersons;

    @Inject
    Enrolments enrolments;

    void load(@Observes @Priority(LOAD_ENROLMENTS) DatabaseReady event) {
        if (!event.loadContent()) {
            return; // loaded already, unchanged since (Bootstrap's content fingerprint)
        }
        List<SeedEnrolment> rows = EnrolmentSeed.load(ContentCalendar.csv(LocalDate.now(clock)));
        int created = 0;
        for (SeedEnrolment row : rows) {
            if (seed(row)) {
                created++;
            }
        }
        if (created > 0) {
            em.flush();
            int n = created;
            LOG.info(() -> "Learning enrolments loaded: " + n);
            event.banner("Записи на обучение: " + n);
        }
    }

    /** Stores one row unless its person is in the cohort already; false when nothing was stored. */
    private boolean seed(SeedEnrolment row) {
        Optional<Cohort> found = Enrolments.lock(em, row.cohortCode());
        if (found.isEmpty()) {
            return false; // the programme's content was not loaded (no published standard), nor its cohorts
        }
        Cohort cohort = found.get();
        long person = registryPersons.idOfCode(row.personCode()).orElseThrow(() -> new ContentException(FILE,
                row.line(), "person " + row.personCode() + " is not stored"));
        if (enrolments.of(cohort, person).isPresent()) {
            return false;
        }
        Instant now = clock.instant();
        Enrolment e = row.status() == EnrolmentStatus.REQUESTED ? Enrolment.request(cohort, person, "content", now)
                : Enrolment.place(cohort, person, "content", now);
        EnrolmentStatus expected = row.status() == EnrolmentStatus.COMPLETED ? EnrolmentStatus.ENROLLED
                : row.status();
        if (e.getStatus() != expected) {
            throw new ContentException(FILE, row.line(), row.personCode() + " would be " + e.getStatus() + " in "
                    + row.cohortCode() + ", not " + row.status() + " (" + cohort.getSeatsTaken() + " of "
                    + cohort.getSeats() + " seats taken): list the participants before the waiting list");
        }
        em.persist(e);
        Programme p = cohort.getProgramme();
        if (row.status() == EnrolmentStatus.COMPLETED) {
            for (Lesson l : p.lessons()) {
                if (l.getKind().hasPage()) {
                    enrolments.progressRow(person, l.getId()).completed(now, null);
                }
            }
            e.complete(row.completedOn(), now);
        }
        for (LessonRef ref : row.lessonsDone()) {
            enrolments.progressRow(person, lesson(p, ref, row).getId()).completed(now, null);
        }
        return true;
    }

    private static Lesson lesson(Programme p, LessonRef ref, SeedEnrolment row) {
        List<CourseModule> modules = p.getModules();
        if (ref.module() > modules.size() || ref.lesson() > modules.get(ref.module() - 1).getLessons().size()) {
            throw new ContentException(FILE, row.line(), "lesson " + ref + " is not in the stored course of "
                    + p.getCode());
        }
        return modules.get(ref.module() - 1).getLessons().get(ref.lesson() - 1);
    }
}
