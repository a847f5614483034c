package org.munacademy.contest.entity;

import java.util.List;

/** A nomination with its questionnaire, eligibility rules (as text) and stages in order. */
public record NominationRow(long id, String code, String title, NominationKind kind, Integer teamMin, Integer teamMax,
        Integer minAge, Integer maxAge, Integer minExperience, List<QuestionField> questionnaire,
        List<StageRow> stages) {
}
