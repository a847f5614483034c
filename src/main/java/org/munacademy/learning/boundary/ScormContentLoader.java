package org.munacademy.learning.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.munacademy.learning.control.ScormPackageReader;
import org.munacademy.learning.entity.Lesson;
import org.munacademy.learning.entity.LessonKind;
import org.munacademy.learning.entity.Programme;
import org.munacademy.learning.entity.ProgrammeStatus;
import org.munacademy.learning.entity.ScormPackage;
import org.munacademy.shared.boundary.DatabaseReady;
import org.munacademy.shared.control.ContentFiles;
import org.munacademy.shared.control.ContentFiles.ContentException;
import org.munacademy.shared.control.Table;

/**
 * Loads the SCORM packages of {@code content/learning/scorm/packages.csv} (programme code, module number, lesson
 * title, the zip under {@code content/learning/}, whether to publish the programme then) right after the programmes
 * ({@link DatabaseReady#LOAD_LEARNING} + 1): a package goes to a SCORM lesson of a draft that has none yet, validated
 * like an upload, and the programme is published when the row says so. Anything already attached or published is
 * left as it is, so loading again changes nothing.
 */
@ApplicationScoped
@Transactional
public class ScormContentLoader {

    private static final Logger LOG = Logger.getLogger(ScormContentLoader.class.getName());
    private static final String CSV = "learning/scorm/packages.csv";

    @Inject
    Clock clock;

    @Inject
    Programmes programmes;

    @Inject
    ScormFacade scorm;

    void load(@Observes @Priority(DatabaseReady.LOAD_LEARNING + 1) DatabaseReady event) {
        if (!event.loadContent()) {
            return; // loaded already, unchanged since (Bootstrap's content fingerprint)
        }
        List<Table.Row> rows = ContentFiles.csv(CSV).orElse(List.of());
        for (Table.Row r : rows) {
            Programme p = programmes.byCode(r.get("programme")).orElse(null);
            if (p == null || p.getStatus() != ProgrammeStatus.DRAFT) {
                continue; // no standard loaded (no programmes), or published already
            }
            int module = Integer.parseInt(r.get("module"));
            Lesson lesson = p.getModules().size() < module ? null : p.getModules().get(module - 1).getLessons()
                    .stream().filter(l -> l.getKind() == LessonKind.SCORM && l.getTitle().equals(r.get("lesson")))
                    .findFirst().orElse(null);
            if (lesson == null) {
                throw new ContentException(CSV, r.line(), "no SCORM lesson «" + r.get("lesson") + "» in module "
                        + module + " of " + r.get("programme"));
            }
            if (lesson.getScormPackageId() != null) {
                continue;
            }
            byte[] zip = ContentFiles.bytes("learning/" + r.get("package"))
                    .orElseThrow(() -> new ContentException(CSV, r.line(), "no file content/learning/"
                            + r.get("package")));
            ScormPackage pkg = scorm.store(ScormPackageReader.read(zip), "content");
            p.attachScormPackage(lesson.getId(), pkg.getId(), clock.instant());
            if ("true".equalsIgnoreCase(r.get("publish"))) {
                p.publish(clock.instant());
            }
            LOG.info(() -> "SCORM package «" + pkg.getTitle() + "» attached to " + p.getCode());
        }
    }
}
