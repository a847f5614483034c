package org.munacademy.reserve.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * A development plan as its page and REST show it: the entry and person, the plan's version (send it back with an
 * edit: a stale one is refused with 409), its term, mentor (id and full name), progress (share of items done),
 * whether it is overdue (and since when), the items in order, and what the caller may do: {@code mayEdit} (HR of the
 * scope or the person), {@code mayManage} (HR: the mentor).
 */
public record PlanView(long entryId, long personId, EntryStatus entryStatus, long version, LocalDate createdOn,
        LocalDate dueOn, Long mentorPersonId, String mentorName, int percentDone, boolean overdue,
        LocalDate overdueSince, boolean mayEdit, boolean mayManage, List<PlanItemRow> items) {

    public PlanView {
        items = List.copyOf(items);
    }
}
