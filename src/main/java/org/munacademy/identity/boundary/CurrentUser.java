package org.munacademy.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.munacademy.identity.control.PersonScope;
import org.munacademy.identity.entity.Account;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Grant;
import org.munacademy.identity.entity.IdentityError;
import org.munacademy.identity.entity.Role;
import org.munacademy.identity.entity.RoleGrant;
import org.munacademy.identity.entity.ScopeType;
import org.munacademy.shared.entity.AccessDeniedException;
import org.munacademy.shared.entity.SharedError;

/**
 * Who is calling, with their grants as stored now (a role or scope change applies to the next request). Every
 * boundary asks it before touching data: "capability check first, then validation".
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @PersistenceContext
    EntityManager em;

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
        List<Account> accounts = em.createQuery(
                        "select a from Account a left join fetch a.person where a.username = :u", Account.class)
                .setParameter("u", username)
                .getResultList();
        if (accounts.isEmpty() || !accounts.get(0).isEnabled()) {
            return Optional.empty();
        }
        Account a = accounts.get(0);
        List<Grant> grants = em.createQuery("select g from RoleGrant g left join fetch g.region "
                        + "left join fetch g.municipality where g.account = :a", RoleGrant.class)
                .setParameter("a", a)
                .getResultStream()
                .map(CurrentUser::toGrant)
                .toList();
        String display = a.getPerson() == null ? a.getUsername() : a.getPerson().getFullName();
        return Optional.of(new Caller(a.getId(), a.getUsername(),
                a.getPerson() == null ? null : a.getPerson().getId(), display, grants));
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
