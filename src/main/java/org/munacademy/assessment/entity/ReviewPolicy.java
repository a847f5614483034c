package org.munacademy.assessment.entity;

/** What a taker may see after finishing: the score only, the per-competency report, or also the right answers. */
public enum ReviewPolicy {
    SCORE_ONLY, COMPETENCY_REPORT, CORRECT_ANSWERS;

    public boolean showsCompetencies() {
        return this != SCORE_ONLY;
    }

    public boolean showsAnswers() {
        return this == CORRECT_ANSWERS;
    }
}
