package org.munacademy.learning.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.munacademy.assessment.boundary.TestDirectory;
import org.munacademy.competency.boundary.CompetencySettings;
import org.munacademy.competency.boundary.StandardFacade;
import org.munacademy.learning.control.LearningSeed;
import org.munacademy.learning.control.LearningSeed.Seed;
import org.munacademy.learning.control.LearningSeed.SeedLesson;
import org.munacademy.learning.control.LearningSeed.SeedModule;
import org.munacademy.learning.control.LearningSeed.SeedProgramme;
import org.munacademy.learning.entity.CourseModule;
import org.munacademy.learning.entity.LearningError;
import org.munacademy.learning.entity.LessonData;
import org.munacademy.learning.entity.LessonKind;
import org.munacademy.learning.entity.Programme;
import org.munacademy.learning.entity.ProgrammeData;
import org.munacademy.learning.entity.ProgrammeStatus;
import org.munacademy.learning.entity.Provider;
import org.munacademy.learning.entity.ProviderData;
import org.munacademy.shared.boundary.DatabaseReady;
import org.munacademy.shared.boundary.FileStore;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.control.ContentFiles;
import org.munacademy.shared.control.ContentFiles.ContentException;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.InvalidInputException;

/**
 * Loads {@code content/learning/} at start-up, after the competency standard and the assessment tests it refers to
 * ({@link DatabaseReady#LOAD_LEARNING}): every provider and every programme whose code is not stored yet, with its
 * course, checked by the same rules as a methodologist's input, and published when the content says so. What is
 * stored already is left as it is (methodologists may have changed it since), so loading again changes nothing.
 */
@ApplicationScoped
@Transactional
public class LearningContent {

    private static final Logger LOG = Logger.getLogger(LearningContent.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    InputValidator validator;

    @Inject
    StandardFacade standards;

    @Inject
    CompetencySettings competencySettings;

    @Inject
    ProviderFacade providers;

    @Inject
    Programmes programmes;

    @Inject
    TestDirectory tests;

    @Inject
    FileStore files;

    void load(@Observes @Priority(DatabaseReady.LOAD_LEARNING) DatabaseReady event) {
        if (!event.loadContent()) {
            return; // loaded already, unchanged since (Bootstrap's content fingerprint)
        }
        if (standards.publishedFramework(competencySettings.standardCode()).isEmpty()) {
            return; // no standard to develop competencies of
        }
        Seed seed = LearningSeed.read(ContentFiles::csv, ContentFiles::text);
        for (ProviderData p : seed.providers()) {
            if (providers.byCode(p.getCode()).isEmpty()) {
                providers.seed(p);
            }
        }
        List<String> created = new ArrayList<>();
        for (SeedProgramme s : seed.programmes()) {
            if (programmes.byCode(s.data().getCode()).isEmpty()) {
                store(s);
                created.add(s.data().getCode());
            }
        }
        if (!created.isEmpty()) {
            LOG.info(() -> "Learning programmes loaded: " + created);
            event.banner("Программы обучения: " + created.size());
        }
    }

    private void store(SeedProgramme s) {
        ProgrammeData data = s.data();
        String where = "learning/programmes.csv";
        try {
            validator.validate(data);
            Provider provider = programmes.check(data, data.getCode());
            Programme p = new Programme(data.getCode(), competencySettings.standardCode(), "content", clock.instant());
            p.apply(data, provider, clock.instant());
            em.persist(p);
            em.flush();
            for (SeedModule m : s.modules()) {
                where = "learning/lessons.csv";
                CourseModule module = p.addModule(m.title(), clock.instant());
                em.flush();
                for (SeedLesson l : m.lessons()) {
                    p.addLesson(module.getId(), lesson(l), clock.instant());
                }
            }
            if (s.status() == ProgrammeStatus.PUBLISHED) {
                p.publish(clock.instant());
            }
            em.flush();
        } catch (InvalidInputException e) {
            throw new ContentException(where, 0, data.getCode() + ": " + e.violations());
        } catch (BusinessException e) {
            throw new ContentException(where, 0, data.getCode() + ": " + e.getMessage());
        }
    }

    /** The lesson with its file stored and its test checked (as {@code Programmes.check} does for an editor). */
    private LessonData lesson(SeedLesson l) {
        LessonData data = l.data();
        validator.validate(data);
        if (data.getKind() == LessonKind.CHECK && tests.byCodes(List.of(data.getTestCode())).isEmpty()) {
            throw new InvalidInputException("testCode", LearningError.UNKNOWN_TEST, data.getTestCode());
        }
        if (l.file() != null) {
            byte[] bytes = ContentFiles.bytes(l.file())
                    .orElseThrow(() -> new ContentException("learning/lessons.csv", 0, "no file content/" + l.file()));
            String name = l.file().substring(l.file().lastIndexOf('/') + 1);
            data.setFileSha256(files.put(bytes, name, Programmes.LESSON_FILE_TYPES, "content").sha256());
        }
        return data;
    }
}
