package org.munacademy.contest.entity;

/** The contest administrator's steps on a stage. */
public enum StageStep {
    /** Planned → open (applications reach it, jurors may be assigned). */
    OPEN,
    /** Open → scoring: the aggregation method is fixed and recorded; jurors score. */
    START_SCORING,
    /** Scoring → closed: every sheet submitted, ranked by the recorded method, pass rule applied, appeals open. */
    CLOSE,
    /** Closed → published: results public, those who passed go on, winners into the reserve, diplomas issued. */
    PUBLISH
}
