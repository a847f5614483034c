package org.munacademy.contest.entity;

/** Why an application got fewer jurors than it needs. */
public enum ShortfallReason {
    /** The jury has no jurors at all. */
    NO_JURORS,
    /** The whole jury is smaller than the number of jurors each application needs. */
    JURY_TOO_SMALL,
    /** The jury is large enough, but too few of its jurors have no conflict with this application. */
    CONFLICTS
}
