package org.munacademy.learning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.munacademy.learning.control.CohortNotices.Facts;
import org.munacademy.learning.control.CohortNotices.Kind;
import org.munacademy.learning.entity.CohortStatus;
import org.munacademy.learning.entity.EnrolmentStatus;
import org.munacademy.learning.entity.LearningNotice;

class CohortNoticesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static Facts seat(LocalDate startsOn, LocalDate endsOn) {
        return new Facts(EnrolmentStatus.ENROLLED, CohortStatus.OPEN, startsOn, endsOn, false);
    }

    @Test
    void the_start_notice_is_due_from_the_given_days_ahead_up_to_the_first_day() {
        LocalDate end = TODAY.plusDays(30);
        assertThat(CohortNotices.due(Kind.START, seat(TODAY.plusDays(4), end), TODAY, 3)).isFalse();
        assertThat(CohortNotices.due(Kind.START, seat(TODAY.plusDays(3), end), TODAY, 3)).isTrue();
        assertThat(CohortNotices.due(Kind.START, seat(TODAY.plusDays(1), end), TODAY, 3)).isTrue();
        assertThat(CohortNotices.due(Kind.START, seat(TODAY, end), TODAY, 3)).as("on the first day").isTrue();
        assertThat(CohortNotices.due(Kind.START, seat(TODAY.minusDays(1), end), TODAY, 3))
                .as("a cohort that started yesterday is not announced any more").isFalse();
    }

    @Test
    void the_end_notice_is_due_only_in_a_started_cohort_ending_within_the_days() {
        assertThat(CohortNotices.due(Kind.END, seat(TODAY.minusDays(20), TODAY.plusDays(7)), TODAY, 7)).isTrue();
        assertThat(CohortNotices.due(Kind.END, seat(TODAY.minusDays(20), TODAY.plusDays(8)), TODAY, 7)).isFalse();
        assertThat(CohortNotices.due(Kind.END, seat(TODAY, TODAY), TODAY, 7)).as("a one-day cohort, today")
                .isTrue();
        assertThat(CohortNotices.due(Kind.END, seat(TODAY.minusDays(20), TODAY.minusDays(1)), TODAY, 7))
                .as("ended").isFalse();
        assertThat(CohortNotices.due(Kind.END, seat(TODAY.plusDays(1), TODAY.plusDays(3)), TODAY, 7))
                .as("a short cohort that has not started is not 'ending soon'").isFalse();
    }

    @Test
    void only_participants_holding_a_seat_in_a_cohort_that_runs_are_told_and_only_once() {
        LocalDate start = TODAY.plusDays(1);
        LocalDate end = TODAY.plusDays(2);
        for (EnrolmentStatus s : EnrolmentStatus.values()) {
            Facts f = new Facts(s, CohortStatus.OPEN, start, end, false);
            assertThat(CohortNotices.due(Kind.START, f, TODAY, 3)).as(s.name())
                    .isEqualTo(s == EnrolmentStatus.ENROLLED);
        }
        assertThat(CohortNotices.due(Kind.START, new Facts(EnrolmentStatus.ENROLLED, CohortStatus.CANCELLED, start,
                end, false), TODAY, 3)).as("cancelled").isFalse();
        assertThat(CohortNotices.due(Kind.START, new Facts(EnrolmentStatus.ENROLLED, CohortStatus.OPEN, start, end,
                true), TODAY, 3)).as("already told").isFalse();
        assertThat(CohortNotices.due(Kind.END, new Facts(EnrolmentStatus.COMPLETED, CohortStatus.OPEN,
                TODAY.minusDays(3), end, false), TODAY, 7)).as("completed: nothing left to do").isFalse();
    }

    @Test
    void days_below_one_turn_a_notice_off() {
        assertThat(CohortNotices.window(TODAY, 0)).isEmpty();
        assertThat(CohortNotices.due(Kind.START, seat(TODAY, TODAY.plusDays(5)), TODAY, 0)).isFalse();
        assertThat(CohortNotices.due(Kind.END, seat(TODAY.minusDays(5), TODAY), TODAY, -1)).isFalse();
        assertThat(CohortNotices.window(TODAY, 3)).hasValueSatisfying(w -> {
            assertThat(w.from()).isEqualTo(TODAY);
            assertThat(w.to()).isEqualTo(TODAY.plusDays(3));
        });
    }

    @Test
    void each_kind_sends_its_own_notice() {
        assertThat(Kind.START.notice()).isEqualTo(LearningNotice.COHORT_STARTS);
        assertThat(Kind.END.notice()).isEqualTo(LearningNotice.COURSE_ENDS_SOON);
    }
}
