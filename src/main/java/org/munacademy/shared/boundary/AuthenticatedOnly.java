package org.munacademy.shared.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Every API resource needs a signed-in caller: without credentials the answer is 401 with a Basic challenge.
 * What the caller may then do is decided by the boundaries (403 or a scope-filtered result).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticatedOnly implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(jakarta.ws.rs.core.Response.fromResponse(Problem.response(401, "UNAUTHENTICATED",
                            "Unauthorized", "Valid credentials are required", null))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Municipal Academy\", charset=\"UTF-8\"")
                    .build());
        }
    }
}
