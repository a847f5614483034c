package org.munacademy.shared.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.munacademy.shared.entity.SharedError;

/**
 * Every API resource needs a signed-in caller: without credentials the answer is 401 with a Basic challenge.
 * What the caller may then do is decided by the boundaries (403 or a scope-filtered result). The only exception
 * are resources marked {@link PublicEndpoint} ("forgot password").
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticatedOnly implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Class<?> target = resource == null ? null : resource.getResourceClass();
        if (target != null && target.isAnnotationPresent(PublicEndpoint.class)) {
            return;
        }
        if (request.getSecurityContext().getUserPrincipal() == null) {
            var refusal = jakarta.ws.rs.core.Response.fromResponse(ProblemMappers.problem(
                    SharedError.UNAUTHENTICATED, ErrorTexts.accepting(request.getAcceptableLanguages()), null));
            if (!fromAnotherSite(request.getHeaderString("Sec-Fetch-Site"))) {
                refusal.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Municipal Academy\", charset=\"UTF-8\"");
            }
            request.abortWith(refusal.build());
        }
    }

    /**
     * Whether a browser says another page started the request ({@code Sec-Fetch-Site} other than
     * {@code same-origin} or {@code none}): such a request gets no Basic challenge, so that a foreign page cannot
     * make the browser ask the user for their password on our behalf.
     */
    static boolean fromAnotherSite(String secFetchSite) {
        return secFetchSite != null && !secFetchSite.equalsIgnoreCase("same-origin")
                && !secFetchSite.equalsIgnoreCase("none");
    }
}
