package org.munacademy.reserve.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.AttemptMark;
import org.munacademy.assessment.entity.AttemptStatus;
import org.munacademy.learning.entity.EnrolmentStatus;
import org.munacademy.learning.entity.ProgrammeState;
import org.munacademy.reserve.entity.PlanItemStatus;

class PlanTrackingTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

    @Test
    void an_enrolment_puts_a_programme_item_in_progress_with_the_cohort() {
        PlanTracking.Step s = PlanTracking.programme(
                new ProgrammeState("P", EnrolmentStatus.WAITING, "P-1", null), TODAY);
        assertThat(s.status()).isEqualTo(PlanItemStatus.IN_PROGRESS);
        assertThat(s.note()).isEqualTo("WAITING:P-1");
        assertThat(s.on()).isNull();
    }

    @Test
    void a_completion_makes_a_programme_item_done_on_the_completion_day() {
        LocalDate on = TODAY.minusDays(3);
        PlanTracking.Step s = PlanTracking.programme(
                new ProgrammeState("P", EnrolmentStatus.COMPLETED, "P-1", on), TODAY);
        assertThat(s).isEqualTo(new PlanTracking.Step(PlanItemStatus.DONE, on, "COMPLETED:P-1:" + on));
    }

    @Test
    void without_an_enrolment_or_an_attempt_nothing_moves() {
        assertThat(PlanTracking.programme(null, TODAY)).isNull();
        assertThat(PlanTracking.assessment(null, TODAY)).isNull();
    }

    @Test
    void a_finished_attempt_makes_an_assessment_item_done_and_an_open_one_in_progress() {
        assertThat(PlanTracking.assessment(new AttemptMark("T", AttemptStatus.FINISHED, TODAY), TODAY))
                .isEqualTo(new PlanTracking.Step(PlanItemStatus.DONE, TODAY, "FINISHED:" + TODAY));
        assertThat(PlanTracking.assessment(new AttemptMark("T", AttemptStatus.IN_PROGRESS, null), TODAY).status())
                .isEqualTo(PlanItemStatus.IN_PROGRESS);
    }

    @Test
    void the_most_advanced_enrolment_wins() {
        ProgrammeState completed = new ProgrammeState("P", EnrolmentStatus.COMPLETED, "P-1", TODAY);
        ProgrammeState enrolled = new ProgrammeState("P", EnrolmentStatus.ENROLLED, "P-2", null);
        assertThat(completed.beyond(enrolled)).isTrue();
        assertThat(enrolled.beyond(completed)).isFalse();
        assertThat(enrolled.beyond(null)).isTrue();
    }
}
