package org.munacademy.reserve.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.shared.entity.BusinessException;

class ProtocolTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private final Reserve reserve = new Reserve("REG-35", "Резерв", ReserveLevel.REGIONAL, 35L, null, NOW);

    private Protocol protocol(int present) {
        List<String> members = java.util.stream.IntStream.rangeClosed(1, present).mapToObj(i -> "Член " + i).toList();
        return new Protocol(reserve, " КР-1 ", DAY, members, "commission", NOW);
    }

    private ReserveEntry entry() {
        return ReserveEntry.nominate(reserve, 1L, new ReserveEntry.Place(35L, 7L), new ReserveEntry.Target(2L, null),
                InclusionBasis.ATTESTATION, null, null, "hr", DAY, NOW);
    }

    private static String code(Throwable t) {
        return ((BusinessException) t).code().name();
    }

    @Test
    void a_decision_passes_by_a_simple_majority_of_the_members_present() {
        Protocol p = protocol(5);
        Decision d = p.decide(entry(), DecisionKind.INCLUDE, 3, 1, 1, null, " ");
        assertThat(d.getComment()).isNull();
        assertThat(p.getDecisions()).hasSize(1);
        assertThat(p.getNumber()).isEqualTo("КР-1");
        assertThat(p.getPresentCount()).isEqualTo(5);
    }

    @Test
    void more_votes_than_members_present_do_not_add_up() {
        assertThatThrownBy(() -> protocol(3).decide(entry(), DecisionKind.INCLUDE, 3, 1, 0, null, null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("VOTES"));
    }

    @Test
    void half_of_the_members_present_is_no_majority() {
        assertThatThrownBy(() -> protocol(4).decide(entry(), DecisionKind.INCLUDE, 2, 2, 0, null, null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("VOTES"));
    }

    @Test
    void negative_votes_are_refused() {
        assertThatThrownBy(() -> protocol(3).decide(entry(), DecisionKind.INCLUDE, 3, -1, 0, null, null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("VOTES"));
    }

    @Test
    void protocols_of_a_reserve_are_numbered_in_order() {
        assertThat(protocol(1).getSeq()).isEqualTo(1);
        assertThat(protocol(1).getSeq()).isEqualTo(2);
    }

    // intake

    @Test
    void a_contests_results_protocol_has_no_members_and_takes_no_votes() {
        Protocol p = Protocol.contestResults(reserve, " ИТ-2026/1 ", DAY, NOW);
        assertThat(p.getKind()).isEqualTo(ProtocolKind.CONTEST_RESULTS);
        assertThat(p.getNumber()).isEqualTo("ИТ-2026/1");
        assertThat(p.getMembersPresent()).isEmpty();
        assertThat(p.getPresentCount()).isZero();
        assertThat(p.getRecordedBy()).isEqualTo(ReserveEntry.SYSTEM);
        assertThatThrownBy(() -> p.decide(entry(), DecisionKind.INCLUDE, 0, 0, 0, null, null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("VOTES"));
        assertThat(p.getDecisions()).isEmpty();
        assertThat(protocol(3).getKind()).isEqualTo(ProtocolKind.COMMISSION);
        assertThat(protocol(3).getMembersPresent()).hasSize(3);
    }
}
