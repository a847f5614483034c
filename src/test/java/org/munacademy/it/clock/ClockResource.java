package org.munacademy.it.clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Map;

/**
 * Moves the server's clock on, for integration tests only: this class is added to the WAR the tests deploy
 * ({@code Deployments.builtWar}), never to the application's own.
 */
@Path("it/clock")
@RolesAllowed("ADMIN")
public class ClockResource {

    @POST
    @Path("advance")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> advance(@QueryParam("seconds") long seconds) {
        return Map.of("now", MovableClock.INSTANCE.advance(Duration.ofSeconds(seconds)).toString());
    }
}
