package org.munacademy.learning.control;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.learning.entity.LessonKind;

/**
 * When a lesson, a module and a programme count as done. A text, file or video lesson is done when the learner marks
 * it; a SCORM lesson when its package reports passed or completed; a module check when the person has a finished
 * attempt of its test with at least {@link #CHECK_PASS_PERCENT} per cent. A programme is completed when every
 * mandatory lesson is done (module checks included); a course without mandatory lessons needs all of them.
 */
public final class CompletionRules {

    /** The share of the points a module check needs (assessment's tests have no pass mark of their own). */
    public static final BigDecimal CHECK_PASS_PERCENT = new BigDecimal("60");

    private CompletionRules() {
    }

    /** One lesson of the course with whether the person has done it. */
    public record LessonState(long lessonId, long moduleId, LessonKind kind, boolean mandatory, boolean done) {
    }

    /** Progress in figures: lessons required and done, and the share in whole per cent. */
    public record Figures(int required, int done) {
        public int percent() {
            return required == 0 ? 0 : done * 100 / required;
        }

        public boolean complete() {
            return required > 0 && done == required;
        }
    }

    /** Whether a module check's best result passes it. */
    public static boolean checkPassed(BigDecimal bestPercent) {
        return bestPercent != null && bestPercent.compareTo(CHECK_PASS_PERCENT) >= 0;
    }

    /** The lessons that count: the mandatory ones, or all when none is mandatory. */
    static List<LessonState> counted(List<LessonState> lessons) {
        List<LessonState> mandatory = lessons.stream().filter(LessonState::mandatory).toList();
        return mandatory.isEmpty() ? lessons : mandatory;
    }

    /** The programme's progress over its lessons in course order. */
    public static Figures programme(List<LessonState> lessons) {
        List<LessonState> counted = counted(lessons);
        return new Figures(counted.size(), (int) counted.stream().filter(LessonState::done).count());
    }

    /** Each module's progress (by module id, in course order), counting the lessons the programme counts. */
    public static Map<Long, Figures> modules(List<LessonState> lessons) {
        List<LessonState> counted = counted(lessons);
        Map<Long, Figures> out = new LinkedHashMap<>();
        for (LessonState l : lessons) {
            out.putIfAbsent(l.moduleId(), new Figures(0, 0));
        }
        for (LessonState l : counted) {
            Figures f = out.get(l.moduleId());
            out.put(l.moduleId(), new Figures(f.required() + 1, f.done() + (l.done() ? 1 : 0)));
        }
        return out;
    }

    /** Whether the person completed the programme. */
    public static boolean complete(List<LessonState> lessons) {
        return programme(lessons).complete();
    }
}
