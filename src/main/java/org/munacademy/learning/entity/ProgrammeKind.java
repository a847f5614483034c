package org.munacademy.learning.entity;

import org.munacademy.shared.entity.InvalidInputException;

/**
 * The two kinds of additional professional programme (дополнительная профессиональная программа), each with the least
 * number of hours it may last and the document it ends with.
 * <p>
 * Sources: Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации», ст. 76 (ч. 4: повышение
 * квалификации improves a competency or adds a new one; ч. 5: профессиональная переподготовка prepares for a new kind
 * of professional activity; a graduate receives an удостоверение о повышении квалификации or a диплом о
 * профессиональной переподготовке); Приказ Минобрнауки России от 01.07.2013 № 499 «Об утверждении Порядка организации и
 * осуществления образовательной деятельности по дополнительным профессиональным программам», п. 12: a qualification
 * upgrade programme lasts at least 16 hours, a retraining programme at least 250 hours.
 */
public enum ProgrammeKind {
    /** Повышение квалификации: at least 16 hours, ends with an удостоверение. */
    QUALIFICATION_UPGRADE(16, CompletionDocument.QUALIFICATION_CERTIFICATE, LearningError.UPGRADE_TOO_SHORT),
    /** Профессиональная переподготовка: at least 250 hours, ends with a диплом. */
    RETRAINING(250, CompletionDocument.RETRAINING_DIPLOMA, LearningError.RETRAINING_TOO_SHORT);

    /** The most hours a programme is given (a sanity bound, about two years of full-time study). */
    public static final int MAX_HOURS = 4000;

    private final int minimumHours;
    private final CompletionDocument document;
    private final LearningError tooShort;

    ProgrammeKind(int minimumHours, CompletionDocument document, LearningError tooShort) {
        this.minimumHours = minimumHours;
        this.document = document;
        this.tooShort = tooShort;
    }

    /** The least number of hours a programme of this kind lasts (Приказ № 499, п. 12). */
    public int minimumHours() {
        return minimumHours;
    }

    /** The document a graduate receives. */
    public CompletionDocument document() {
        return document;
    }

    /** Whether a programme of this kind may last this many hours. */
    public boolean allows(int hours) {
        return hours >= minimumHours && hours <= MAX_HOURS;
    }

    /**
     * Refuses a number of hours this kind does not allow (field {@code hours}): below the legal minimum, or beyond
     * {@link #MAX_HOURS}.
     */
    public void requireHours(int hours) {
        if (hours < minimumHours) {
            throw new InvalidInputException("hours", tooShort, minimumHours);
        }
        if (hours > MAX_HOURS) {
            throw new InvalidInputException("hours", LearningError.HOURS_OUT_OF_RANGE, MAX_HOURS);
        }
    }
}
