package org.munacademy.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.munacademy.identity.control.CredentialCache;
import org.munacademy.identity.control.LoginThrottle;
import org.munacademy.identity.control.LoginThrottle.Permit;
import org.munacademy.identity.control.LoginThrottle.Refusal;
import org.munacademy.identity.control.PasswordHasher;

/**
 * The application-wide password hasher, login throttle and cache of recently verified API credentials. Every
 * password check (sign-in, HTTP Basic, the current password on a change) takes a permit from the throttle first.
 */
@ApplicationScoped
public class LoginGuard {

    /** How long a check waits while the allowed verifications of its name or address are all running. */
    static final Duration BUSY_WAIT = Duration.ofSeconds(10);

    private final PasswordHasher hasher = new PasswordHasher();
    private CredentialCache credentials;
    private LoginThrottle throttle;

    @Inject
    Clock clock;

    /** Failures from one client address (any names) before it is locked out for a while. */
    @Inject
    @ConfigProperty(name = "academy.login.address-free-failures", defaultValue = "10")
    int addressFreeFailures;

    /** Password verifications one client address may ask for per minute. */
    @Inject
    @ConfigProperty(name = "academy.login.address-verifications-per-minute", defaultValue = "60")
    int addressVerifications;

    @PostConstruct
    void init() {
        credentials = new CredentialCache(clock, CredentialCache.TTL, CredentialCache.MAX_ENTRIES);
        throttle = new LoginThrottle(clock,
                LoginThrottle.Limits.defaults().withAddressBudget(addressFreeFailures, addressVerifications));
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    public LoginThrottle throttle() {
        return throttle;
    }

    /** Recently verified API credentials (HTTP Basic sends them with every call). */
    public CredentialCache credentials() {
        return credentials;
    }

    /** How long the user name or the client address must wait (zero when it may try now). */
    public Duration remainingLock(String username, String address) {
        return throttle.remainingLock(username, address);
    }

    /**
     * A permit to verify a password of the (normalised) user name from the address; while the allowed
     * verifications are all running it waits for one to finish (at most {@link #BUSY_WAIT}), so that parallel
     * requests of a legitimate client are served one after another rather than refused.
     */
    public Permit acquire(String username, String address) {
        long until = System.nanoTime() + BUSY_WAIT.toNanos();
        while (true) {
            Permit p = throttle.acquire(username, address);
            if (p.refusal() != Refusal.BUSY || System.nanoTime() > until) {
                return p;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return p;
            }
        }
    }
}
