package org.munacademy.assessment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The life of an attempt with essays: finished by the taker, awaiting grading, then final. */
class AttemptGradingTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant DONE = START.plusSeconds(600);

    @Test
    void an_attempt_with_essays_awaits_grading_without_a_result_and_is_final_once_graded() {
        Attempt a = new Attempt(1L, 2L, 1, START, START.plusSeconds(1800));

        a.awaitGrading(DONE, ClosedBy.TAKER);
        assertThat(a.getStatus()).isEqualTo(AttemptStatus.AWAITING_GRADING);
        assertThat(a.getPercent()).isNull();
        assertThat(a.getFinishedAt()).isEqualTo(DONE);

        a.finishGrading(62.5);
        assertThat(a.getStatus()).isEqualTo(AttemptStatus.FINISHED);
        assertThat(a.getPercent()).isEqualTo(62.5);
        assertThat(a.getFinishedAt()).as("the taker's finishing time stays").isEqualTo(DONE);
        assertThat(a.getClosedBy()).isEqualTo(ClosedBy.TAKER);
    }

    @Test
    void only_an_attempt_in_progress_starts_to_await_grading() {
        Attempt a = new Attempt(1L, 2L, 1, START, START.plusSeconds(1800));
        a.finish(DONE, ClosedBy.TAKER, 50);
        assertThatThrownBy(() -> a.awaitGrading(DONE, ClosedBy.TAKER)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_essay_is_graded_once_with_its_marks_comment_and_grader() {
        AttemptItem item = new AttemptItem(1L, 3, 10L, 11L, "DIG-01", 2, "|");
        assertThatThrownBy(() -> item.grade(List.of(1.0), 0.5, null, "metod", DONE))
                .as("not awaiting grading yet").isInstanceOf(IllegalStateException.class);

        item.awaitGrading();
        assertThat(item.isNeedsGrading()).isTrue();
        assertThat(item.getScore()).isNull();
        item.grade(List.of(2.0, 1.5), 0.7, "  Хорошо  ", "metod", DONE);

        assertThat(item.isNeedsGrading()).isFalse();
        assertThat(item.getScore()).isEqualTo(0.7);
        assertThat(item.getGradePoints()).containsExactly(2.0, 1.5);
        assertThat(item.getGradeComment()).isEqualTo("Хорошо");
        assertThat(item.getGradedBy()).isEqualTo("metod");
        assertThatThrownBy(() -> item.grade(List.of(0.0, 0.0), 0, null, "other", DONE))
                .as("graded twice").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_graded_essay_is_regraded_with_new_marks_grader_and_score_but_one_awaiting_grading_is_not() {
        AttemptItem item = new AttemptItem(1L, 3, 10L, 11L, "DIG-01", 2, "|");
        item.awaitGrading();
        assertThatThrownBy(() -> item.regrade(List.of(1.0), 0.5, null, "metod", DONE))
                .as("not graded yet").isInstanceOf(IllegalStateException.class);
        item.grade(List.of(0.0, 0.0), 0, "Слабо", "assessor", DONE);

        item.regrade(List.of(2.0, 3.0), 1.0, "Пересмотрено", "metod", DONE.plusSeconds(60));
        assertThat(item.isNeedsGrading()).isFalse();
        assertThat(item.getScore()).isEqualTo(1.0);
        assertThat(item.getGradePoints()).containsExactly(2.0, 3.0);
        assertThat(item.getGradeComment()).isEqualTo("Пересмотрено");
        assertThat(item.getGradedBy()).isEqualTo("metod");
        assertThat(item.getGradedAt()).isEqualTo(DONE.plusSeconds(60));
    }

    @Test
    void only_a_final_result_gets_a_new_percentage_from_a_regrading() {
        Attempt a = new Attempt(1L, 2L, 1, START, START.plusSeconds(1800));
        a.awaitGrading(DONE, ClosedBy.TIMER);
        assertThatThrownBy(() -> a.regraded(80)).isInstanceOf(IllegalStateException.class);
        a.finishGrading(40);

        a.regraded(80.126);
        assertThat(a.getPercent()).isEqualTo(80.13);
        assertThat(a.getStatus()).isEqualTo(AttemptStatus.FINISHED);
        assertThat(a.getFinishedAt()).as("the taker's finishing time stays").isEqualTo(DONE);
        assertThat(a.getClosedBy()).isEqualTo(ClosedBy.TIMER);
    }
}
