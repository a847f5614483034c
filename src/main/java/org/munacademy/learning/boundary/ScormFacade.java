package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;
import org.munacademy.learning.control.ScormPackageReader;
import org.munacademy.learning.control.ScormPackageReader.ScormContent;
import org.munacademy.learning.entity.LearningError;
import org.munacademy.learning.entity.Lesson;
import org.munacademy.learning.entity.LessonKind;
import org.munacademy.learning.entity.Programme;
import org.munacademy.learning.entity.ProgrammeDetail;
import org.munacademy.learning.entity.ProgrammeStatus;
import org.munacademy.learning.entity.ScormAttempt;
import org.munacademy.learning.entity.ScormAttemptRow;
import org.munacademy.learning.entity.ScormPackage;
import org.munacademy.learning.entity.ScormPackageRow;
import org.munacademy.shared.boundary.FileStore;
import org.munacademy.shared.boundary.Upload;
import org.munacademy.shared.entity.AccessDeniedException;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.FileContent;
import org.munacademy.shared.entity.FileInfo;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.SharedError;

/**
 * SCORM 1.2 lessons: methodologists and administrators upload a package (validated as a whole by
 * {@link ScormPackageReader}; every file goes to the file store, nothing is stored on refusal) and attach it to a
 * SCORM lesson of a draft programme; whoever may open the lesson launches it (a new session with a fresh launch
 * token, see {@link ScormAttempt}), reads the package's files on its own path, and the player commits the data
 * model with the token. Only the person the token was issued to, signed in with the session that opened the lesson
 * page, can use it.
 */
@ApplicationScoped
@Transactional
public class ScormFacade {

    /** The largest package zip accepted, read with this limit while it streams in. */
    public static final long MAX_ZIP_BYTES = 50L * 1024 * 1024;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    LessonCompletion lessonCompletion;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Programmes programmes;

    @Inject
    FileStore files;

    /** What the lesson page needs to start the player: the token (given to the player only) and the title. */
    public record Launch(String token, long packageId, String title) {
    }

    /** What the player starts a session with: the SCO's URL inside the application, the title and the data model. */
    public record RuntimeState(String launchPath, String title, Map<String, String> cmi) {
    }

    // ---- packages ----

    /**
     * Reads, validates and stores a package.
     *
     * @throws org.munacademy.shared.entity.ImportRejectedException listing every problem; nothing stored then
     */
    public ScormPackageRow upload(Upload upload) {
        Caller caller = editor();
        return store(ScormPackageReader.read(upload.bytes()), caller.username()).row();
    }

