package org.munacademy.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.FlaggedItem;
import org.munacademy.assessment.entity.ItemFlag;
import org.munacademy.assessment.entity.MyTest;
import org.munacademy.assessment.entity.TestCount;
import org.munacademy.assessment.entity.TestProgress;
import org.munacademy.home.entity.HomeLine;
import org.munacademy.home.entity.HomeText;
import org.munacademy.home.entity.HomeTile;
import org.munacademy.home.entity.HomeTone;

class AssessmentHomeTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static MyTest test(long id, String title, boolean assigned, LocalDate due, Long active, boolean canStart) {
        return new MyTest(id, "T-" + id, title, null, assigned, due, 1800, 2, active == null ? 0 : 1, null, null,
                active, null, null, canStart, canStart || active != null ? null : "assessment.blocked.noAttempts");
    }

    @Test
    void the_employee_sees_assigned_tests_still_to_take_nearest_deadline_first_with_overdue_and_soon_marked() {
        HomeTile tile = AssessmentHome.myTests(List.of(
                test(1, "Основы муниципального управления", true, TODAY.plusDays(30), null, true),
                test(2, "Противодействие коррупции", true, TODAY.minusDays(1), null, true),
                test(3, "Самооценка: коммуникация", false, null, null, true),
                test(4, "Бюджетный процесс", true, TODAY.plusDays(3), 77L, false),
                test(5, "Делопроизводство", true, TODAY.minusDays(10), null, false),
                test(6, "Цифровая грамотность", true, null, null, true)), TODAY);

        assertThat(tile.figure()).isEqualTo("4");
        assertThat(tile.tone()).as("something is overdue").isEqualTo(HomeTone.ALERT);
        assertThat(tile.lines()).extracting(l -> l.label().args().get(0)).containsExactly(
                "Противодействие коррупции", "Бюджетный процесс", "Основы муниципального управления",
                "Цифровая грамотность");
        assertThat(tile.lines()).extracting(HomeLine::tone)
                .containsExactly(HomeTone.ALERT, HomeTone.WARNING, HomeTone.NORMAL, HomeTone.NORMAL);
        assertThat(tile.lines().get(0).value()).isEqualTo(HomeText.of("home.myTests.due", "01.12.2026"));
        assertThat(tile.lines().get(1).value()).as("an attempt in progress says so")
                .isEqualTo(HomeText.of("home.myTests.inProgress"));
        assertThat(tile.lines().get(3).value()).isEqualTo(HomeText.of("home.myTests.noDueDate"));
    }

    @Test
    void no_assigned_test_shows_the_empty_text() {
        HomeTile tile = AssessmentHome.myTests(List.of(test(3, "Самооценка", false, null, null, true)), TODAY);

        assertThat(tile.figure()).isEqualTo("0");
        assertThat(tile.lines()).isEmpty();
        assertThat(tile.empty()).isEqualTo(HomeText.of("home.myTests.empty"));
        assertThat(tile.tone()).isEqualTo(HomeTone.NORMAL);
    }

    @Test
    void the_hr_tile_shows_overdue_people_as_the_figure_and_the_tests_most_overdue_first() {
        TestProgress progress = new TestProgress(2, 7,
                List.of(new TestCount(1, "T-1", "Основы", 2)),
                List.of(new TestCount(1, "T-1", "Основы", 5), new TestCount(2, "T-2", "Коррупция", 3)));

        HomeTile tile = AssessmentHome.progress(progress);

        assertThat(tile.figure()).isEqualTo("7");
        assertThat(tile.tone()).isEqualTo(HomeTone.ALERT);
        assertThat(tile.lines()).extracting(HomeLine::value).containsExactly(HomeText.plain("2"),
                HomeText.of("home.progress.overdueCount", 5L), HomeText.of("home.progress.overdueCount", 3L));
    }

    @Test
    void flagged_items_name_the_question_and_its_test_with_the_number_of_flags() {
        HomeTile tile = AssessmentHome.flagged(List.of(new FlaggedItem(1, "Основы", 10, "Q-10",
                List.of(ItemFlag.TOO_HARD, ItemFlag.WEAK_DISCRIMINATION))));

        assertThat(tile.figure()).isEqualTo("1");
        assertThat(tile.lines()).singleElement().satisfies(l -> {
            assertThat(l.label()).isEqualTo(HomeText.of("home.flagged.item", "Q-10", "Основы"));
            assertThat(l.value()).isEqualTo(HomeText.of("home.flagged.flags", 2));
        });
        assertThat(AssessmentHome.flagged(List.of()).tone()).isEqualTo(HomeTone.GOOD);
    }
}
