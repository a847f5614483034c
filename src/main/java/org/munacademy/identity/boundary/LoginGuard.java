package org.munacademy.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.munacademy.identity.control.LoginThrottle;
import org.munacademy.identity.control.PasswordHasher;

/** The application-wide password hasher and login throttle. */
@ApplicationScoped
public class LoginGuard {

    private final PasswordHasher hasher = new PasswordHasher();
    private final LoginThrottle throttle = new LoginThrottle();

    public PasswordHasher hasher() {
        return hasher;
    }

    public LoginThrottle throttle() {
        return throttle;
    }

    /** How long the user name must wait before the next attempt (zero when it may try now). */
    public Duration remainingLock(String username) {
        return throttle.remainingLock(username);
    }
}
