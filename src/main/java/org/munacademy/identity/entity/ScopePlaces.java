package org.munacademy.identity.entity;

import java.util.Set;

/**
 * A caller's scope as places, for contexts that keep things per place rather than per person (the reserve's reserves):
 * the whole country, the regions granted, the municipalities granted (each with the settlements inside it), and the
 * regions touched by any grant (the granted regions and the regions of the granted municipalities).
 */
public record ScopePlaces(boolean national, Set<Long> regionIds, Set<Long> municipalityIds,
        Set<Long> touchedRegionIds) {

    public ScopePlaces {
        regionIds = Set.copyOf(regionIds);
        municipalityIds = Set.copyOf(municipalityIds);
        touchedRegionIds = Set.copyOf(touchedRegionIds);
    }

    /** Whether the scope reaches anybody at all. */
    public boolean any() {
        return national || !regionIds.isEmpty() || !municipalityIds.isEmpty();
    }
}
