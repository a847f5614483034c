package org.munacademy.competency.entity;

/** Type of a competency: general (all employees), managerial (leading others), professional (the job's own). */
public enum CompetencyKind {
    GENERAL, MANAGERIAL, PROFESSIONAL
}
