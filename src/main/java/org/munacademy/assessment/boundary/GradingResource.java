package org.munacademy.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.assessment.entity.AssessmentError;
import org.munacademy.assessment.entity.EssayToGrade;
import org.munacademy.assessment.entity.GradeAck;
import org.munacademy.assessment.entity.GradeInput;
import org.munacademy.assessment.entity.RegradeInput;
import org.munacademy.shared.entity.InvalidInputException;

/**
 * The essay grading queue and grading over REST: methodologists and administrators grade every test, a test's
 * assessors (any account listed on it, no role needed) that test's essays; the facade refuses everybody else (403).
 * Regrading is for methodologists and administrators only.
 */
@ApplicationScoped
@Path("assessment/grading")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "assessment")
public class GradingResource {

    @Inject
    GradingFacade grading;

    @GET
    @Operation(summary = "Essays awaiting grading, oldest first; blind tests show an attempt code, not the name")
    public List<EssayToGrade> queue(@QueryParam("testId") Long testId,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return grading.queue(testId, offset, limit);
    }

    @GET
    @Path("graded")
    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @Operation(summary = "Essays graded in final results, latest grading first: what may be regraded")
    public List<EssayToGrade> graded(@QueryParam("testId") Long testId,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return grading.graded(testId, offset, limit);
    }

    @POST
    @Path("{attemptId}/items/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grades one essay: points per rubric criterion, a comment and the version seen")
    public GradeAck grade(@PathParam("attemptId") long attemptId, @PathParam("itemId") long itemId,
            GradeInput input) {
        grading.requireGrader();
        if (input == null) {
            throw new InvalidInputException("body", AssessmentError.BODY_EMPTY);
        }
        return grading.grade(attemptId, itemId, input);
    }

    @GET
    @Path("{attemptId}/items/{itemId}")
    @Operation(summary = "Opens one essay answer (audited with the taker's id); blind tests show an attempt code")
    public EssayToGrade open(@PathParam("attemptId") long attemptId, @PathParam("itemId") long itemId) {
        return grading.open(attemptId, itemId);
    }

    @POST
    @Path("{attemptId}/items/{itemId}/regrade")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @Operation(summary = "Grades a graded essay again with a reason; the result and its evidence are recomputed")
    public GradeAck regrade(@PathParam("attemptId") long attemptId, @PathParam("itemId") long itemId,
            RegradeInput input) {
        if (input == null) {
            throw new InvalidInputException("body", AssessmentError.BODY_EMPTY);
        }
        return grading.regrade(attemptId, itemId, input);
    }
}
