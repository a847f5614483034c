package org.munacademy.identity.entity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The signed-in user as the boundaries see them: account, own person (if any) and grants with scopes. */
public record Caller(Long accountId, String username, Long personId, String displayName, List<Grant> grants) {

    public Caller {
        grants = List.copyOf(grants);
    }

    public boolean hasRole(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public boolean hasAnyRole(Role... roles) {
        for (Role r : roles) {
            if (hasRole(r)) {
                return true;
            }
        }
        return false;
    }

    public Set<Role> roles() {
        return grants.stream().map(Grant::role).collect(Collectors.toUnmodifiableSet());
    }
}
