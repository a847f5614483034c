package org.munacademy.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** Facts about the current HTTP request (for the audit log, and a per-request memo); empty outside a request. */
@ApplicationScoped
public class RequestInfo {

    @Inject
    HttpServletRequest request;

    /** Set by the authentication mechanism while it checks HTTP Basic credentials of an API call. */
    static final String BASIC_AUTHENTICATION = RequestInfo.class.getName() + ".basic";

    /** Whether the credentials being checked came with an API call (HTTP Basic) rather than the login view. */
    public boolean isApiCall() {
        try {
            return request.getAttribute(BASIC_AUTHENTICATION) != null;
        } catch (ContextNotActiveException | IllegalStateException | NullPointerException e) {
            return false;
        }
    }

    /**
     * After the caller changed their own password: their current session goes on under the account's new
     * credential epoch (every other session of the account ends).
     */
    void continueSession(String username, long credentialEpoch) {
        try {
            jakarta.servlet.http.HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(AcademyAuthenticationMechanism.SESSION_CALLER)
                    instanceof AcademyAuthenticationMechanism.SessionCaller caller && caller.name().equals(username)) {
                session.setAttribute(AcademyAuthenticationMechanism.SESSION_CALLER,
                        new AcademyAuthenticationMechanism.SessionCaller(username, credentialEpoch));
            }
        } catch (ContextNotActiveException | IllegalStateException | NullPointerException e) {
            // no HTTP request (or no session): nothing to continue
        }
    }

    /** The method and path of the current request ({@code GET /api/v1/persons/7}); {@code null} outside one. */
    public String requestLine() {
        try {
            return request.getMethod() + " " + request.getRequestURI(); // no query: it may carry search terms
        } catch (ContextNotActiveException | IllegalStateException | NullPointerException e) {
            return null;
        }
    }

    /** What this request has kept under the key (a per-request memo); null when nothing is, or outside a request. */
    Object kept(String key) {
        try {
            return request.getAttribute(key);
        } catch (ContextNotActiveException | IllegalStateException | NullPointerException e) {
            return null;
        }
    }

    /** Keeps a value for the rest of this request; outside a request nothing is kept. */
    void keep(String key, Object value) {
        try {
            request.setAttribute(key, value);
        } catch (ContextNotActiveException | IllegalStateException | NullPointerException e) {
            // no HTTP request: nothing to keep it on
        }
    }

    public String remoteAddress() {
        try {
            return request.getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException | NullPointerException e) {
            return null;
        }
    }
}
