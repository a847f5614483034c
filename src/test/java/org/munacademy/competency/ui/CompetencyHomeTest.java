package org.munacademy.competency.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.competency.entity.CurrentLevel;
import org.munacademy.competency.entity.Gap;
import org.munacademy.competency.entity.GapReport;
import org.munacademy.home.entity.HomeLine;
import org.munacademy.home.entity.HomeText;
import org.munacademy.home.entity.HomeTile;
import org.munacademy.home.entity.HomeTone;

class CompetencyHomeTest {

    static Gap gap(String code, Integer level, int min, int target, int weight, Gap.Status status) {
        CurrentLevel current = level == null ? CurrentLevel.none(code)
                : new CurrentLevel(code, level, level.doubleValue(), CurrentLevel.State.CURRENT, null, 1);
        return new Gap(code, "Компетенция " + code, "A", min, target, weight, current,
                level == null ? target : Math.max(0, target - level), status);
    }

    @Test
    void the_employee_sees_the_fit_and_at_most_three_gaps_those_below_the_minimum_first() {
        GapReport report = new GapReport(1L, "Смирнова Анна Викторовна", "LEADING", "MUN-COMP", 1, List.of(
                gap("PRJ-01", 3, 2, 3, 1, Gap.Status.MEETS),
                gap("COM-02", 2, 2, 4, 3, Gap.Status.BELOW_TARGET),
                gap("DIG-03", 1, 2, 3, 1, Gap.Status.BELOW_MIN),
                gap("LAW-04", null, 2, 3, 1, Gap.Status.UNKNOWN),
                gap("FIN-05", 2, 2, 3, 1, Gap.Status.BELOW_TARGET)), 0.62);

        HomeTile tile = CompetencyHome.profileMatch(report);

        assertThat(tile.id()).isEqualTo("home-profile-match");
        assertThat(tile.figure()).isEqualTo("62 %");
        assertThat(tile.lines()).extracting(l -> l.label().args().get(0))
                .containsExactly("Компетенция DIG-03", "Компетенция COM-02", "Компетенция LAW-04");
        assertThat(tile.lines().get(0).tone()).isEqualTo(HomeTone.ALERT);
        assertThat(tile.lines().get(0).value()).isEqualTo(HomeText.of("home.match.level", "1", 3));
        assertThat(tile.lines().get(2).value()).as("no usable evidence shows a dash")
                .isEqualTo(HomeText.of("home.match.level", "—", 3));
    }

    @Test
    void a_position_without_a_profile_says_so_instead_of_a_full_match() {
        HomeTile tile = CompetencyHome.profileMatch(new GapReport(1L, "Смирнова Анна Викторовна", null, "MUN-COMP", 1,
                List.of(), 1.0));

        assertThat(tile.figure()).isNull();
        assertThat(tile.lines()).isEmpty();
        assertThat(tile.empty()).isEqualTo(HomeText.of("home.match.noProfile"));
    }

    @Test
    void every_target_met_shows_the_full_match_as_good_news_with_no_gap_lines() {
        HomeTile tile = CompetencyHome.profileMatch(new GapReport(1L, "Смирнова Анна Викторовна", "LEADING",
                "MUN-COMP", 1, List.of(gap("PRJ-01", 3, 2, 3, 1, Gap.Status.MEETS)), 1.0));

        assertThat(tile.figure()).isEqualTo("100 %");
        assertThat(tile.tone()).isEqualTo(HomeTone.GOOD);
        assertThat(tile.lines()).extracting(HomeLine::label).isEmpty();
        assertThat(tile.empty()).isEqualTo(HomeText.of("home.match.allMet"));
    }
}
