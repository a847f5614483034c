package org.munacademy.reserve.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.munacademy.reserve.control.ReserveAnalytics.AppointmentRow;
import org.munacademy.reserve.control.ReserveAnalytics.EntryRow;
import org.munacademy.reserve.entity.AnalyticsPeriod;
import org.munacademy.reserve.entity.EntryStatus;
import org.munacademy.reserve.entity.Readiness;
import org.munacademy.reserve.entity.ReserveFigures;
import org.munacademy.reserve.entity.ReserveFigures.QuarterShare;
import org.munacademy.reserve.entity.ReserveLevel;

class ReserveAnalyticsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    static final AnalyticsPeriod HALF_YEAR = new AnalyticsPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
            TODAY);

    // Hand-worked example: see each row's comment for what it counts towards.
    static final List<EntryRow> ENTRIES = List.of(
            // in the reserve on 20 May; term ends in 21 days (60-day horizon only); two alike
            new EntryRow(ReserveLevel.MUNICIPAL, 1, 11, 100, EntryStatus.INCLUDED, Readiness.READY_NOW,
                    d(2025, 3, 1), null, d(2026, 6, 10), 2),
            // in the reserve on 20 May, readiness not computed yet; term ends in 10 days (both horizons)
            new EntryRow(ReserveLevel.MUNICIPAL, 1, 12, 100, EntryStatus.IN_DEVELOPMENT, null,
                    d(2026, 2, 1), null, d(2026, 5, 30), 1),
            // appointed on 15 March: in the reserve during the period, not on 20 May
            new EntryRow(ReserveLevel.REGIONAL, 2, 21, 200, EntryStatus.APPOINTED, Readiness.WITHIN_1_YEAR,
                    d(2025, 1, 10), d(2026, 3, 15), d(2028, 1, 10), 1),
            // expired before the period: counts nowhere
            new EntryRow(ReserveLevel.MUNICIPAL, 2, 21, 200, EntryStatus.EXPIRED, Readiness.NOT_READY,
                    d(2022, 1, 1), d(2025, 12, 31), d(2025, 12, 31), 1),
            // included on 1 June, after today: in the period, not in today's size
            new EntryRow(ReserveLevel.NATIONAL, 1, 11, 300, EntryStatus.INCLUDED, Readiness.WITHIN_1_YEAR,
                    d(2026, 6, 1), null, d(2029, 6, 1), 1),
            // nominated only: never in the reserve
            new EntryRow(ReserveLevel.MUNICIPAL, 1, 11, 100, EntryStatus.NOMINATED, null, null, null, null, 5));

    static final List<AppointmentRow> APPOINTMENTS = List.of(
            // Q1, from the reserve, 429 days after inclusion (365 + 21 + 28 + 15)
            new AppointmentRow(2, 21, 200, d(2026, 3, 15), true, d(2025, 1, 10), 1),
            // Q1, two appointments without an entry
            new AppointmentRow(1, 11, 100, d(2026, 2, 10), false, null, 2),
            // Q2, from the reserve, 63 days after inclusion (28 + 31 + 4)
            new AppointmentRow(1, 12, 100, d(2026, 4, 5), true, d(2026, 2, 1), 1),
            // Q2, without an entry
            new AppointmentRow(1, 11, 100, d(2026, 5, 1), false, null, 1),
            // before the period
            new AppointmentRow(1, 11, 100, d(2025, 12, 31), true, d(2025, 1, 1), 1));

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void the_size_counts_entries_in_the_reserve_on_the_earlier_of_the_periods_end_and_today() {
        ReserveFigures f = ReserveAnalytics.compute(ENTRIES, APPOINTMENTS, HALF_YEAR);

        assertThat(f.size()).isEqualTo(3);
        assertThat(f.sizeByLevel()).containsExactly(Map.entry(ReserveLevel.MUNICIPAL, 3L),
                Map.entry(ReserveLevel.REGIONAL, 0L), Map.entry(ReserveLevel.NATIONAL, 0L));
        assertThat(f.sizeByRegion()).containsExactly(Map.entry(1L, 3L));
        assertThat(f.sizeByMunicipality()).containsExactly(Map.entry(11L, 2L), Map.entry(12L, 1L));
        assertThat(f.sizeByGroup()).containsExactly(Map.entry(100L, 3L));
    }

    @Test
    void readiness_is_distributed_over_the_entries_in_the_reserve_with_the_uncomputed_apart() {
        ReserveFigures f = ReserveAnalytics.compute(ENTRIES, APPOINTMENTS, HALF_YEAR);

        assertThat(f.readiness()).containsExactly(Map.entry(Readiness.READY_NOW, 2L),
                Map.entry(Readiness.WITHIN_1_YEAR, 0L), Map.entry(Readiness.ONE_TO_TWO_YEARS, 0L),
                Map.entry(Readiness.NOT_READY, 0L));
        assertThat(f.readinessUnknown()).isEqualTo(1);
    }

    @Test
    void the_lift_rate_is_from_reserve_appointments_over_entries_in_the_reserve_during_the_period() {
        ReserveFigures f = ReserveAnalytics.compute(ENTRIES, APPOINTMENTS, HALF_YEAR);

        assertThat(f.inReserveDuring()).isEqualTo(5);
        assertThat(f.lifted()).isEqualTo(2);
        assertThat(f.liftRate()).isEqualTo(40.0);
        assertThat(f.medianDaysToAppointment()).isEqualTo(246.0);
    }

    @Test
    void the_share_filled_from_the_reserve_is_per_quarter_over_all_appointments() {
        ReserveFigures f = ReserveAnalytics.compute(ENTRIES, APPOINTMENTS, HALF_YEAR);

        assertThat(f.appointments()).isEqualTo(5);
        assertThat(f.appointmentsFromReserve()).isEqualTo(2);
        assertThat(f.quarters()).containsExactly(new QuarterShare(2026, 1, 1, 3, 33.3),
                new QuarterShare(2026, 2, 1, 2, 50.0));
    }

    @Test
    void a_quarter_without_appointments_has_no_share_rather_than_zero() {
        AnalyticsPeriod year = new AnalyticsPeriod(d(2026, 1, 1), d(2026, 12, 31), d(2026, 12, 31));

        ReserveFigures f = ReserveAnalytics.compute(ENTRIES, APPOINTMENTS, year);

        assertThat(f.quarters()).extracting(QuarterShare::label).containsExactly("2026 Q1", "2026 Q2", "2026 Q3",
                "2026 Q4");
        assertThat(f.quarters().get(2).share()).isNull();
        assertThat(f.quarters().get(2).all()).isZero();
    }

    @Test
    void entries_expiring_within_60_and_14_days_are_counted_from_today() {
        ReserveFigures f = ReserveAnalytics.compute(ENTRIES, APPOINTMENTS, HALF_YEAR);

        assertThat(f.expiring60()).isEqualTo(3);
        assertThat(f.expiring14()).isEqualTo(1);
    }

    @Test
    void nothing_to_count_gives_zeros_and_undefined_rates() {
        ReserveFigures f = ReserveAnalytics.compute(List.of(), List.of(), HALF_YEAR);

        assertThat(f.size()).isZero();
        assertThat(f.liftRate()).isNull();
        assertThat(f.medianDaysToAppointment()).isNull();
        assertThat(f.quarters()).hasSize(2).allSatisfy(q -> assertThat(q.share()).isNull());
    }

    @Test
    void the_median_of_an_odd_count_is_the_middle_value_with_repetitions_counted() {
        TreeMap<Long, Long> days = new TreeMap<>(Map.of(10L, 1L, 20L, 3L, 900L, 1L));

        assertThat(ReserveAnalytics.median(days)).isEqualTo(20.0);
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> new AnalyticsPeriod(d(2026, 2, 1), d(2026, 1, 1), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentages_are_rounded_to_one_decimal() {
        assertThat(ReserveAnalytics.percent(1, 3)).isEqualTo(33.3);
        assertThat(ReserveAnalytics.percent(2, 3)).isEqualTo(66.7);
        assertThat(ReserveAnalytics.percent(0, 0)).isNull();
    }
}
