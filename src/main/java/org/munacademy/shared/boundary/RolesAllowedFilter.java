package org.munacademy.shared.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.munacademy.shared.entity.AccessDeniedException;
import org.munacademy.shared.entity.SharedError;

/**
 * Enforces {@code @RolesAllowed} of resource methods (or their class) after matching and before the body is read or
 * validated: a caller without the role gets 403 at once, and an upload they were never allowed to make is not read.
 * The facades keep their own checks (with scopes); this is the early, coarse one. Runs after
 * {@link AuthenticatedOnly} (anonymous callers get 401) and before {@link BodyLimit}.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RolesAllowedFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        RolesAllowed allowed = rolesAllowed(resource.getResourceMethod(), resource.getResourceClass());
        if (allowed == null) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        for (String role : allowed.value()) {
            if (security.isUserInRole(role)) {
                return;
            }
        }
        throw new AccessDeniedException(SharedError.ACCESS_DENIED);
    }

    /** The method's annotation, else its class's; null when neither declares one. */
    static RolesAllowed rolesAllowed(Method method, Class<?> type) {
        RolesAllowed allowed = method == null ? null : method.getAnnotation(RolesAllowed.class);
        if (allowed == null && type != null) {
            allowed = type.getAnnotation(RolesAllowed.class);
        }
        return allowed;
    }
}
