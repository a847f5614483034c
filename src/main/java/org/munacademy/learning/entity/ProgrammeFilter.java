package org.munacademy.learning.entity;

import java.time.LocalDate;

/**
 * The catalogue's filters, each optional: a text in the title or description, a competency the programme develops,
 * kind, form of study, provider (code), a range of hours, the dates a cohort starts in (a programme matches when one
 * of its cohorts that is not cancelled starts from {@code startsFrom} to {@code startsTo}, both included; either end
 * may stay open), and — for methodologists and administrators — the status (everyone else sees published programmes
 * only).
 */
public record ProgrammeFilter(String text, String competencyCode, ProgrammeKind kind, StudyFormat format,
        String providerCode, Integer minHours, Integer maxHours, ProgrammeStatus status, LocalDate startsFrom,
        LocalDate startsTo) {

    /** The filter without dates. */
    public ProgrammeFilter(String text, String competencyCode, ProgrammeKind kind, StudyFormat format,
            String providerCode, Integer minHours, Integer maxHours, ProgrammeStatus status) {
        this(text, competencyCode, kind, format, providerCode, minHours, maxHours, status, null, null);
    }

    /** No filter: the whole catalogue. */
    public static ProgrammeFilter all() {
        return new ProgrammeFilter(null, null, null, null, null, null, null, null);
    }

    /** The same filter with a text. */
    public ProgrammeFilter withText(String newText) {
        return new ProgrammeFilter(newText, competencyCode, kind, format, providerCode, minHours, maxHours, status,
                startsFrom, startsTo);
    }

    /** Whether the range of start dates is the wrong way round (from after to). */
    public boolean datesReversed() {
        return startsFrom != null && startsTo != null && startsFrom.isAfter(startsTo);
    }
}
