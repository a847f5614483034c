package org.munacademy.assessment.entity;

import org.munacademy.shared.entity.InvalidInputException.Violation;
import org.munacademy.shared.entity.Location;

/**
 * A blueprint rule the bank cannot serve: which rule (its 1-based number in the blueprint, competency and level —
 * null for any level), how many questions it asks for and how many active ones are left for it. For a rule for any
 * level, {@code takenByLevelRules} says how many questions of the competency the rules with a level took first.
 * A count below zero is a shortfall too (the rule cannot be served as written). As data, so that API clients read
 * it without parsing a text; {@link #violation()} is the same as the user reads it.
 */
public record Shortfall(int rule, String competencyCode, Integer level, int needed, int available,
        int takenByLevelRules) {

    /** The shortfall as a field problem of the test's {@code rules}, with the code and arguments of its text. */
    public Violation violation() {
        Location where = level == null ? Location.of(AssessmentPlace.RULE_ANY_LEVEL, rule, competencyCode)
                : Location.of(AssessmentPlace.RULE, rule, competencyCode, level);
        if (needed < 0) {
            return new Violation("rules", AssessmentError.RULE_COUNT_NEGATIVE, where, needed);
        }
        return level == null
                ? new Violation("rules", AssessmentError.BANK_SHORTFALL_ANY_LEVEL, where, needed, available,
                        takenByLevelRules)
                : new Violation("rules", AssessmentError.BANK_SHORTFALL, where, needed, available);
    }
}
