package org.munacademy.reserve.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.munacademy.shared.entity.FieldLimits;

/**
 * A task added to a plan, or an item's new title and due date (HR or the person): the one rule set of the dialog,
 * REST and the facade. {@code version} is the plan's version read; {@code done} (edits only, tasks and mentoring)
 * marks the item done or reopens it, null leaves it.
 */
public class PlanItemData {

    @NotBlank(message = "{reserve.plan.title.required}")
    @Size(max = FieldLimits.RESERVE_NAME, message = "{reserve.plan.title.size}")
    private String title;

    @NotNull(message = "{reserve.plan.due.required}")
    private LocalDate dueOn;

    private Boolean done;

    private Long version;

    public PlanItemData() {
    }

    public PlanItemData(String title, LocalDate dueOn, Long version) {
        this.title = title;
        this.dueOn = dueOn;
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Boolean getDone() {
        return done;
    }

    public void setDone(Boolean done) {
        this.done = done;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
