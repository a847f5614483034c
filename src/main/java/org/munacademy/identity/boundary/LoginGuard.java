package org.munacademy.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.munacademy.identity.control.CredentialCache;
import org.munacademy.identity.control.LoginThrottle;
import org.munacademy.identity.control.PasswordHasher;

/** The application-wide password hasher, login throttle and cache of recently verified API credentials. */
@ApplicationScoped
public class LoginGuard {

    private final PasswordHasher hasher = new PasswordHasher();
    private final LoginThrottle throttle = new LoginThrottle();
    private final CredentialCache credentials = new CredentialCache();

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

    /** How long the user name must wait before the next attempt (zero when it may try now). */
    public Duration remainingLock(String username) {
        return throttle.remainingLock(username);
    }
}
