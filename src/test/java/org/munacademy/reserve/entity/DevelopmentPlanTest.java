package org.munacademy.reserve.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DevelopmentPlanTest {

    private static final LocalDate DAY = LocalDate.of(2027, 1, 10);

    private static DevelopmentPlan plan() {
        Reserve reserve = new Reserve("R", "Резерв", ReserveLevel.MUNICIPAL, 1L, 2L, Instant.EPOCH);
        ReserveEntry entry = ReserveEntry.nominate(reserve, 7L, new ReserveEntry.Place(1L, 2L),
                new ReserveEntry.Target(3L, null), InclusionBasis.values()[0], null, null, "hr", DAY, Instant.EPOCH);
        return new DevelopmentPlan(entry, DAY, DAY.plusMonths(12), "hr");
    }

    @Test
    void items_are_numbered_in_order_and_found_and_removed_by_number() {
        DevelopmentPlan p = plan();
        p.add(PlanItemKind.TASK, "Проект", null, null, DAY.plusDays(30));
        p.add(PlanItemKind.MENTORING, "Наставничество", null, null, DAY.plusDays(60));
        assertThat(p.item(2)).get().extracting(PlanItem::getKind).isEqualTo(PlanItemKind.MENTORING);
        assertThat(p.removeSeq(1)).isTrue();
        assertThat(p.removeSeq(1)).isFalse();
        assertThat(p.add(PlanItemKind.TASK, "Ещё", null, null, DAY).getSeq()).isEqualTo(3);
    }

    @Test
    void the_overdue_flag_is_raised_once_per_spell_and_cleared_when_nothing_is_overdue() {
        DevelopmentPlan p = plan();
        PlanItem task = p.add(PlanItemKind.TASK, "Проект", null, null, DAY.plusDays(30));
        assertThat(p.noteOverdue(DAY.plusDays(30))).isFalse();
        assertThat(p.noteOverdue(DAY.plusDays(31))).isTrue();
        assertThat(p.noteOverdue(DAY.plusDays(32))).isFalse();
        assertThat(p.getOverdueSince()).isEqualTo(DAY.plusDays(31));
        task.markDone(DAY.plusDays(33));
        assertThat(p.noteOverdue(DAY.plusDays(34))).isFalse();
        assertThat(p.getOverdueSince()).isNull();
    }

    @Test
    void only_tasks_and_mentoring_are_marked_done_by_hand() {
        DevelopmentPlan p = plan();
        assertThat(p.add(PlanItemKind.TASK, "a", null, null, DAY).markable()).isTrue();
        assertThat(p.add(PlanItemKind.MENTORING, "b", null, null, DAY).markable()).isTrue();
        assertThat(p.add(PlanItemKind.PROGRAMME, "c", "P", null, DAY).markable()).isFalse();
        assertThat(p.add(PlanItemKind.ASSESSMENT, "d", "T", null, DAY).markable()).isFalse();
    }

    @Test
    void a_tracked_item_never_moves_back_from_done_and_percent_done_counts_it() {
        DevelopmentPlan p = plan();
        PlanItem i = p.add(PlanItemKind.PROGRAMME, "c", "P", null, DAY);
        p.add(PlanItemKind.TASK, "t", null, null, DAY);
        assertThat(i.progress(PlanItemStatus.IN_PROGRESS, null, "ENROLLED:P-1")).isTrue();
        assertThat(i.progress(PlanItemStatus.DONE, DAY, "COMPLETED:P-1")).isTrue();
        assertThat(i.progress(PlanItemStatus.IN_PROGRESS, null, "ENROLLED:P-2")).isFalse();
        assertThat(i.getStatus()).isEqualTo(PlanItemStatus.DONE);
        assertThat(p.percentDone()).isEqualTo(50);
    }
}
