package org.munacademy.reserve.entity;

import java.time.LocalDate;

/** The period of the reserve's analytics (both days included) and today. */
public record AnalyticsPeriod(LocalDate from, LocalDate to, LocalDate today) {

    public AnalyticsPeriod {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the period starts after it ends: " + from + " > " + to);
        }
    }

    /** The day the size is taken on: the period's end, or today if that is earlier. */
    public LocalDate sizeOn() {
        return to.isAfter(today) ? today : to;
    }
}
