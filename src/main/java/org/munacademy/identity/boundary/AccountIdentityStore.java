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
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.munacademy.identity.entity.Account;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent.Outcome;

/**
 * Checks user name and password against the accounts (PBKDF2 hashes) for both the login view and HTTP Basic
 * API clients. Unknown user and wrong password give the same result after the same work; failures are
 * throttled per user name; every failure and every sign-in through the login view is audited. The groups returned
 * are the account's role names.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    LoginGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    RequestInfo requestInfo;

    @Override
    @Transactional
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = upc.getCaller() == null ? "" : upc.getCaller().trim().toLowerCase(Locale.ROOT);
        if (!guard.remainingLock(username).isZero()) {
            audit.record(username, AuditAction.LOGIN_THROTTLED, Outcome.DENIED, "account", username,
                    "too many failed attempts");
            return CredentialValidationResult.INVALID_RESULT;
        }
        List<Account> found = em.createQuery(
                        "select distinct a from Account a left join fetch a.grants where a.username = :u", Account.class)
                .setParameter("u", username)
                .getResultList();
        Account account = found.isEmpty() ? null : found.get(0);
        boolean apiCall = requestInfo.isApiCall();
        char[] password = upc.getPassword().getValue();
        boolean ok;
        if (account == null) {
            guard.hasher().burn(password);
            ok = false;
        } else if (apiCall && account.isEnabled()
                && guard.credentials().recentlyVerified(username, password, account.getPasswordHash())) {
            ok = true; // verified by PBKDF2 a moment ago, against the same stored hash
        } else {
            ok = guard.hasher().verify(password, account.getPasswordHash()) && account.isEnabled();
            if (ok && apiCall) {
                guard.credentials().verified(username, password, account.getPasswordHash());
            }
        }
        if (!ok) {
            guard.credentials().forget(username);
            guard.throttle().failed(username);
            audit.record(username, AuditAction.LOGIN, Outcome.FAILURE, "account", username,
                    account == null ? "unknown user name" : account.isEnabled() ? "wrong password" : "account disabled");
            return CredentialValidationResult.INVALID_RESULT;
        }
        guard.throttle().succeeded(username);
        if (!apiCall) {
            // an API client authenticates with every call: its successes would drown the log, so only sign-ins
            // through the login view are recorded (failures always are, and so is what the calls then do)
            account.loggedIn(Instant.now());
            audit.record(username, AuditAction.LOGIN, Outcome.SUCCESS, "account", username, null);
        }
        return new CredentialValidationResult(username, roles(account));
    }

    /** The role names of an enabled account, or empty when it does not exist or is disabled. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> currentRoles(String username) {
        List<Account> found = em.createQuery("select a from Account a where a.username = :u and a.enabled = true",
                        Account.class)
                .setParameter("u", username)
                .getResultList();
        return found.isEmpty() ? Set.of() : roles(found.get(0));
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
