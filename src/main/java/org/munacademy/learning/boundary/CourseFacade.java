package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;
import org.munacademy.learning.entity.LearningError;
import org.munacademy.learning.entity.Lesson;
import org.munacademy.learning.entity.LessonData;
import org.munacademy.learning.entity.LessonView;
import org.munacademy.learning.entity.ModuleData;
import org.munacademy.learning.entity.Programme;
import org.munacademy.learning.entity.ProgrammeDetail;
import org.munacademy.shared.boundary.FileStore;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.entity.FileContent;
import org.munacademy.shared.entity.FileInfo;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.SharedError;

/**
 * A programme's course: its modules and lessons, read by everybody who may see the programme, edited by
 * methodologists and administrators. Every change goes through the programme (the aggregate) with the version the
 * editor read, and answers the programme's new outline and version. Lesson files are stored through the file store
 * (type judged by content, size limited) and read by whoever may see a programme that shows them.
 */
@ApplicationScoped
@Transactional
public class CourseFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    InputValidator validator;

    @Inject
    Programmes programmes;

    @Inject
    FileStore files;

    /** A lesson with its content (Markdown as sanitised HTML), for whoever may see the programme. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LessonView lesson(String programmeCode, long lessonId) {
        Programme p = programmes.visible(programmeCode);
        return programmes.lesson(p, lessonOf(p, lessonId));
    }

    /** The file a FILE lesson shows, for whoever may see the programme (the page's download). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FileContent lessonFile(String programmeCode, long lessonId) {
        Programme p = programmes.visible(programmeCode);
        Lesson l = lessonOf(p, lessonId);
        if (l.getFileSha256() == null) {
            throw new NotFoundException(SharedError.FILE_NOT_FOUND);
        }
        return files.open(l.getFileSha256());
    }

    public ProgrammeDetail addModule(String programmeCode, long expectedVersion, ModuleData data) {
        editor();
        Programme p = programmes.forChange(programmeCode, expectedVersion);
        validator.validate(data);
        p.addModule(data.getTitle(), clock.instant());
        return saved(p);
    }

    public ProgrammeDetail renameModule(String programmeCode, long expectedVersion, long moduleId, ModuleData data) {
        editor();
        Programme p = programmes.forChange(programmeCode, expectedVersion);
        validator.validate(data);
        p.renameModule(moduleId, data.getTitle(), clock.instant());
        return saved(p);
    }

    public ProgrammeDetail removeModule(String programmeCode, long expectedVersion, long moduleId) {
        editor();
        Programme p = programmes.forChange(programmeCode, expectedVersion);
        p.removeModule(moduleId, clock.instant());
        return saved(p);
    }

    /** Moves a module up ({@code delta} −1) or down (+1). */
    public ProgrammeDetail moveModule(String programmeCode, long expectedVersion, long moduleId, int delta) {
        editor();
        Programme p = programmes.forChange(programmeCode, expectedVersion);
        p.moveModule(moduleId, Integer.signum(delta), clock.instant());
        return saved(p);
    }

    public ProgrammeDetail addLesson(String programmeCode, long expectedVersion, long moduleId, LessonData data) {
        Caller caller = editor();
        Programme p = programmes.forChange(programmeCode, expectedVersion);
        validator.validate(data);
        programmes.check(data, caller);
        p.addLesson(moduleId, data, clock.instant());
        return saved(p);
    }

    public ProgrammeDetail updateLesson(String programmeCode, long expectedVersion, long lessonId, LessonData data) {
        Caller caller = editor();
        Programme p = programmes.forChange(programmeCode, expectedVersion);
        lessonOf(p, lessonId);
        validator.validate(data);
        programmes.check(data, caller);
        p.updateLesson(lessonId, data, clock.instant());
        return saved(p);
    }

    public ProgrammeDetail removeLesson(String programmeCode, long expectedVersion, long lessonId) {
        editor();
        Programme p = programmes.forChange(programmeCode, expectedVersion);
        lessonOf(p, lessonId);
        p.removeLesson(lessonId, clock.instant());
        return saved(p);
    }

    /** Moves a lesson up ({@code delta} −1) or down (+1) within its module. */
    public ProgrammeDetail moveLesson(String programmeCode, long expectedVersion, long lessonId, int delta) {
        editor();
        Programme p = programmes.forChange(programmeCode, expectedVersion);
        lessonOf(p, lessonId);
        p.moveLesson(lessonId, Integer.signum(delta), clock.instant());
        return saved(p);
    }

    /** A lesson as the editor's input (methodologists, administrators). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LessonData lessonData(String programmeCode, long lessonId) {
        editor();
        return lessonOf(programmes.find(programmeCode), lessonId).toData();
    }

    /**
     * Stores a file for a FILE lesson (a PDF or an image, judged by content; larger than the store's limit is refused
     * with 413 while it streams in); a lesson then names it by its SHA-256.
     */
    public FileInfo upload(InputStream in, String name) {
        Caller caller = editor();
        return files.put(in, name, Programmes.LESSON_FILE_TYPES, caller.username());
    }

    private Caller editor() {
        return currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
    }

    private static Lesson lessonOf(Programme p, long lessonId) {
        return p.lesson(lessonId).orElseThrow(() -> new NotFoundException(LearningError.LESSON_NOT_FOUND, lessonId));
    }

    private ProgrammeDetail saved(Programme p) {
        em.flush();
        return programmes.detail(p);
    }
}
