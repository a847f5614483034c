package org.munacademy.competency.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Set;
import org.munacademy.shared.boundary.AuthenticatedOnly;
import org.munacademy.shared.boundary.BodyLimit;
import org.munacademy.shared.boundary.ProblemMappers;
import org.munacademy.shared.boundary.RolesAllowedFilter;
import org.munacademy.shared.boundary.StrictJsonInterceptor;
import org.munacademy.shared.boundary.ValidationProblemMapper;

/**
 * The 1EdTech CASE 1.1 provider API at the path the specification's REST binding gives ({@code /ims/case/v1p1}),
 * beside the platform's API ({@code /api/v1}). It is a second JAX-RS application with the same filters and
 * exception mappers (authentication, roles, body limit, problem answers) listed explicitly: an application that
 * lists its classes gets only those. The platform's API lists none and so mounts every resource it finds,
 * this one too; {@link CaseProviderResource} answers only under its own path (404 under {@code /api/v1}).
 * {@code shared.boundary.RequestPaths} counts {@code /ims/} as API: HTTP Basic only, the API's security headers.
 */
@ApplicationPath(CaseProviderApi.PATH)
public class CaseProviderApi extends Application {

    /** Where the provider answers, inside the application's context. */
    public static final String PATH = "/ims/case/v1p1";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(CaseProviderResource.class, AuthenticatedOnly.class, RolesAllowedFilter.class, BodyLimit.class,
                StrictJsonInterceptor.class, ProblemMappers.class, ValidationProblemMapper.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.beanValidation.disable.server", true);
    }

    /**
     * The provider's base URI ({@code https://host/ctx/ims/case/v1p1}) for a request to either application: what
     * the export writes into its {@code uri}s.
     */
    static String baseUri(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        for (String app : new String[] {"api/v1/", PATH.substring(1) + "/"}) {
            if (base.endsWith(app)) {
                return base.substring(0, base.length() - app.length()) + PATH.substring(1);
            }
        }
        return base.replaceAll("/$", "") + PATH;
    }

    /** Whether a request came in under the provider's own path (not under the platform's API). */
    static boolean servedHere(UriInfo uri) {
        return uri.getBaseUri().getPath().replaceAll("/$", "").endsWith(PATH);
    }
}
