package org.munacademy.contest.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A contest diploma's PDF over REST: its holder, the contest administrator and the administrator; otherwise 404. */
@ApplicationScoped
@Path("contest/diplomas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "contest")
public class DiplomaResource {

    @Inject
    DiplomaFacade diplomas;

    @RolesAllowed({"EMPLOYEE", "HR_OFFICER", "METHODOLOGIST", "JUROR", "CONTEST_ADMIN", "COMMISSION_MEMBER", "ADMIN"})
    @GET
    @Path("{number}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "A contest diploma's PDF: its holder, contest administrators (audited); otherwise 404")
    public Response pdf(@PathParam("number") String number) {
        byte[] pdf = diplomas.pdf(number);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + number.replaceAll("[^A-Za-z0-9-]", "_")
                        + ".pdf\"").build();
    }
}
