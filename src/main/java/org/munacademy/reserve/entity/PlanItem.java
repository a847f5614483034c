package org.munacademy.reserve.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.munacademy.shared.entity.BaseEntity;
import org.munacademy.shared.entity.FieldLimits;

/**
 * One item of a development plan: a programme or an assessment (by code, tracked automatically), a task or mentoring
 * (marked done by HR or the person), the competencies it develops, a due date and its status.
 */
@Entity
@Table(name = "reserve_plan_item")
public class PlanItem extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private DevelopmentPlan plan;

    @Column(nullable = false, updatable = false)
    private long seq;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private PlanItemKind kind;

    @Column(nullable = false, length = FieldLimits.RESERVE_NAME)
    private String title;

    /** The programme's or the test's code (PROGRAMME, ASSESSMENT). */
    @Column(name = "ref_code", length = 60)
    private String refCode;

    /** The competencies the item develops or confirms, separated by ";". */
    @Column(name = "competency_codes", length = 300)
    private String competencyCodes;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanItemStatus status = PlanItemStatus.OPEN;

    @Column(name = "done_on")
    private LocalDate doneOn;

    /** What the tracking saw last (enrolled in a cohort, attempt started, completed with a document). */
    @Column(name = "progress_note", length = FieldLimits.RESERVE_NAME)
    private String progressNote;

    protected PlanItem() {
    }

    PlanItem(DevelopmentPlan plan, long seq, PlanItemKind kind, String title, String refCode, String competencyCodes,
            LocalDate dueOn) {
        this.plan = plan;
        this.seq = seq;
        this.kind = kind;
        this.title = title;
        this.refCode = refCode;
        this.competencyCodes = competencyCodes;
        this.dueOn = dueOn;
    }

    /** Moves the item forward (never back from DONE); returns whether its status changed. */
    public boolean progress(PlanItemStatus to, LocalDate on, String note) {
        this.progressNote = note;
        if (status == PlanItemStatus.DONE || to == status || to == PlanItemStatus.OPEN) {
            return false;
        }
        status = to;
        doneOn = to == PlanItemStatus.DONE ? on : null;
        return true;
    }

    /** Whether HR or the person mark it done by hand (a task, mentoring); programmes and assessments are tracked. */
    public boolean markable() {
        return kind == PlanItemKind.TASK || kind == PlanItemKind.MENTORING;
    }

    /** Marks a task or mentoring done (by hand); returns whether its status changed. */
    public boolean markDone(LocalDate on) {
        if (status == PlanItemStatus.DONE) {
            return false;
        }
        status = PlanItemStatus.DONE;
        doneOn = on;
        return true;
    }

    /** Reopens an item marked done by hand (a task or mentoring). */
    public void reopen() {
        status = PlanItemStatus.OPEN;
        doneOn = null;
    }

    public boolean overdue(LocalDate on) {
        return status != PlanItemStatus.DONE && dueOn.isBefore(on);
    }

    public DevelopmentPlan getPlan() {
        return plan;
    }

    public long getSeq() {
        return seq;
    }

    public PlanItemKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getRefCode() {
        return refCode;
    }

    public String getCompetencyCodes() {
        return competencyCodes;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public PlanItemStatus getStatus() {
        return status;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getProgressNote() {
        return progressNote;
    }
}
