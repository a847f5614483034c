package org.munacademy.assessment.entity;

/** To whom a test is assigned: one person, everybody of a municipality (with its settlements) or of a region. */
public enum AssignmentTarget {
    PERSON, MUNICIPALITY, REGION
}
