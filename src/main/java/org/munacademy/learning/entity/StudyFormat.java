package org.munacademy.learning.entity;

/**
 * The form of study (форма обучения, 273-ФЗ ст. 17 ч. 2). Whether distance-learning technologies are used (ст. 16) is
 * a flag of its own on the programme: any form may use them.
 */
public enum StudyFormat {
    /** Очная. */
    FULL_TIME,
    /** Очно-заочная. */
    MIXED,
    /** Заочная. */
    PART_TIME
}
