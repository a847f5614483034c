package org.munacademy.assessment.entity;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** An assignment as HR submits it: a person, municipality or region id, and an optional due date. */
public class AssignmentInput {

    @NotNull(message = "{assignment.target.required}")
    private AssignmentTarget target;

    @NotNull(message = "{assignment.target.required}")
    private Long targetId;

    private LocalDate dueDate;

    public AssignmentInput() {
    }

    public AssignmentInput(AssignmentTarget target, Long targetId, LocalDate dueDate) {
        this.target = target;
        this.targetId = targetId;
        this.dueDate = dueDate;
    }

    public AssignmentTarget getTarget() {
        return target;
    }

    public void setTarget(AssignmentTarget target) {
        this.target = target;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
