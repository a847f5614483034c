package org.munacademy.reserve.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.munacademy.shared.entity.BaseEntity;

/**
 * The individual development plan of an entry: items (programmes, assessments, tasks, mentoring) with due dates, a
 * mentor, and the plan's own due date. Overdue when an item is not done by its due date — a ground for exclusion the
 * commission may decide on, never an automatic one.
 */
@Entity
@Table(name = "reserve_plan")
public class DevelopmentPlan extends BaseEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false, updatable = false)
    private ReserveEntry entry;

    @Column(name = "mentor_person_id")
    private Long mentorPersonId;

    @Column(name = "created_on", nullable = false, updatable = false)
    private LocalDate createdOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "item_seq", nullable = false)
    private long itemSeq;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    /** Since when an item is overdue (null: none is); the PLAN_OVERDUE event goes out when this is first set. */
    @Column(name = "overdue_since")
    private LocalDate overdueSince;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<PlanItem> items = new ArrayList<>();

    protected DevelopmentPlan() {
    }

    public DevelopmentPlan(ReserveEntry entry, LocalDate createdOn, LocalDate dueOn, String by) {
        this.entry = entry;
        this.createdOn = createdOn;
        this.dueOn = dueOn;
        this.createdBy = by;
    }

    /** Adds an item at the end of the plan. */
    public PlanItem add(PlanItemKind kind, String title, String refCode, String competencyCodes, LocalDate due) {
        PlanItem item = new PlanItem(this, ++itemSeq, kind, title, refCode, competencyCodes, due);
        items.add(item);
        return item;
    }

    /** Removes an item (HR or the person edits the plan). */
    public boolean remove(long itemId) {
        return items.removeIf(i -> i.getId() != null && i.getId() == itemId);
    }

    /** The item with this sequence number in the plan. */
    public Optional<PlanItem> item(long seq) {
        return items.stream().filter(i -> i.getSeq() == seq).findFirst();
    }

    /** Removes the item with this sequence number; returns whether there was one. */
    public boolean removeSeq(long seq) {
        return items.removeIf(i -> i.getSeq() == seq);
    }

    /**
     * Notes whether the plan is overdue on the given day; returns true only when it has just become so (the caller
     * then writes PLAN_OVERDUE into the entry's history: once per spell, never an exclusion).
     */
    public boolean noteOverdue(LocalDate on) {
        if (!overdue(on)) {
            overdueSince = null;
            return false;
        }
        if (overdueSince != null) {
            return false;
        }
        overdueSince = on;
        return true;
    }

    /** The share of items done, 0–100 (a plan without items is 0). */
    public int percentDone() {
        if (items.isEmpty()) {
            return 0;
        }
        long done = items.stream().filter(i -> i.getStatus() == PlanItemStatus.DONE).count();
        return (int) (done * 100 / items.size());
    }

    /** Whether an item is past its due date and not done on the given day. */
    public boolean overdue(LocalDate on) {
        return items.stream().anyMatch(i -> i.overdue(on));
    }

    public ReserveEntry getEntry() {
        return entry;
    }

    public Long getMentorPersonId() {
        return mentorPersonId;
    }

    public void setMentorPersonId(Long mentorPersonId) {
        this.mentorPersonId = mentorPersonId;
    }

    public LocalDate getCreatedOn() {
        return createdOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public LocalDate getOverdueSince() {
        return overdueSince;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public List<PlanItem> getItems() {
        return Collections.unmodifiableList(items);
    }
}
