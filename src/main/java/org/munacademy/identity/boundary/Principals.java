package org.munacademy.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.munacademy.identity.control.PrincipalCache;
import org.munacademy.identity.control.PrincipalCache.Principal;
import org.munacademy.identity.entity.Account;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Grant;
import org.munacademy.identity.entity.RoleGrant;

/**
 * Signed-in callers without reading the database on every call (ADR 0015): the account (password hash, enabled,
 * credential epoch), its person and its grants are read once and kept in a {@link PrincipalCache} until anything
 * about accounts changes. Every change of an account, its grants, its password or its person calls
 * {@link #changed()} in its own transaction: that moves the one-row security epoch on, and once the transaction
 * has committed this node forgets every principal at once; the other nodes read the epoch at most once per
 * {@code academy.security.epoch-poll-seconds} (default {@value #DEFAULT_POLL_SECONDS}) and forget theirs when it
 * has moved. A revoked account, grant or password is thus refused at once on the node that revoked it and within
 * that bound on every other node.
 */
@ApplicationScoped
public class Principals {

    static final String DEFAULT_POLL_SECONDS = "2";
    private static final Logger LOG = Logger.getLogger(Principals.class.getName());

    /** An account change, fired in the changing transaction; handled once it has completed. */
    record Changed(long epoch) {
    }

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Changed> changes;

    /** The stated bound: how often each node reads the security epoch, in seconds. */
    @Inject
    @ConfigProperty(name = "academy.security.epoch-poll-seconds", defaultValue = DEFAULT_POLL_SECONDS)
    int pollSeconds;

    private PrincipalCache cache;

    @PostConstruct
    void init() {
        cache = new PrincipalCache(clock, Duration.ofSeconds(Math.max(0, pollSeconds)), PrincipalCache.TTL,
                PrincipalCache.MAX_ENTRIES);
    }

    /**
     * The account with this exact (normalised) user name as currently known: from memory when nothing changed since
     * it was read, else read now (two statements) and kept. Empty when there is no such account; a disabled account
     * is returned (with {@code enabled} false), its holder is not signed in. Read outside the caller's transaction,
     * so that what is kept is what was committed when it was read (never an older snapshot of a long transaction).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<Principal> principal(String username) {
        refreshIfDue();
        Optional<Principal> known = cache.get(username);
        if (known.isPresent()) {
            return known;
        }
        long generation = cache.generation();
        Optional<Principal> loaded = load(username);
        loaded.ifPresent(p -> cache.put(username, p, generation));
        return loaded;
    }

    /**
     * Records a change of an account, its grants, its password or its person, in the caller's transaction: every
     * node forgets what it knows of its callers (this one once the transaction has completed, the others within
     * the poll interval).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed() {
        em.createNativeQuery("UPDATE identity_security_epoch SET epoch = epoch + 1 WHERE id = 1").executeUpdate();
        Number epoch = (Number) em.createNativeQuery("SELECT epoch FROM identity_security_epoch WHERE id = 1")
                .getSingleResult();
        changes.fire(new Changed(epoch.longValue()));
    }

    void completed(@Observes(during = TransactionPhase.AFTER_COMPLETION) Changed change) {
        cache.changedHere(change.epoch());
    }

    /** The stated bound for a change made on another node. */
    public Duration bound() {
        return cache.pollInterval();
    }

    private void refreshIfDue() {
        if (!cache.pollDue()) {
            return;
        }
        try {
            Number epoch = (Number) em.createNativeQuery("SELECT epoch FROM identity_security_epoch WHERE id = 1")
                    .getSingleResult();
            cache.polled(epoch.longValue());
        } catch (RuntimeException e) {
            cache.pollFailed();
            LOG.log(Level.WARNING, "The security epoch cannot be read: callers are read from the database", e);
        }
    }

    private Optional<Principal> load(String username) {
        List<Account> accounts = em.createQuery(
                        "select a from Account a left join fetch a.person where a.username = :u", Account.class)
                .setParameter("u", username)
                .getResultList();
        if (accounts.isEmpty()) {
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
        Caller caller = new Caller(a.getId(), a.getUsername(), a.getPerson() == null ? null : a.getPerson().getId(),
                display, grants);
        return Optional.of(new Principal(a.getPasswordHash(), a.isEnabled(), a.getCredentialEpoch(), caller));
    }
}
