package org.munacademy.it.jobs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.munacademy.competency.boundary.LevelSnapshotJob;
import org.munacademy.reserve.boundary.ReserveExpiryJob;

/**
 * Runs a background job's tick on demand, for integration tests only (added to the WAR the tests deploy by
 * {@code Deployments.builtWar}, never to the application's own): a test measures one tick's statements, or runs it
 * for a later day, without waiting for the schedule or moving the server's clock.
 */
@Path("it/jobs")
@RolesAllowed("ADMIN")
public class JobResource {

    @Inject
    ReserveExpiryJob reserveJob;

    @Inject
    LevelSnapshotJob levelsJob;

    @Inject
    Clock clock;

    /** The reserve's daily job for the day given (ISO date; today when absent). */
    @POST
    @Path("reserve")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Integer> reserve(@QueryParam("date") String date) {
        ReserveExpiryJob.Run r = reserveJob.run(date == null ? LocalDate.now(clock) : LocalDate.parse(date));
        return Map.of("expired", r.expired(), "hrNotices", r.hrNotices(), "personNotices", r.personNotices(),
                "readinessComputed", r.readinessComputed(), "readinessChanged", r.readinessChanged());
    }

    /** The level snapshots' job for the day given (ISO date; today when absent), up to {@code limit} persons. */
    @POST
    @Path("levels")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Integer> levels(@QueryParam("date") String date, @QueryParam("limit") Integer limit) {
        return Map.of("written", levelsJob.run(date == null ? LocalDate.now(clock) : LocalDate.parse(date),
                limit == null ? 100_000 : limit));
    }

    /** Nothing: what a call costs on its own (authentication), to subtract from a measured tick. */
    @POST
    @Path("nothing")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Integer> nothing() {
        return Map.of();
    }
}
