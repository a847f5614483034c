package org.munacademy.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/ping} answers {@code {"ok":true}}: no authentication, no database, no state. The benchmarks'
 * true baseline (what one request through JAX-RS and JSON costs on this server) and a liveness probe for a balancer.
 * It reveals nothing and does no work, so it needs no throttle.
 */
@ApplicationScoped
@Path("ping")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "shared")
@PublicEndpoint
public class PingResource {

    private static final String OK = "{\"ok\":true}";

    @GET
    @Operation(summary = "A bare JSON answer without authentication or database (benchmark baseline, liveness)")
    public String ping() {
        return OK;
    }
}
