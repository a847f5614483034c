package org.munacademy.reserve.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.munacademy.reserve.entity.EntryStatus;
import org.munacademy.reserve.entity.ReserveEntry.Target;

class ReadinessRefreshTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void an_open_entry_is_due_when_its_readiness_was_never_computed_or_computed_before_today() {
        for (EntryStatus open : List.of(EntryStatus.NOMINATED, EntryStatus.INCLUDED, EntryStatus.IN_DEVELOPMENT)) {
            assertThat(ReadinessRefresh.due(open, null, TODAY)).as(open + " never computed").isTrue();
            assertThat(ReadinessRefresh.due(open, TODAY.minusDays(1), TODAY)).as(open + " yesterday").isTrue();
            assertThat(ReadinessRefresh.due(open, TODAY, TODAY)).as(open + " today").isFalse();
        }
    }

    @Test
    void a_closed_entry_keeps_the_readiness_it_closed_with() {
        for (EntryStatus closed : EntryStatus.values()) {
            if (!ReadinessRefresh.OPEN.contains(closed)) {
                assertThat(ReadinessRefresh.due(closed, null, TODAY)).as(closed.name()).isFalse();
                assertThat(ReadinessRefresh.due(closed, TODAY.minusYears(1), TODAY)).as(closed.name()).isFalse();
            }
        }
        assertThat(ReadinessRefresh.OPEN).doesNotContain(EntryStatus.EXPIRED, EntryStatus.APPOINTED,
                EntryStatus.EXCLUDED, EntryStatus.NOT_INCLUDED);
    }

    private record Row(long id, Target target) {
    }

    @Test
    void a_batch_is_grouped_by_target_in_order_of_first_appearance_keeping_the_order_within_each() {
        Target chief = new Target(2L, null);
        Target chiefHead = new Target(2L, 9L);
        Target leading = new Target(3L, null);
        List<Row> rows = List.of(new Row(1, chief), new Row(2, leading), new Row(3, chiefHead), new Row(4, chief),
                new Row(5, leading), new Row(6, new Target(2L, 9L)));
        Map<Target, List<Row>> groups = ReadinessRefresh.byTarget(rows, Row::target);
        assertThat(groups.keySet()).containsExactly(chief, leading, chiefHead);
        assertThat(groups.get(chief)).extracting(Row::id).containsExactly(1L, 4L);
        assertThat(groups.get(leading)).extracting(Row::id).containsExactly(2L, 5L);
        assertThat(groups.get(chiefHead)).as("a position is a target of its own").extracting(Row::id)
                .containsExactly(3L, 6L);
        assertThat(ReadinessRefresh.byTarget(List.<Row>of(), Row::target)).isEmpty();
    }

    @Test
    void the_next_batch_goes_on_after_a_full_one_and_starts_again_after_a_short_one() {
        assertThat(ReadinessRefresh.nextAfter(List.of(4L, 9L, 15L), 3)).isEqualTo(15L);
        assertThat(ReadinessRefresh.nextAfter(List.of(4L, 9L), 3)).isZero();
        assertThat(ReadinessRefresh.nextAfter(List.of(), 3)).isZero();
        assertThat(ReadinessRefresh.BATCH).isEqualTo(200);
    }
}
