package org.munacademy.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.munacademy.identity.control.PersonScope;
import org.munacademy.identity.control.PrincipalCache;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Grant;
import org.munacademy.identity.entity.IdentityError;
import org.munacademy.identity.entity.Role;
import org.munacademy.identity.entity.RoleGrant;
import org.munacademy.identity.entity.ScopeType;
import org.munacademy.shared.entity.AccessDeniedException;
import org.munacademy.shared.entity.SharedError;

/**
 * Who is calling, with their grants as stored now (a role or scope change applies to the next request on this node,
 * within {@link Principals#bound()} on the others: they are kept in memory, see {@link Principals}). Every
 * boundary asks it before touching data: "capability check first, then validation".
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    Principals principals;

    private Caller caller;
    private boolean loaded;

    public Optional<String> username() {
        Principal p = securityContext.getCallerPrincipal();
        return p == null ? Optional.empty() : Optional.of(p.getName());
    }

    public Optional<Caller> caller() {
        if (!loaded) {
            loaded = true;
            caller = username().flatMap(this::load).orElse(null);
        }
        return Optional.ofNullable(caller);
    }

    /** The caller; refuses anonymous callers and disabled accounts. */
    public Caller require() {
        return caller().orElseThrow(() -> new AccessDeniedException(IdentityError.SIGN_IN_REQUIRED));
    }

    /** The caller, who must hold at least one of the roles. */
    public Caller require(Role... anyOf) {
        Caller c = require();
        if (!c.hasAnyRole(anyOf)) {
            throw new AccessDeniedException(SharedError.ACCESS_DENIED);
        }
        return c;
    }

    public PersonScope personScope() {
        Caller c = require();
        return PersonScope.of(c.grants(), c.personId());
    }

    private Optional<Caller> load(String username) {
        return principals.principal(username).filter(PrincipalCache.Principal::enabled)
                .map(PrincipalCache.Principal::caller);
    }

    static Grant toGrant(RoleGrant g) {
        return switch (g.getScopeType()) {
            case NATIONAL -> new Grant(g.getRole(), ScopeType.NATIONAL, null, null, null);
            case REGION -> new Grant(g.getRole(), ScopeType.REGION, g.getRegion().getId(), null,
                    g.getRegion().getName());
            case MUNICIPALITY -> new Grant(g.getRole(), ScopeType.MUNICIPALITY, null, g.getMunicipality().getId(),
                    g.getMunicipality().getName());
        };
    }
}
