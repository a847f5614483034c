package org.munacademy.contest.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.contest.entity.DiplomaCheck;
import org.munacademy.contest.entity.PublicResult;
import org.munacademy.shared.boundary.PublicEndpoint;

/** The contest's public side, without signing in: results of published stages, and the check of a diploma. */
@ApplicationScoped
@Path("contest/public")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contest")
@PublicEndpoint
public class PublicContestResource {

    @Inject
    RankingFacade rankings;

    @GET
    @Path("seasons/{code}/results")
    @Operation(summary = "Winners and finalists of the season's published stages (public, rate-limited)")
    public List<PublicResult> results(@PathParam("code") String code) {
        return rankings.publicResults(code);
    }

    @GET
    @Path("diplomas/{number}")
    @Operation(summary = "Checks a diploma by its number and code (public, rate-limited)")
    public DiplomaCheck diploma(@PathParam("number") String number, @QueryParam("code") String code) {
        return rankings.verify(number, code);
    }
}
