package org.munacademy.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** Facts about the current HTTP request needed for the audit log; empty outside a request. */
@ApplicationScoped
public class RequestInfo {

    @Inject
    HttpServletRequest request;

    public String remoteAddress() {
        try {
            return request.getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException | NullPointerException e) {
            return null;
        }
    }
}
