package org.munacademy.reserve.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * One item of a development plan as lists and REST show it. {@code progressNote} is what tracking saw last, as
 * {@code STATE[:detail[:date]]} (e.g. {@code ENROLLED:VOL-2027-01}, {@code COMPLETED:VOL-2027-01:2027-03-01},
 * {@code FINISHED:2027-02-10}); views put it in words. {@code markable}: a task or mentoring, marked done by hand.
 */
public record PlanItemRow(long seq, PlanItemKind kind, String title, String refCode, List<String> competencyCodes,
        LocalDate dueOn, PlanItemStatus status, LocalDate doneOn, String progressNote, boolean overdue,
        boolean markable) {

    public PlanItemRow {
        competencyCodes = List.copyOf(competencyCodes);
    }
}
