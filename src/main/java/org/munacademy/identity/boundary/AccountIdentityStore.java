package org.munacademy.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.munacademy.identity.entity.Account;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent.Outcome;
import org.munacademy.identity.entity.UserName;
import org.munacademy.identity.control.LoginThrottle.Permit;
import org.munacademy.identity.control.PrincipalCache.Principal;

/**
 * Checks user name and password against the accounts (PBKDF2 hashes) for both the login view and HTTP Basic
 * API clients. Unknown user and wrong password give the same result after the same work; every verification
 * takes a permit of the {@link org.munacademy.identity.control.LoginThrottle} first (per user name and client
 * address); every failure and every sign-in through the login view is audited. The groups returned
 * are the account's role names.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    LoginGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    RequestInfo requestInfo;

    @Inject
    Principals principals;

    @Override
    @Transactional
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        // one spelling per account: the throttle, the cache and the lookup all use the normalised name
        String username = UserName.normalise(upc.getCaller());
        String address = requestInfo.remoteAddress();
        boolean apiCall = requestInfo.isApiCall();
        char[] password = upc.getPassword().getValue();
        if (!guard.remainingLock(username, address).isZero()) {
            audit.record(username, AuditAction.LOGIN_THROTTLED, Outcome.DENIED, "account", username,
                    "too many failed attempts");
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (apiCall) {
            // verified by PBKDF2 a moment ago: checked in memory against the account as last read (no statement
            // at all while no account changed, see Principals), and the hash must still be the account's
            Optional<String> verifiedHash = guard.credentials().verifiedHash(username, password);
            if (verifiedHash.isPresent()) {
                Optional<Principal> known = principals.principal(username);
                if (known.isPresent() && known.get().enabled()
                        && known.get().passwordHash().equals(verifiedHash.get())) {
                    return new CredentialValidationResult(username, known.get().roles());
                }
                guard.credentials().forget(username);
            }
        }
        // reserve the verification before the slow hash: parallel guesses cannot outrun the failure count
        Permit permit = guard.acquire(username, address);
        if (!permit.granted()) {
            audit.record(username, AuditAction.LOGIN_THROTTLED, Outcome.DENIED, "account", username,
                    switch (permit.refusal()) {
                        case NAME_LOCKED -> "too many failed attempts";
                        case ADDRESS_LOCKED -> "too many attempts from this address";
                        case BUSY -> "too many attempts at once";
                    });
            return CredentialValidationResult.INVALID_RESULT;
        }
        Account account = UserName.isWellFormed(username) ? find(username) : null;
        boolean ok = permit.settle(() -> {
            if (account == null) {
                guard.hasher().burn(password);
                return false;
            }
            return guard.hasher().verify(password, account.getPasswordHash()) && account.isEnabled();
        });
        if (ok && apiCall) {
            guard.credentials().verified(username, password, account.getPasswordHash());
        }
        if (!ok) {
            guard.credentials().forget(username);
            audit.record(username, AuditAction.LOGIN, Outcome.FAILURE, "account", username,
                    account == null ? "unknown user name"
                            : account.isEnabled() ? "wrong password" : "account disabled");
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!apiCall) {
            // an API client authenticates with every call: its successes would drown the log, so only sign-ins
            // through the login view are recorded (failures always are, and so is what the calls then do)
            account.loggedIn(clock.instant());
            audit.record(username, AuditAction.LOGIN, Outcome.SUCCESS, "account", username, null);
        }
        return new CredentialValidationResult(username, roles(account));
    }

    /** The account with exactly this (normalised) user name, with its grants. */
    private Account find(String username) {
        List<Account> found = em.createQuery(
                        "select distinct a from Account a left join fetch a.grants where a.username = :u",
                        Account.class)
                .setParameter("u", username)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The role names for a signed-in session: empty when the account is gone or disabled, or when its password
     * changed since the session signed in (the credential epoch moved on), so that such a session ends. From the
     * callers known in memory ({@link Principals}): no statement while no account changed.
     */
    public Set<String> sessionRoles(String username, long credentialEpoch) {
        return principals.principal(username)
                .filter(p -> p.enabled() && p.credentialEpoch() == credentialEpoch)
                .map(Principal::roles)
                .orElse(Set.of());
    }

    /** The credential epoch of an account (to remember with a new session); 0 when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long credentialEpoch(String username) {
        return em.createQuery("select a.credentialEpoch from Account a where a.username = :u", Long.class)
                .setParameter("u", username)
                .getResultStream().findFirst().orElse(0L);
    }

    private static Set<String> roles(Account account) {
        return account.getGrants().stream().map(g -> g.getRole().name()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The groups (role names) come with the validation result; the store must declare PROVIDE_GROUPS too, or the
     * container drops them and API callers hold no container roles.
     */
    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
