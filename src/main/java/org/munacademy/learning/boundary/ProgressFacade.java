package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.DataScope;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;
import org.munacademy.learning.entity.CourseProgress;
import org.munacademy.learning.entity.Enrolment;
import org.munacademy.learning.entity.EnrolmentError;
import org.munacademy.learning.entity.EnrolmentStatus;
import org.munacademy.learning.entity.LearningError;
import org.munacademy.learning.entity.Lesson;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.NotFoundException;

/**
 * A learner's progress in an enrolment: they see it (and HR of their scope does), open lessons (viewed) and mark text,
 * file and video lessons done ("Отметить пройденным"); module checks count by the person's results in assessment.
 * Every change and an explicit refresh (after a module check) test the completion rule, and completion writes the
 * evidence ({@link Enrolments#completeIfDone}).
 */
@ApplicationScoped
@Transactional
public class ProgressFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    DataScope scope;

    @Inject
    Enrolments enrolments;

    /** The enrolment's progress: the learner's own, or HR's of their scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CourseProgress progress(long enrolmentId) {
        Caller caller = currentUser.require();
        Enrolment e = enrolments.enrolment(enrolmentId);
        boolean own = caller.personId() != null && caller.personId().equals(e.getPersonId());
        if (!own && !(caller.hasAnyRole(Role.HR_OFFICER, Role.ADMIN) && scope.coversPerson(e.getPersonId()))) {
            throw new NotFoundException(EnrolmentError.ENROLMENT_NOT_FOUND, enrolmentId);
        }
        return enrolments.courseProgress(e, null);
    }

    /** The learner opened a lesson of their enrolment. */
    public void viewed(long enrolmentId, long lessonId) {
        Enrolment e = mine(enrolmentId);
        Lesson l = lessonOf(e, lessonId);
        enrolments.progressRow(e.getPersonId(), l.getId()).viewed(clock.instant());
    }

    /**
     * The learner marks a text, file or video lesson done; the completion rule is tested at once. A module check and a
     * SCORM lesson are done by their own means and refused here.
     */
    public CourseProgress markDone(long enrolmentId, long lessonId) {
        Enrolment e = mine(enrolmentId);
        requireActive(e);
        Lesson l = lessonOf(e, lessonId);
        if (!l.getKind().hasPage()) { // a check by its test's result, a SCORM package by its runtime
            throw new BusinessException(EnrolmentError.LESSON_NOT_MARKABLE);
        }
        enrolments.progressRow(e.getPersonId(), l.getId()).completed(clock.instant(), null);
        em.flush();
        enrolments.completeIfDone(e);
        return enrolments.courseProgress(e, null);
    }

    /** Tests the completion rule again (after the learner took a module check) and answers the progress. */
    public CourseProgress refresh(long enrolmentId) {
        Enrolment e = mine(enrolmentId);
        enrolments.completeIfDone(e);
        return enrolments.courseProgress(e, null);
    }

    private Enrolment mine(long enrolmentId) {
        Caller caller = currentUser.require();
        Enrolment e = enrolments.enrolment(enrolmentId);
        if (caller.personId() == null || !caller.personId().equals(e.getPersonId())) {
            throw new NotFoundException(EnrolmentError.ENROLMENT_NOT_FOUND, enrolmentId);
        }
        return e;
    }

    private static void requireActive(Enrolment e) {
        if (e.getStatus() != EnrolmentStatus.ENROLLED && e.getStatus() != EnrolmentStatus.COMPLETED) {
            throw new BusinessException(EnrolmentError.NOT_ENROLLED, e.getCohort().getProgramme().getCode());
        }
    }

    private static Lesson lessonOf(Enrolment e, long lessonId) {
        return e.getCohort().getProgramme().lesson(lessonId)
                .orElseThrow(() -> new NotFoundException(LearningError.LESSON_NOT_FOUND, lessonId));
    }
}
