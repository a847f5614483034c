package org.munacademy.learning.entity;

/**
 * The catalogue's filters, each optional: a text in the title or description, a competency the programme develops,
 * kind, form of study, provider (code), a range of hours, and — for methodologists and administrators — the status
 * (everyone else sees published programmes only).
 * <p>
 * Extension point: the dates of cohorts (which programmes run when) come with cohorts; they join as further
 * components here and one more predicate in the catalogue's query ({@code CatalogueFacade.restrictions}).
 */
public record ProgrammeFilter(String text, String competencyCode, ProgrammeKind kind, StudyFormat format,
        String providerCode, Integer minHours, Integer maxHours, ProgrammeStatus status) {

    /** No filter: the whole catalogue. */
    public static ProgrammeFilter all() {
        return new ProgrammeFilter(null, null, null, null, null, null, null, null);
    }

    /** The same filter with a text. */
    public ProgrammeFilter withText(String newText) {
        return new ProgrammeFilter(newText, competencyCode, kind, format, providerCode, minHours, maxHours, status);
    }
}
