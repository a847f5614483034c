package org.munacademy.shared.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentCalendarTest {

    private static final LocalDate WRITTEN = ContentCalendar.WRITTEN_AS_OF;

    @Test
    void the_timeline_stays_as_written_until_a_whole_week_has_passed() {
        assertThat(ContentCalendar.shiftDays(WRITTEN.minusDays(30))).as("never back").isZero();
        assertThat(ContentCalendar.shiftDays(WRITTEN)).isZero();
        assertThat(ContentCalendar.shiftDays(WRITTEN.plusDays(6))).isZero();
        assertThat(ContentCalendar.shiftDays(WRITTEN.plusDays(7))).isEqualTo(7);
        assertThat(ContentCalendar.shiftDays(WRITTEN.plusDays(400))).isEqualTo(399);
    }

    @Test
    void a_moved_date_keeps_its_weekday_and_its_distance_to_the_day_of_loading() {
        LocalDate monday = LocalDate.of(2026, 12, 14);
        for (int day = 0; day < 800; day += 13) {
            LocalDate today = WRITTEN.plusDays(day);
            LocalDate moved = ContentCalendar.moved(monday, today);
            assertThat(moved.getDayOfWeek()).isEqualTo(monday.getDayOfWeek());
            assertThat(moved).as("a cohort written two weeks ahead is still ahead on " + today).isAfter(today);
        }
    }

    @Test
    void every_seeded_enrolment_window_that_is_open_as_written_is_open_on_any_later_day() {
        List<Table.Row> written = ContentFiles.csv("learning/cohorts.csv").orElseThrow();
        List<String> open = written.stream().filter(r -> !LocalDate.parse(r.get("enrol_from")).isAfter(WRITTEN)
                && !LocalDate.parse(r.get("enrol_to")).isBefore(WRITTEN.plusDays(6))).map(r -> r.get("code")).toList();
        assertThat(open).contains("MON-16-2026-12", "PM-36-2027-01");
        for (int day = 0; day < 800; day += 5) {
            LocalDate today = WRITTEN.plusDays(day);
            List<String> openThen = ContentCalendar.moved("learning/cohorts.csv", written, today).stream()
                    .filter(r -> !LocalDate.parse(r.get("enrol_from")).isAfter(today)
                            && !LocalDate.parse(r.get("enrol_to")).isBefore(today))
                    .map(r -> r.get("code")).toList();
            assertThat(openThen).as(today.toString()).containsAll(open);
        }
    }

    @Test
    void only_the_timeline_columns_move_and_a_value_that_is_not_a_date_is_left_for_its_loader_to_name() {
        List<Table.Row> rows = List.of(new Table.Row(2, Map.of("completed_on", "2026-04-10", "person_code", "PER-1")),
                new Table.Row(3, Map.of("completed_on", "10.04.2026", "person_code", "PER-2")),
                new Table.Row(4, Map.of("completed_on", "", "person_code", "PER-3")));
        List<Table.Row> moved = ContentCalendar.moved("learning/enrolments.csv", rows, WRITTEN.plusDays(15));
        assertThat(moved).extracting(r -> r.get("completed_on")).containsExactly("2026-04-24", "10.04.2026", "");
        assertThat(moved).extracting(Table.Row::line).containsExactly(2, 3, 4);
        assertThat(moved).extracting(r -> r.get("person_code")).containsExactly("PER-1", "PER-2", "PER-3");
        assertThat(ContentCalendar.moved("identity/persons.csv", rows, WRITTEN.plusDays(15)))
                .as("not a timeline file").isSameAs(rows);
    }
}
