package org.munacademy.reserve.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.munacademy.reserve.entity.AnalyticsPeriod;

class AnalyticsPeriodsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void without_ends_the_period_is_the_last_four_quarters_up_to_the_end_of_this_one() {
        assertThat(AnalyticsPeriods.parse(null, " ", TODAY)).contains(new AnalyticsPeriod(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), TODAY));
    }

    @Test
    void quarters_take_their_first_and_last_days() {
        assertThat(AnalyticsPeriods.parse("2025-Q2", "2026q1", TODAY)).contains(new AnalyticsPeriod(
                LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), TODAY));
    }

    @Test
    void years_and_days_are_understood_too() {
        assertThat(AnalyticsPeriods.parse("2024", "2025-02-15", TODAY)).contains(new AnalyticsPeriod(
                LocalDate.of(2024, 1, 1), LocalDate.of(2025, 2, 15), TODAY));
    }

    @Test
    void nonsense_or_a_reversed_period_is_refused() {
        assertThat(AnalyticsPeriods.parse("2026-Q5", null, TODAY)).isEmpty();
        assertThat(AnalyticsPeriods.parse("yesterday", null, TODAY)).isEmpty();
        assertThat(AnalyticsPeriods.parse("2026-Q3", "2026-Q1", TODAY)).isEmpty();
    }
}
