package org.munacademy.identity.control;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.munacademy.identity.entity.Grant;
import org.munacademy.identity.entity.Role;

/**
 * Which persons a caller may see and manage, worked out from their grants: the whole country, some regions,
 * some municipalities (each with the settlements inside it), and always their own person.
 */
public record PersonScope(boolean national, Set<Long> regionIds, Set<Long> municipalityIds, Long ownPersonId) {

    /** Roles whose scope opens other people's personal data. */
    public static final Set<Role> MANAGING_ROLES = Set.of(Role.HR_OFFICER, Role.ADMIN);

    public PersonScope {
        regionIds = Set.copyOf(regionIds);
        municipalityIds = Set.copyOf(municipalityIds);
    }

    /**
     * Roles whose scope opens persons in the personnel reserve only (not other contexts' person data): HR, the reserve
     * commissions' members ("scoped like HR" for the reserve) and administrators.
     */
    public static final Set<Role> RESERVE_ROLES = Set.of(Role.HR_OFFICER, Role.COMMISSION_MEMBER, Role.ADMIN);

    /**
     * Roles whose scope opens persons in the contest only (its applications): contest administrators (a regional
     * contest administrator runs the region's stages) and administrators.
     */
    public static final Set<Role> CONTEST_ROLES = Set.of(Role.CONTEST_ADMIN, Role.ADMIN);

    public static PersonScope of(Collection<Grant> grants, Long ownPersonId) {
        return of(grants, ownPersonId, MANAGING_ROLES);
    }

    /** The scope opened by the grants of the given roles only (e.g. {@link #RESERVE_ROLES}). */
    public static PersonScope of(Collection<Grant> grants, Long ownPersonId, Set<Role> roles) {
        boolean national = false;
        Set<Long> regions = new LinkedHashSet<>();
        Set<Long> municipalities = new LinkedHashSet<>();
        for (Grant g : grants) {
            if (!roles.contains(g.role())) {
                continue;
            }
            switch (g.scopeType()) {
                case NATIONAL -> national = true;
                case REGION -> regions.add(g.regionId());
                case MUNICIPALITY -> municipalities.add(g.municipalityId());
            }
        }
        return new PersonScope(national, regions, municipalities, ownPersonId);
    }

    /** Whether the caller manages anybody besides themselves. */
    public boolean managesOthers() {
        return national || !regionIds.isEmpty() || !municipalityIds.isEmpty();
    }

    /**
     * Whether a person working in the given municipality (of the given region, inside the given parent, if any)
     * lies in this scope.
     */
    public boolean covers(long municipalityId, long regionId, Long parentMunicipalityId) {
        return national
                || regionIds.contains(regionId)
                || municipalityIds.contains(municipalityId)
                || parentMunicipalityId != null && municipalityIds.contains(parentMunicipalityId);
    }

    public boolean isOwn(Long personId) {
        return personId != null && personId.equals(ownPersonId);
    }
}
