package org.munacademy.learning.entity;

import java.math.BigDecimal;
import java.util.List;

/**
 * A learner's progress in a programme: per lesson (viewed, done, score), per module and for the programme (lessons
 * required and done), and whether it is completed.
 */
public record CourseProgress(EnrolmentRow enrolment, int required, int done, int percent, boolean complete,
        List<ModuleLine> modules) {

    public CourseProgress {
        modules = List.copyOf(modules);
    }

    /** A module with its figures and lessons. */
    public record ModuleLine(Long moduleId, String title, int required, int done, List<LessonLine> lessons) {
        public ModuleLine {
            lessons = List.copyOf(lessons);
        }
    }

    /**
     * A lesson: kind, whether mandatory, viewed and done; {@code markable} says whether the learner marks it done
     * (text, file, video) or it is done by its own means (module check, SCORM); the SCORM score where reported.
     */
    public record LessonLine(Long lessonId, String title, LessonKind kind, boolean mandatory, boolean viewed,
            boolean done, boolean markable, BigDecimal score) {
    }
}
