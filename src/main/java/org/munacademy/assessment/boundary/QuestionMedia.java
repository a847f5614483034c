package org.munacademy.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.munacademy.assessment.control.RichHtml;
import org.munacademy.assessment.control.ItemMedia;
import org.munacademy.assessment.entity.AssessmentTest;
import org.munacademy.assessment.entity.Attempt;
import org.munacademy.assessment.entity.AttemptStatus;
import org.munacademy.assessment.entity.MediaFile;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;
import org.munacademy.assessment.entity.RichText;
import org.munacademy.shared.boundary.FileAccess;
import org.munacademy.shared.boundary.FileStore;
import org.munacademy.shared.entity.FileContent;
import org.munacademy.shared.entity.FileInfo;
import org.munacademy.shared.entity.FileRefs;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.SharedError;

/**
 * The images (and audio and video) of questions in the file store, and who may see them: whoever may see the
 * question. That is a methodologist or administrator (any image a question of the bank shows, and images they
 * uploaded themselves), and a person during their own attempt at a test that drew such a question (after it, while
 * the test's review policy shows the answers). Everyone else is refused, through the REST endpoint
 * ({@link FileAccess}) and in the views alike.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QuestionMedia implements FileAccess {

    /**
     * The HTML a view shows for a rich question text ({@link RichText}): sanitised again, never the stored string
     * as it is (views reach the sanitiser through here).
     */
    public static String shownHtml(String richText) {
        return RichHtml.show(richText);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    FileStore files;

    /** Stores an image for a question text (PNG, JPEG, GIF or WebP by content). */
    @Transactional
    public MediaFile upload(InputStream in, String name) {
        Caller caller = currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        FileInfo info = files.put(in, name, ItemMedia.IMAGE_TYPES, caller.username());
        return new MediaFile(info.sha256(), info.type().mediaType(), info.size(), info.name(),
                FileRefs.reference(info.sha256(), ""));
    }

    /** An image for the bank's editor and preview. */
    public FileContent forEditor(String sha256) {
        Caller caller = currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        if (!inBank(sha256) && !files.uploadedBy(sha256, caller.username())) {
            throw new NotFoundException(SharedError.FILE_NOT_FOUND);
        }
        return files.open(sha256);
    }

    /** An image of a question of the caller's own attempt, while they may see its questions. */
    public FileContent forAttempt(long attemptId, String sha256) {
        Caller caller = currentUser.require();
        Attempt a = em.find(Attempt.class, attemptId);
        if (a == null || caller.personId() == null || !a.getPersonId().equals(caller.personId())
                || !showsQuestions(a) || !drawnBy(attemptId, sha256)) {
            throw new NotFoundException(SharedError.FILE_NOT_FOUND);
        }
        return files.open(sha256);
    }

    @Override
    public boolean mayRead(String sha256) {
        Optional<Caller> caller = currentUser.caller();
        if (caller.isEmpty() || !FileRefs.isSha256(sha256)) {
            return false;
        }
        Caller c = caller.get();
        if (c.hasAnyRole(Role.METHODOLOGIST, Role.ADMIN) && (inBank(sha256) || files.uploadedBy(sha256,
                c.username()))) {
            return true;
        }
        if (c.personId() == null) {
            return false;
        }
        List<Attempt> attempts = em.createQuery("select distinct a from Attempt a, AttemptItem i, QuestionRevision r "
                + "join r.media m where a.personId = :p and i.attemptId = a.id and r.id = i.revisionId and m = :sha",
                Attempt.class).setParameter("p", c.personId()).setParameter("sha", sha256).getResultList();
        return attempts.stream().anyMatch(this::showsQuestions);
    }

    /** The images the exported questions show, read from the store (an export holds its file in memory anyway). */
    ItemMedia.Source source() {
        return sha -> files.info(sha).filter(info -> ItemMedia.QUESTION_TYPES.contains(info.type())).map(info -> {
            try (InputStream in = files.open(sha).stream()) {
                return new ItemMedia.Image(sha, info.name(), info.type(), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Stores the images, audio and video an import collected (in the import's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    void keep(ItemMedia media, String username) {
        media.images().forEach(i -> files.put(i.bytes(), i.name(), ItemMedia.QUESTION_TYPES, username));
    }

    private boolean showsQuestions(Attempt a) {
        if (a.getStatus() == AttemptStatus.IN_PROGRESS) {
            return true;
        }
        AssessmentTest t = em.find(AssessmentTest.class, a.getTestId());
        return a.getStatus() == AttemptStatus.FINISHED && t != null && t.getReview().showsAnswers();
    }

    private boolean inBank(String sha256) {
        return !em.createQuery("select r.id from QuestionRevision r join r.media m where m = :sha", Long.class)
                .setParameter("sha", sha256).setMaxResults(1).getResultList().isEmpty();
    }

    private boolean drawnBy(long attemptId, String sha256) {
        return !em.createQuery("select i.id from AttemptItem i, QuestionRevision r join r.media m "
                + "where i.attemptId = :a and r.id = i.revisionId and m = :sha", Long.class)
                .setParameter("a", attemptId).setParameter("sha", sha256).setMaxResults(1).getResultList().isEmpty();
    }
}
