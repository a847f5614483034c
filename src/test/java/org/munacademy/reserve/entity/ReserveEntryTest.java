package org.munacademy.reserve.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.munacademy.shared.entity.BusinessException;

class ReserveEntryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private static Reserve reserve(int extensionsAllowed) {
        Reserve r = new Reserve("MUN-1", "Резерв", ReserveLevel.MUNICIPAL, 35L, 7L, NOW);
        r.setRules(36, 12, extensionsAllowed, 2, 10);
        return r;
    }

    private static ReserveEntry nominated(Reserve r) {
        return ReserveEntry.nominate(r, 1L, new ReserveEntry.Place(35L, 7L), new ReserveEntry.Target(2L, null),
                InclusionBasis.RESERVE_CONTEST, "Протокол № 7", null, "hr", DAY, NOW);
    }

    private static String code(Throwable t) {
        return ((BusinessException) t).code().name();
    }

    @Test
    void a_nomination_included_by_a_protocol_is_in_the_reserve_for_its_term() {
        ReserveEntry e = nominated(reserve(1));
        e.include(5L, DAY, "Протокол № 1", "commission", NOW);
        assertThat(e.getStatus()).isEqualTo(EntryStatus.INCLUDED);
        assertThat(e.getValidUntil()).isEqualTo(DAY.plusMonths(36));
        assertThat(e.getEvents()).extracting(EntryEvent::getSeq).containsExactly(1L, 2L);
        assertThat(e.getEvents()).extracting(EntryEvent::getKind)
                .containsExactly(EntryEventKind.NOMINATED, EntryEventKind.INCLUDED);
        assertThat(e.daysInReserve(DAY.plusDays(10))).isEqualTo(10);
    }

    @Test
    void an_extension_beyond_the_reserves_rules_is_refused() {
        ReserveEntry e = nominated(reserve(1));
        e.include(5L, DAY, null, "commission", NOW);
        e.extend(6L, DAY, null, "commission", NOW);
        assertThat(e.getValidUntil()).isEqualTo(DAY.plusMonths(48));
        assertThatThrownBy(() -> e.extend(7L, DAY, null, "commission", NOW))
                .satisfies(t -> assertThat(code(t)).isEqualTo("NO_MORE_EXTENSIONS"));
    }

    @Test
    void a_nomination_cannot_be_extended_and_a_refused_one_is_closed() {
        ReserveEntry e = nominated(reserve(1));
        assertThatThrownBy(() -> e.extend(6L, DAY, null, "commission", NOW))
                .satisfies(t -> assertThat(code(t)).isEqualTo("ENTRY_STATUS"));
        e.notInclude(6L, DAY, null, "commission", NOW);
        assertThat(e.getStatus().closed()).isTrue();
        assertThatThrownBy(() -> e.include(7L, DAY, null, "commission", NOW))
                .satisfies(t -> assertThat(code(t)).isEqualTo("ENTRY_STATUS"));
    }

    @Test
    void a_nomination_is_withdrawn_with_its_reason_and_closes_with_a_line_of_history() {
        ReserveEntry e = nominated(reserve(1));
        assertThatThrownBy(() -> e.withdraw(DAY, " ", "hr", NOW))
                .satisfies(t -> assertThat(code(t)).isEqualTo("WITHDRAW_REASON_REQUIRED"));
        assertThat(e.getStatus()).isEqualTo(EntryStatus.NOMINATED);
        e.withdraw(DAY.plusDays(2), " Сотрудник уволился ", "hr", NOW);
        assertThat(e.getStatus()).isEqualTo(EntryStatus.WITHDRAWN);
        assertThat(e.getStatus().closed()).isTrue();
        assertThat(e.getClosedOn()).isEqualTo(DAY.plusDays(2));
        assertThat(e.getClosingComment()).isEqualTo("Сотрудник уволился");
        EntryEvent last = e.getEvents().get(e.getEvents().size() - 1);
        assertThat(last.getKind()).isEqualTo(EntryEventKind.WITHDRAWN);
        assertThat(last.getStatus()).isEqualTo(EntryStatus.WITHDRAWN);
        assertThat(last.getSeq()).isEqualTo(2L);
        assertThat(last.getDetail()).isEqualTo("Сотрудник уволился");
        assertThat(e.daysInReserve(DAY.plusDays(10))).isZero();
        assertThatThrownBy(() -> e.include(7L, DAY, null, "commission", NOW))
                .satisfies(t -> assertThat(code(t)).isEqualTo("ENTRY_STATUS"));
    }

    @Test
    void only_a_nomination_the_commission_has_not_decided_on_is_withdrawn() {
        ReserveEntry e = nominated(reserve(1));
        e.include(5L, DAY, null, "commission", NOW);
        assertThatThrownBy(() -> e.withdraw(DAY, "ошибка", "hr", NOW))
                .satisfies(t -> assertThat(code(t)).isEqualTo("WITHDRAW_NOT_NOMINATED"));
        assertThat(e.getStatus()).isEqualTo(EntryStatus.INCLUDED);
        ReserveEntry refused = nominated(reserve(1));
        refused.notInclude(6L, DAY, null, "commission", NOW);
        assertThatThrownBy(() -> refused.withdraw(DAY, "ошибка", "hr", NOW))
                .satisfies(t -> assertThat(code(t)).isEqualTo("WITHDRAW_NOT_NOMINATED"));
    }

    @Test
    void an_exclusion_needs_a_ground() {
        ReserveEntry e = nominated(reserve(1));
        e.include(5L, DAY, null, "commission", NOW);
        assertThatThrownBy(() -> e.exclude(6L, DAY, null, "", "commission", NOW))
                .satisfies(t -> assertThat(code(t)).isEqualTo("GROUND_REQUIRED"));
        e.exclude(6L, DAY, ExclusionGround.OWN_REQUEST, "заявление", "commission", NOW);
        assertThat(e.getStatus()).isEqualTo(EntryStatus.EXCLUDED);
        assertThat(e.getExclusionGround()).isEqualTo(ExclusionGround.OWN_REQUEST);
    }

    @Test
    void the_days_in_the_reserve_stop_when_the_entry_closes() {
        ReserveEntry e = nominated(reserve(1));
        e.include(5L, DAY, null, "commission", NOW);
        e.appoint(DAY.plusDays(30), "Распоряжение № 12", "hr", NOW);
        assertThat(e.getStatus()).isEqualTo(EntryStatus.APPOINTED);
        assertThat(e.daysInReserve(DAY.plusDays(100))).isEqualTo(30);
    }

    @Test
    void the_first_readiness_is_a_line_nobody_is_told_about_and_a_later_change_is_an_untold_line() {
        ReserveEntry e = nominated(reserve(1));
        assertThat(e.recordReadiness(Readiness.NOT_READY, 0.2, 5, DAY, null, NOW)).isTrue();
        assertThat(e.recordReadiness(Readiness.NOT_READY, 0.25, 5, DAY.plusDays(1), null, NOW))
                .as("same level: no line").isFalse();
        assertThat(e.getReadinessOn()).isEqualTo(DAY.plusDays(1));
        assertThat(e.recordReadiness(Readiness.WITHIN_1_YEAR, 0.8, 1, DAY.plusDays(2), null, NOW)).isTrue();
        assertThat(e.getEvents()).filteredOn(ev -> ev.getKind() == EntryEventKind.READINESS_CHANGED)
                .extracting(EntryEvent::getDetail, EntryEvent::isNotified)
                .containsExactly(tuple("— → NOT_READY", true),
                        tuple("NOT_READY → WITHIN_1_YEAR", false));
    }

    // intake

    @Test
    void a_contest_admission_is_included_at_once_from_the_protocols_date_by_the_system() {
        Reserve r = reserve(1);
        LocalDate held = DAY.minusDays(5);
        ReserveEntry e = ReserveEntry.admitByContest(r, 1L, new ReserveEntry.Place(35L, 7L),
                new ReserveEntry.Target(2L, null), "Конкурс «Муниципальный лидер»: протокол № ИТ-1", "Победитель: 2026",
                40L, held, "Основание: конкурс", NOW);
        assertThat(e.getStatus()).isEqualTo(EntryStatus.INCLUDED);
        assertThat(e.getBasis()).isEqualTo(InclusionBasis.LEADER_CONTEST);
        assertThat(e.getIncludedOn()).isEqualTo(held);
        assertThat(e.getNominatedOn()).isEqualTo(held);
        assertThat(e.getValidUntil()).isEqualTo(held.plusMonths(36));
        assertThat(e.getDecisionProtocolId()).isEqualTo(40L);
        assertThat(e.getContestProtocolId()).isEqualTo(40L);
        assertThat(e.getNominatedBy()).isEqualTo(ReserveEntry.SYSTEM);
        assertThat(e.getEvents()).extracting(EntryEvent::getKind, EntryEvent::getActor, EntryEvent::getDetail)
                .containsExactly(tuple(EntryEventKind.INCLUDED, ReserveEntry.SYSTEM, "Основание: конкурс"));
        e.startDevelopment(DAY, ReserveEntry.SYSTEM, NOW);
        assertThat(e.getStatus()).isEqualTo(EntryStatus.IN_DEVELOPMENT);
        assertThat(e.getEvents()).as("written as told: the admission's own notice tells them")
                .extracting(EntryEvent::isNotified).containsOnly(true);
        e.ownNoticeSent();
        e.extend(41L, DAY, null, "admin", NOW);
        assertThat(e.getEvents().get(e.getEvents().size() - 1).isNotified()).as("later lines are news").isFalse();
        assertThat(e.getContestProtocolId()).as("the admission keeps its protocol").isEqualTo(40L);
    }
}
