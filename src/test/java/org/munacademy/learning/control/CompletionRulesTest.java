package org.munacademy.learning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.learning.control.CompletionRules.Figures;
import org.munacademy.learning.control.CompletionRules.LessonState;
import org.munacademy.learning.entity.LessonKind;

/** When a programme counts as completed: every mandatory lesson done, module checks passed by their result. */
class CompletionRulesTest {

    private static LessonState lesson(long id, long module, LessonKind kind, boolean mandatory, boolean done) {
        return new LessonState(id, module, kind, mandatory, done);
    }

    @Test
    void a_programme_is_completed_when_every_mandatory_lesson_is_done_and_optional_ones_do_not_count() {
        List<LessonState> course = List.of(lesson(1, 10, LessonKind.TEXT, true, true),
                lesson(2, 10, LessonKind.VIDEO, false, false), lesson(3, 20, LessonKind.CHECK, true, false));
        assertThat(CompletionRules.complete(course)).isFalse();
        assertThat(CompletionRules.programme(course)).isEqualTo(new Figures(2, 1));
        assertThat(CompletionRules.programme(course).percent()).isEqualTo(50);

        List<LessonState> checked = List.of(course.get(0), course.get(1), lesson(3, 20, LessonKind.CHECK, true, true));
        assertThat(CompletionRules.complete(checked)).isTrue();
        assertThat(CompletionRules.programme(checked).percent()).isEqualTo(100);
    }

    @Test
    void modules_count_the_lessons_the_programme_counts_and_keep_course_order() {
        List<LessonState> course = List.of(lesson(1, 20, LessonKind.TEXT, true, true),
                lesson(2, 20, LessonKind.FILE, false, true), lesson(3, 10, LessonKind.CHECK, true, false));
        assertThat(CompletionRules.modules(course)).containsExactly(
                java.util.Map.entry(20L, new Figures(1, 1)), java.util.Map.entry(10L, new Figures(1, 0)));
    }

    @Test
    void a_course_without_mandatory_lessons_needs_all_of_them_and_an_empty_one_is_never_complete() {
        List<LessonState> optional = List.of(lesson(1, 10, LessonKind.TEXT, false, true),
                lesson(2, 10, LessonKind.TEXT, false, false));
        assertThat(CompletionRules.programme(optional)).isEqualTo(new Figures(2, 1));
        assertThat(CompletionRules.complete(optional)).isFalse();
        assertThat(CompletionRules.complete(List.of())).isFalse();
    }

    @Test
    void a_module_check_passes_from_sixty_per_cent_of_the_points() {
        assertThat(CompletionRules.checkPassed(null)).isFalse();
        assertThat(CompletionRules.checkPassed(new BigDecimal("59.99"))).isFalse();
        assertThat(CompletionRules.checkPassed(new BigDecimal("60.00"))).isTrue();
        assertThat(CompletionRules.checkPassed(new BigDecimal("100"))).isTrue();
    }
}
