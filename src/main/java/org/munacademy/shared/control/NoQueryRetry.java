package org.munacademy.shared.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * No retry of a query inside the request when its connection is lost. EclipseLink by default retries three times,
 * sleeping between them: while the database restarted, calls hung for more than 10 s and held their HTTP threads.
 * The container's pool validates connections and replaces dead ones; the call fails at once with 503 and the
 * client retries it (an answer save with the same sequence number is acknowledged once).
 */
public class NoQueryRetry implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
