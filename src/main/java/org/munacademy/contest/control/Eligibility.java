package org.munacademy.contest.control;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.munacademy.contest.entity.CandidateFacts;
import org.munacademy.contest.entity.EligibilityRules;
import org.munacademy.contest.entity.Ineligibility;
import org.munacademy.contest.entity.IneligibilityReason;

/**
 * The automatic eligibility check of a nomination: every reason why a candidate may not apply, none if they may.
 * <p>
 * Age is in full years on {@code onDate} ({@link Period#between}): on the birthday itself the person is already the
 * new age; someone born on 29 February turns a year older on 1 March in a common year. Both age bounds are
 * inclusive ("from 25 to 35" admits a person of 35 years and 364 days). Experience is compared in whole years. A rule
 * that needs a fact the candidate does not have gives a "missing" reason rather than passing silently; a rule that
 * is not set needs nothing.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /** Every reason against the candidate, in the order age, experience, position group, region; empty if eligible. */
    public static List<Ineligibility> check(EligibilityRules rules, CandidateFacts candidate, LocalDate onDate) {
        List<Ineligibility> reasons = new ArrayList<>();
        if (rules.minAge() != null || rules.maxAge() != null) {
            if (candidate.birthDate() == null) {
                reasons.add(reason(IneligibilityReason.BIRTH_DATE_MISSING));
            } else {
                int age = age(candidate.birthDate(), onDate);
                if (rules.minAge() != null && age < rules.minAge()) {
                    reasons.add(reason(IneligibilityReason.AGE_BELOW_MIN, age, rules.minAge()));
                }
                if (rules.maxAge() != null && age > rules.maxAge()) {
                    reasons.add(reason(IneligibilityReason.AGE_ABOVE_MAX, age, rules.maxAge()));
                }
            }
        }
        if (rules.minExperienceYears() != null) {
            if (candidate.experienceYears() == null) {
                reasons.add(reason(IneligibilityReason.EXPERIENCE_MISSING));
            } else if (candidate.experienceYears() < rules.minExperienceYears()) {
                reasons.add(reason(IneligibilityReason.EXPERIENCE_BELOW_MIN, candidate.experienceYears(),
                        rules.minExperienceYears()));
            }
        }
        if (!rules.positionGroupCodes().isEmpty()) {
            String code = candidate.positionGroupCode();
            if (code == null || code.isBlank()) {
                reasons.add(reason(IneligibilityReason.POSITION_GROUP_MISSING));
            } else if (!rules.positionGroupCodes().contains(code)) {
                reasons.add(reason(IneligibilityReason.POSITION_GROUP_NOT_ADMITTED, code));
            }
        }
        if (!rules.regionIds().isEmpty()) {
            if (candidate.regionId() == null) {
                reasons.add(reason(IneligibilityReason.REGION_MISSING));
            } else if (!rules.regionIds().contains(candidate.regionId())) {
                reasons.add(reason(IneligibilityReason.REGION_NOT_ADMITTED, candidate.regionId()));
            }
        }
        return reasons;
    }

    /** Full years from the birth date to the date (negative if born after it). */
    public static int age(LocalDate birthDate, LocalDate onDate) {
        return Period.between(birthDate, onDate).getYears();
    }

    private static Ineligibility reason(IneligibilityReason reason, Object... args) {
        List<String> texts = new ArrayList<>();
        for (Object arg : args) {
            texts.add(String.valueOf(arg));
        }
        return new Ineligibility(reason, texts);
    }
}
