package org.munacademy.contest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.contest.entity.ApplicationDetail;
import org.munacademy.contest.entity.ApplicationRow;
import org.munacademy.contest.entity.ApplicationStatus;
import org.munacademy.contest.entity.AssignmentRow;
import org.munacademy.contest.entity.ConflictKind;
import org.munacademy.contest.entity.ConflictRow;
import org.munacademy.contest.entity.ConflictStatus;
import org.munacademy.contest.entity.NominationKind;
import org.munacademy.contest.entity.SeasonRow;
import org.munacademy.contest.entity.SeasonStatus;
import org.munacademy.home.entity.HomeText;
import org.munacademy.home.entity.HomeTone;

class ContestHomeTest {

    static SeasonRow season(String code, SeasonStatus status, String from, String until) {
        return new SeasonRow(code, "Сезон " + code, 2026, status, LocalDate.parse(from), LocalDate.parse(until),
                List.of(), 0);
    }

    static ApplicationDetail application(String number, ApplicationStatus status) {
        return new ApplicationDetail(new ApplicationRow(1, number, "ML-2026", "EMP", "Муниципальный служащий",
                NominationKind.EMPLOYEE, 1L, "Смирнова", "Вологда", "Вологодская область", null, status, 1,
                "Документы", List.of(), Instant.EPOCH, 0), java.util.Map.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    static AssignmentRow assignment(long id, long stage, boolean submitted) {
        return new AssignmentRow(id, stage, "Этап " + stage, "Номинация", 100 + id, "ML-" + id, null, null, submitted,
                false);
    }

    @Test
    void only_open_seasons_whose_window_contains_today_accept_applications() {
        List<SeasonRow> all = List.of(season("A", SeasonStatus.OPEN, "2026-12-01", "2026-12-10"),
                season("B", SeasonStatus.OPEN, "2026-06-01", "2026-08-28"),
                season("C", SeasonStatus.DRAFT, "2026-12-01", "2026-12-10"),
                season("D", SeasonStatus.OPEN, "2026-12-10", "2026-12-20"));

        assertThat(ContestHome.accepting(all, LocalDate.parse("2026-12-10"))).extracting(SeasonRow::code)
                .containsExactly("A", "D");
        assertThat(ContestHome.accepting(all, LocalDate.parse("2026-12-21"))).isEmpty();
    }

    @Test
    void the_candidate_sees_their_applications_with_status_then_the_seasons_to_apply_to() {
        var tile = ContestHome.mine(List.of(application("ML26-EMP-0031", ApplicationStatus.ACTIVE),
                application("ML26-EMP-0015", ApplicationStatus.INELIGIBLE)),
                List.of(season("A", SeasonStatus.OPEN, "2026-12-01", "2026-12-10")));

        assertThat(tile.id()).isEqualTo("home-contest-mine");
        assertThat(tile.figure()).isEqualTo("2");
        assertThat(tile.lines()).extracting(l -> l.value()).containsExactly(
                HomeText.of("contest.mine.status.ACTIVE"), HomeText.of("contest.mine.status.INELIGIBLE"),
                HomeText.of("home.contest.mine.apply"));
        assertThat(tile.lines()).extracting(l -> l.route()).containsExactly("contest/mine", "contest/mine",
                "contest/apply");
        assertThat(tile.lines().get(1).tone()).isEqualTo(HomeTone.WARNING);
        assertThat(tile.more().route()).isEqualTo("contest/mine");
    }

    @Test
    void the_juror_counts_the_sheets_waiting_and_the_progress_of_each_stage_waiting_ones_first_and_the_declarations() {
        var tile = ContestHome.juror(List.of(assignment(4, 9, true), assignment(1, 7, true),
                assignment(2, 7, false), assignment(3, 7, false)), List.of(new ConflictRow(1, 7, "juror", 55,
                "ML-55", ConflictKind.RELATIVE, ConflictStatus.DECLARED, "сестра жены", Instant.EPOCH, null, 0)));

        assertThat(tile.id()).isEqualTo("home-contest-jury");
        assertThat(tile.figure()).isEqualTo("2");
        assertThat(tile.tone()).isEqualTo(HomeTone.WARNING);
        assertThat(tile.lines()).extracting(l -> l.value()).containsExactly(
                HomeText.of("home.contest.jury.progress", 1L, 3L), HomeText.of("home.contest.jury.progress", 1L, 1L),
                HomeText.plain("1"));
        assertThat(tile.lines()).extracting(l -> l.tone()).containsExactly(HomeTone.WARNING, HomeTone.GOOD,
                HomeTone.NORMAL);
    }

    @Test
    void a_juror_without_assignments_gets_the_empty_tile_with_nothing_waiting() {
        var tile = ContestHome.juror(List.of(), List.of());

        assertThat(tile.figure()).isEqualTo("0");
        assertThat(tile.lines()).isEmpty();
        assertThat(tile.empty()).isEqualTo(HomeText.of("home.contest.jury.empty"));
    }

    @Test
    void the_contest_administrator_counts_the_open_seasons_and_is_led_to_the_admin_view() {
        var tile = ContestHome.admin(List.of(season("ML-2026", SeasonStatus.OPEN, "2026-06-01", "2026-08-28"),
                season("ML-2027", SeasonStatus.DRAFT, "2027-06-01", "2027-08-28")));

        assertThat(tile.figure()).isEqualTo("1");
        assertThat(tile.more().route()).isEqualTo("contest/admin");
        assertThat(tile.lines()).extracting(l -> l.tone()).containsExactly(HomeTone.GOOD, HomeTone.NORMAL);
    }
}
