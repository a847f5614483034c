package org.munacademy.reserve.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.munacademy.reserve.control.ReserveNotices.Expiry;
import org.munacademy.reserve.control.ReserveNotices.Facts;
import org.munacademy.reserve.control.ReserveNotices.Windows;
import org.munacademy.reserve.entity.EntryEventKind;
import org.munacademy.reserve.entity.EntryStatus;
import org.munacademy.reserve.entity.ReserveNotice;

class ReserveNoticesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Windows W = new Windows(60, 14);

    private static Facts inReserve(LocalDate until, boolean first, boolean second) {
        return new Facts(EntryStatus.INCLUDED, until, first, second);
    }

    @Test
    void an_entry_expires_the_day_after_its_last_day_in_the_reserve() {
        assertThat(ReserveNotices.expires(inReserve(TODAY, false, false), TODAY)).isFalse();
        assertThat(ReserveNotices.expires(inReserve(TODAY.minusDays(1), false, false), TODAY)).isTrue();
        assertThat(ReserveNotices.expires(new Facts(EntryStatus.IN_DEVELOPMENT, TODAY.minusYears(1), true, true),
                TODAY)).isTrue();
    }

    @Test
    void a_closed_or_nominated_entry_never_expires_nor_gets_a_notice() {
        for (EntryStatus s : new EntryStatus[] {EntryStatus.NOMINATED, EntryStatus.APPOINTED, EntryStatus.EXCLUDED,
            EntryStatus.EXPIRED, EntryStatus.NOT_INCLUDED, EntryStatus.WITHDRAWN}) {
            assertThat(ReserveNotices.expires(new Facts(s, TODAY.minusDays(5), false, false), TODAY)).as(s.name())
                    .isFalse();
            assertThat(ReserveNotices.noticeDue(new Facts(s, TODAY.plusDays(30), false, false), TODAY, W))
                    .as(s.name()).isEmpty();
        }
    }

    @Test
    void the_first_notice_goes_from_60_to_15_days_ahead_and_only_once() {
        assertThat(ReserveNotices.noticeDue(inReserve(TODAY.plusDays(61), false, false), TODAY, W)).isEmpty();
        assertThat(ReserveNotices.noticeDue(inReserve(TODAY.plusDays(60), false, false), TODAY, W))
                .contains(Expiry.FIRST);
        assertThat(ReserveNotices.noticeDue(inReserve(TODAY.plusDays(15), false, false), TODAY, W))
                .contains(Expiry.FIRST);
        assertThat(ReserveNotices.noticeDue(inReserve(TODAY.plusDays(40), true, false), TODAY, W)).isEmpty();
    }

    @Test
    void the_second_notice_goes_from_14_days_ahead_to_the_last_day_and_replaces_a_missed_first_one() {
        assertThat(ReserveNotices.noticeDue(inReserve(TODAY.plusDays(14), true, false), TODAY, W))
                .contains(Expiry.SECOND);
        assertThat(ReserveNotices.noticeDue(inReserve(TODAY.plusDays(3), false, false), TODAY, W))
                .contains(Expiry.SECOND);
        assertThat(ReserveNotices.noticeDue(inReserve(TODAY, true, false), TODAY, W)).contains(Expiry.SECOND);
        assertThat(ReserveNotices.noticeDue(inReserve(TODAY.plusDays(3), true, true), TODAY, W)).isEmpty();
        assertThat(ReserveNotices.noticeDue(inReserve(TODAY.minusDays(1), false, false), TODAY, W)).isEmpty();
    }

    @Test
    void the_days_left_count_to_the_last_day_of_the_term() {
        assertThat(ReserveNotices.daysLeft(TODAY.plusDays(60), TODAY)).isEqualTo(60);
        assertThat(ReserveNotices.lookAheadTo(TODAY, W)).isEqualTo(TODAY.plusDays(60));
    }

    @Test
    void windows_must_have_the_first_notice_before_the_second() {
        assertThatThrownBy(() -> new Windows(14, 14)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Windows(60, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_person_is_told_about_decisions_plans_offers_appointments_expiry_and_withdrawals_not_readiness() {
        assertThat(ReserveNotices.TOLD).containsEntry(EntryEventKind.INCLUDED, ReserveNotice.INCLUDED)
                .containsEntry(EntryEventKind.OFFER_MADE, ReserveNotice.OFFER_MADE)
                .containsEntry(EntryEventKind.EXPIRED, ReserveNotice.EXPIRED)
                .containsEntry(EntryEventKind.WITHDRAWN, ReserveNotice.WITHDRAWN)
                .doesNotContainKeys(EntryEventKind.READINESS_CHANGED, EntryEventKind.NOMINATED,
                        EntryEventKind.EXPIRY_NOTICE, EntryEventKind.PLAN_CHANGED);
        assertThat(ReserveNotices.TOLD).hasSize(9);
    }
}
