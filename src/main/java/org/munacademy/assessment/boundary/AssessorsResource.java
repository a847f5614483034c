package org.munacademy.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.assessment.entity.AssessorRow;

/** A test's assessors over REST (methodologists and administrators): list, add and remove by user name. */
@ApplicationScoped
@Path("assessment/tests/{testId}/assessors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assessment")
@RolesAllowed({"METHODOLOGIST", "ADMIN"})
public class AssessorsResource {

    @Inject
    GradingFacade grading;

    @GET
    @Operation(summary = "The accounts assigned to grade the test's essays")
    public List<AssessorRow> list(@PathParam("testId") long testId) {
        return grading.assessors(testId);
    }

    @PUT
    @Path("{username}")
    @Operation(summary = "Assigns an account as an assessor of the test (not an HR officer); audited")
    public List<AssessorRow> add(@PathParam("testId") long testId, @PathParam("username") String username) {
        return grading.addAssessor(testId, username);
    }

    @DELETE
    @Path("{username}")
    @Operation(summary = "Takes an account off the test's assessors; audited")
    public List<AssessorRow> remove(@PathParam("testId") long testId, @PathParam("username") String username) {
        return grading.removeAssessor(testId, username);
    }
}
