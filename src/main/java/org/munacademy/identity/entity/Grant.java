package org.munacademy.identity.entity;

import java.util.Objects;

/**
 * A role with its scope, as the rest of the system sees it: {@code regionId} is set for a regional scope,
 * {@code municipalityId} for a municipal one, neither for a national one. {@code scopeName} is for display.
 */
public record Grant(Role role, ScopeType scopeType, Long regionId, Long municipalityId, String scopeName) {

    public Grant {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scopeType, "scopeType");
        if (scopeType == ScopeType.REGION && regionId == null) {
            throw new IllegalArgumentException("a regional grant needs a region");
        }
        if (scopeType == ScopeType.MUNICIPALITY && municipalityId == null) {
            throw new IllegalArgumentException("a municipal grant needs a municipality");
        }
    }

    public static Grant national(Role role) {
        return new Grant(role, ScopeType.NATIONAL, null, null, null);
    }

    public static Grant region(Role role, long regionId) {
        return new Grant(role, ScopeType.REGION, regionId, null, null);
    }

    public static Grant municipality(Role role, long municipalityId) {
        return new Grant(role, ScopeType.MUNICIPALITY, null, municipalityId, null);
    }
}
