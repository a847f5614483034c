package org.munacademy.home.entity;

/** How a figure or line should catch the eye: as usual, as good news, as a warning, or as something overdue. */
public enum HomeTone {
    NORMAL, GOOD, WARNING, ALERT
}
