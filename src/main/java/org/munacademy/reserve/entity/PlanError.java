package org.munacademy.reserve.entity;

import org.munacademy.shared.entity.ErrorCode;

/** The error codes of development plans. Texts: {@code i18n/errors-reserve_*.properties}. */
public enum PlanError implements ErrorCode {
    /** The entry has no development plan yet. Argument: the entry's id. */
    PLAN_NOT_FOUND(404),
    /** The entry has a plan already (one per entry). Argument: the entry's id. */
    PLAN_EXISTS(409),
    /** No item with this number in the plan. Argument: the number. */
    PLAN_ITEM_NOT_FOUND(404),
    /** Programmes and assessments are tracked from learning and results, never marked by hand. Argument: title. */
    PLAN_ITEM_TRACKED(409),
    /** The mentor must be a person of the caller's scope, not the person in the reserve. Argument: the id. */
    PLAN_MENTOR_NOT_IN_SCOPE(400),
    /** A due date before the plan was drawn up. Argument: the plan's first day. */
    PLAN_DUE_TOO_EARLY(400),
    /** Only HR (of the person's scope) may do this with a plan: generate it or set the mentor. */
    PLAN_HR_ONLY(403);

    private final int status;

    PlanError(int status) {
        this.status = status;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String context() {
        return "reserve";
    }
}
