package org.munacademy.reserve.entity;

/** Where a plan item stands: open, in progress (enrolled, attempt started) or done. */
public enum PlanItemStatus {
    OPEN, IN_PROGRESS, DONE
}
