package org.munacademy.learning.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.shared.entity.BaseEntity;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.ErrorCode;
import org.munacademy.shared.entity.InvalidInputException;

/**
 * The seats and the waiting list of a cohort: seats are given while free, then numbered places on the waiting list in
 * the order asked; a withdrawal frees a seat for the lowest number; a request takes nothing until approved; a cohort
 * is offered only for a published programme and its dates must be in order.
 */
class EnrolmentTest {

    private static final Instant T0 = Instant.parse("2026-12-02T09:00:00Z");
    private long nextId = 1;

    private Programme published() {
        Programme p = new Programme("IB-72", "MUN-COMP", "methodologist", T0);
        p.apply(ProgrammeTest.data(ProgrammeKind.QUALIFICATION_UPGRADE, 72), ProgrammeTest.provider("SZIU"), T0);
        CourseModule m = withId(p.addModule("Правовые основы", T0));
        withId(p.addLesson(m.getId(), ProgrammeTest.text("Что такое инициативный проект"), T0));
        p.publish(T0);
        return p;
    }

    private <T extends BaseEntity> T withId(T entity) {
        try {
            Field id = BaseEntity.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, nextId++);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static CohortData data(int seats, CohortApproval approval) {
        CohortData d = new CohortData();
        d.setCode("IB-72-2027-02");
        d.setProgrammeCode("IB-72");
        d.setStartsOn(LocalDate.of(2027, 2, 1));
        d.setEndsOn(LocalDate.of(2027, 2, 26));
        d.setEnrolFrom(LocalDate.of(2026, 11, 16));
        d.setEnrolTo(LocalDate.of(2027, 1, 25));
        d.setSeats(seats);
        d.setApproval(approval);
        return d;
    }

    private Cohort cohort(int seats) {
        Cohort c = new Cohort("IB-72-2027-02", published(), "methodologist", T0);
        c.apply(data(seats, CohortApproval.FREE));
        return c;
    }

    private static void assertRefused(Runnable action, ErrorCode code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void seats_are_given_while_free_then_numbered_places_on_the_waiting_list() {
        Cohort c = cohort(2);
        List<Enrolment> all = new ArrayList<>();
        for (long person = 1; person <= 5; person++) {
            all.add(Enrolment.place(c, person, "self", T0));
        }
        assertThat(all).extracting(Enrolment::getStatus).containsExactly(EnrolmentStatus.ENROLLED,
                EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING, EnrolmentStatus.WAITING, EnrolmentStatus.WAITING);
        assertThat(all).extracting(Enrolment::getWaitingNo).containsExactly(null, null, 1L, 2L, 3L);
        assertThat(c.getSeatsTaken()).isEqualTo(2);
        assertThat(c.seatFree()).isFalse();
    }

    @Test
    void a_withdrawal_frees_the_seat_for_the_lowest_waiting_number_and_the_list_keeps_its_order() {
        Cohort c = cohort(1);
        Enrolment first = Enrolment.place(c, 1, "self", T0);
        Enrolment second = Enrolment.place(c, 2, "self", T0);
        Enrolment third = Enrolment.place(c, 3, "self", T0);
        assertThat(third.withdraw(T0)).as("a waiting person frees no seat").isFalse();
        Enrolment fourth = Enrolment.place(c, 4, "self", T0);
        assertThat(fourth.getWaitingNo()).as("numbers are never reused").isEqualTo(3L);

        assertThat(first.withdraw(T0)).isTrue();
        assertThat(c.seatFree()).isTrue();
        Enrolment next = List.of(second, fourth).stream().filter(e -> e.getStatus() == EnrolmentStatus.WAITING)
                .min(Comparator.comparing(Enrolment::getWaitingNo)).orElseThrow();
        next.moveUp(T0);
        assertThat(second.getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(second.getWaitingNo()).isNull();
        assertThat(fourth.getStatus()).isEqualTo(EnrolmentStatus.WAITING);
        assertThat(c.getSeatsTaken()).isEqualTo(1);
        assertRefused(() -> fourth.moveUp(T0), EnrolmentError.ENROLMENT_STATE);
        assertRefused(() -> first.withdraw(T0), EnrolmentError.ENROLMENT_STATE);
    }

    @Test
    void a_request_takes_nothing_until_approved_and_a_withdrawn_person_may_enrol_again() {
        Cohort c = cohort(1);
        Enrolment request = Enrolment.request(c, 1, "self", T0);
        assertThat(request.getStatus()).isEqualTo(EnrolmentStatus.REQUESTED);
        assertThat(c.getSeatsTaken()).isZero();
        Enrolment other = Enrolment.place(c, 2, "hr", T0);
        request.approve(T0);
        assertThat(other.getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
        assertThat(request.getStatus()).isEqualTo(EnrolmentStatus.WAITING);
        request.withdraw(T0);
        request.rejoin(false, T0);
        assertThat(request.getStatus()).isEqualTo(EnrolmentStatus.WAITING);
        assertThat(request.getWaitingNo()).isEqualTo(2L);
    }

    @Test
    void only_an_enrolled_person_completes_and_completion_keeps_the_seat() {
        Cohort c = cohort(1);
        Enrolment e = Enrolment.place(c, 1, "self", T0);
        Enrolment waiting = Enrolment.place(c, 2, "self", T0);
        assertRefused(() -> waiting.complete(LocalDate.of(2027, 2, 26), T0), EnrolmentError.ENROLMENT_STATE);
        e.complete(LocalDate.of(2027, 2, 26), T0);
        assertThat(e.getStatus()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(e.getCompletedOn()).isEqualTo(LocalDate.of(2027, 2, 26));
        assertThat(c.getSeatsTaken()).isEqualTo(1);
        assertRefused(() -> e.withdraw(T0), EnrolmentError.ENROLMENT_STATE);
    }

    @Test
    void a_cohort_is_offered_for_a_published_programme_with_dates_in_order_and_seats_not_below_those_taken() {
        Programme draft = new Programme("IB-72", "MUN-COMP", "methodologist", T0);
        assertRefused(() -> new Cohort("X", draft, "m", T0), EnrolmentError.PROGRAMME_NOT_OFFERED);
        Cohort c = cohort(2);
        CohortData backwards = data(2, CohortApproval.FREE);
        backwards.setEndsOn(backwards.getStartsOn().minusDays(1));
        assertThatThrownBy(() -> c.apply(backwards)).isInstanceOf(InvalidInputException.class);
        Enrolment.place(c, 1, "self", T0);
        Enrolment.place(c, 2, "self", T0);
        assertRefused(() -> c.apply(data(1, CohortApproval.FREE)), EnrolmentError.COHORT_SEATS_BELOW_TAKEN);
        c.cancel();
        assertRefused(() -> Enrolment.place(c, 3, "self", T0), EnrolmentError.COHORT_CANCELLED);
    }

    @Test
    void the_self_enrolment_window_includes_its_first_and_last_day() {
        Cohort c = cohort(2);
        assertThat(c.windowOpen(LocalDate.of(2026, 11, 15))).isFalse();
        assertThat(c.windowOpen(LocalDate.of(2026, 11, 16))).isTrue();
        assertThat(c.windowOpen(LocalDate.of(2027, 1, 25))).isTrue();
        assertThat(c.windowOpen(LocalDate.of(2027, 1, 26))).isFalse();
    }
}
