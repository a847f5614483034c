package org.munacademy.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
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
 * <p>
 * One instance for the application, not one per request (it holds nothing of its own; see the rule on REST
 * resources in docs/architecture.md). What a request has looked up is kept on the request itself, under the caller's
 * name, so a sign-in during the request (the login view) is seen at once.
 */
@ApplicationScoped
public class CurrentUser {

    private static final String KNOWN = CurrentUser.class.getName() + ".known";

    @Inject
    SecurityContext securityContext;

    @Inject
    Principals principals;

    @Inject
    RequestInfo request;

    /** The caller this request has looked up: {@code caller} is null for an unknown or disabled account. */
    private record Known(String username, Caller caller) {
    }

    public Optional<String> username() {
        Principal p = securityContext.getCallerPrincipal();
        return p == null ? Optional.empty() : Optional.of(p.getName());
    }

    public Optional<Caller> caller() {
        Optional<String> username = username();
        if (username.isEmpty()) {
            return Optional.empty();
        }
        String name = username.get();
        Known known = request.kept(KNOWN) instanceof Known k && k.username().equals(name) ? k : null;
        if (known == null) {
            known = new Known(name, load(name).orElse(null));
            request.keep(KNOWN, known);
        }
        return Optional.ofNullable(known.caller());
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
