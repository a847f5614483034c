package org.munacademy.shared.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, version 1: JSON in and out, errors as {@code application/problem+json} with a stable
 * {@code code}, HTTP Basic authentication against the platform's accounts. Resources live in each context's
 * {@code boundary} package.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Municipal Academy API", version = "1",
                description = "Competencies, learning, assessment, personnel reserve and the Municipal Leader "
                        + "contest for municipal employees. Errors are RFC 9457 problem details with a stable code."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class AcademyApi extends Application {

    /** Validation happens in the boundaries (one rule for UI, REST and service), not a second time in Jersey. */
    @Override
    public java.util.Map<String, Object> getProperties() {
        return java.util.Map.of("jersey.config.beanValidation.disable.server", true);
    }
}
