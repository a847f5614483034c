package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import org.munacademy.learning.entity.Enrolment;
import org.munacademy.shared.boundary.TrustsItsCaller;

/**
 * The way other parts complete a lesson for a person — the SCORM runtime when a package reports passed or completed,
 * with its score. It trusts its caller (which has authorised the learner and the lesson): no view and no REST resource
 * reaches it. The completion rule is tested for each cohort of the lesson's programme the person is enrolled in.
 */
@ApplicationScoped
@Transactional
@TrustsItsCaller("the SCORM runtime completing a lesson for the learner it has authorised")
public class LessonCompletion {

    @Inject
    Clock clock;

    @Inject
    Enrolments enrolments;

    /**
     * Records the lesson as completed by the person (the first completion's time stays; a score replaces an earlier
     * one), then completes the person's enrolments whose rule is now met.
     */
    public void complete(long personId, long lessonId, BigDecimal score) {
        enrolments.progressRow(personId, lessonId).completed(clock.instant(), score);
        for (Enrolment e : enrolments.enrolledFor(personId, lessonId)) {
            enrolments.completeIfDone(e);
        }
    }
}
