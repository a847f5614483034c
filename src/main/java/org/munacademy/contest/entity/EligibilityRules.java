package org.munacademy.contest.entity;

import java.util.Set;

/**
 * Who may apply to a nomination: an age range in full years on the checking date (both ends inclusive: a maximum of
 * 35 admits a person until the day before their 36th birthday), a minimum experience in years, the admitted position
 * groups (codes) and regions (ids). A {@code null} bound or an empty set does not restrict.
 */
public record EligibilityRules(Integer minAge, Integer maxAge, Integer minExperienceYears,
        Set<String> positionGroupCodes, Set<Long> regionIds) {

    public EligibilityRules {
        positionGroupCodes = positionGroupCodes == null ? Set.of() : Set.copyOf(positionGroupCodes);
        regionIds = regionIds == null ? Set.of() : Set.copyOf(regionIds);
    }

    /** Rules that admit everyone. */
    public static EligibilityRules none() {
        return new EligibilityRules(null, null, null, Set.of(), Set.of());
    }
}