    /** Stores a validated package: each file in the file store, the package with its entries. */
    ScormPackage store(ScormContent content, String createdBy) {
        Map<String, String> entries = new HashMap<>();
        content.files().forEach((path, bytes) -> {
            FileInfo f = files.putPackageEntry(bytes, fileName(path), createdBy);
            entries.put(path, f.sha256());
        });
        ScormPackage p = new ScormPackage(content.title(), content.launchPath(), entries, content.totalBytes(),
                createdBy, clock.instant());
        em.persist(p);
        em.flush();
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScormPackageRow get(long packageId) {
        editor();
        return find(packageId).row();
    }

    /** Gives a SCORM lesson of a draft programme its package; answers the programme. */
    public ProgrammeDetail attach(String programmeCode, long expectedVersion, long lessonId, long packageId) {
        editor();
        Programme p = programmes.forChange(programmeCode, expectedVersion);
        find(packageId);
        p.attachScormPackage(lessonId, packageId, clock.instant());
        em.flush();
        return programmes.detail(p);
    }

    // ---- learners ----

    /**
     * Starts a session of a SCORM lesson for the caller (whoever may see the programme): finds or creates their
     * attempt and issues a new launch token, which invalidates the one before.
     */
    public Launch launch(String programmeCode, long lessonId) {
        Caller caller = currentUser.require();
        Programme p = programmes.visible(programmeCode);
        Lesson l = p.lesson(lessonId).orElseThrow(() -> new NotFoundException(LearningError.LESSON_NOT_FOUND,
                lessonId));
        if (l.getKind() != LessonKind.SCORM) {
            throw new BusinessException(LearningError.SCORM_NOT_SCORM_LESSON, lessonId);
        }
        if (l.getScormPackageId() == null) {
            throw new BusinessException(LearningError.SCORM_NO_PACKAGE);
        }
        ScormPackage pkg = find(l.getScormPackageId());
        ScormAttempt a = attempt(caller.username(), lessonId).orElse(null);
        if (a == null || a.getPackageId() != pkg.getId()) {
            if (a != null) {
                em.remove(a); // the lesson's package was replaced while a draft: the old run is of another course
                em.flush();
            }
            a = new ScormAttempt(lessonId, pkg.getId(), caller.username(), clock.instant());
            em.persist(a);
        }
        a.launch(newToken(), clock.instant());
        em.flush();
        return new Launch(a.getLaunchToken(), pkg.getId(), pkg.getTitle());
    }

    /** The data model a player starts with, for the person the token was issued to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RuntimeState state(String token) {
        Caller caller = currentUser.require();
        ScormAttempt a = byToken(token, caller);
        ScormPackage pkg = find(a.getPackageId());
        return new RuntimeState("learning/scorm/" + pkg.getId() + "/" + pkg.getLaunchPath(), pkg.getTitle(),
                a.dataModel(caller.displayName()));
    }

    /**
     * Takes a commit of the player (LMSCommit, or LMSFinish with {@code finish}): values are checked against the data
     * model, all wrong ones reported at once.
     */
    public ScormAttemptRow commit(String token, Map<String, String> values, boolean finish) {
        Caller caller = currentUser.require();
        ScormAttempt a = byToken(token, caller);
        a.commit(values, finish, clock.instant());
        em.flush();
        if (a.isCompleted() && caller.personId() != null) {
            // passed or completed: the lesson counts as done in the learner's enrolments (the score is kept)
            ScormAttemptRow row = a.row();
            lessonCompletion.complete(caller.personId(), a.getLessonId(),
                    row.scoreRaw() == null ? null : java.math.BigDecimal.valueOf(row.scoreRaw()));
        }
        return a.row();
    }

    /** The caller's attempt of a SCORM lesson (status, score, where they stopped), if they started it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ScormAttemptRow> myAttempt(String programmeCode, long lessonId) {
        Caller caller = currentUser.require();
        Programme p = programmes.visible(programmeCode);
        p.lesson(lessonId).orElseThrow(() -> new NotFoundException(LearningError.LESSON_NOT_FOUND, lessonId));
        return attempt(caller.username(), lessonId).map(ScormAttempt::row);
    }

    /**
     * A file of a package on its own path: for whoever may open a lesson that shows the package (everybody signed in
     * for a published or archived programme), and for methodologists and administrators always.
     *
     * @throws NotFoundException when there is no such package or file, or the caller may not read it (not told apart)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FileContent file(long packageId, String path) {
        Caller caller = currentUser.caller().orElseThrow(() -> new AccessDeniedException(SharedError.ACCESS_DENIED));
        ScormPackage pkg = em.find(ScormPackage.class, packageId);
        if (pkg == null || !mayRead(caller, packageId)) {
            throw new NotFoundException(SharedError.FILE_NOT_FOUND);
        }
        String sha256 = pkg.sha256Of(path).orElseThrow(() -> new NotFoundException(SharedError.FILE_NOT_FOUND));
        return files.open(sha256);
    }

    private boolean mayRead(Caller caller, long packageId) {
        if (caller.hasAnyRole(Role.METHODOLOGIST, Role.ADMIN)) {
            return true;
        }
        List<ProgrammeStatus> statuses = em.createQuery("select distinct p.status from Programme p join p.modules m "
                + "join m.lessons l where l.scormPackageId = :id", ProgrammeStatus.class).setParameter("id", packageId)
                .getResultList();
        return statuses.stream().anyMatch(s -> s != ProgrammeStatus.DRAFT);
    }

    private ScormAttempt byToken(String token, Caller caller) {
        if (token == null || token.length() != 43) {
            throw new AccessDeniedException(LearningError.SCORM_LAUNCH_INVALID);
        }
        ScormAttempt a = em.createQuery("select a from ScormAttempt a where a.launchToken = :t", ScormAttempt.class)
                .setParameter("t", token).getResultStream().findFirst().orElse(null);
        if (a == null || !a.getUsername().equals(caller.username())) {
            throw new AccessDeniedException(LearningError.SCORM_LAUNCH_INVALID);
        }
        return a;
    }

    private Optional<ScormAttempt> attempt(String username, long lessonId) {
        return em.createQuery("select a from ScormAttempt a where a.username = :u and a.lessonId = :l",
                ScormAttempt.class).setParameter("u", username).setParameter("l", lessonId).getResultStream()
                .findFirst();
    }

    private ScormPackage find(long packageId) {
        ScormPackage p = em.find(ScormPackage.class, packageId);
        if (p == null) {
            throw new NotFoundException(LearningError.SCORM_PACKAGE_NOT_FOUND, packageId);
        }
        return p;
    }

    private Caller editor() {
        return currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
    }

    private static String newToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String fileName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }
}
