package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.learning.entity.BulkEnrolment;
import org.munacademy.learning.entity.CohortData;
import org.munacademy.learning.entity.CohortRow;
import org.munacademy.learning.entity.CourseProgress;
import org.munacademy.learning.entity.EnrolRequest;
import org.munacademy.learning.entity.EnrolmentRow;
import org.munacademy.learning.entity.GapCandidate;
import org.munacademy.learning.entity.LearningError;
import org.munacademy.shared.entity.InvalidInputException;

/**
 * Cohorts, enrolment and progress over REST: a programme's cohorts, cohorts open for enrolment, a methodologist's
 * cohorts, self-enrolment and withdrawal, HR's bulk enrolment from a gap list and approval, a cohort's participants,
 * and a learner's progress with "mark done".
 */
@ApplicationScoped
@Path("learning")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
public class EnrolmentResource {

    @Inject
    CohortFacade cohorts;

    @Inject
    EnrolmentFacade enrolment;

    @Inject
    ProgressFacade progress;

    // ---- cohorts ----

    @GET
    @Path("programmes/{code}/cohorts")
    @Operation(summary = "A programme's cohorts (not cancelled) with dates, seats taken and the enrolment window")
    public List<CohortRow> ofProgramme(@PathParam("code") String code) {
        return cohorts.ofProgramme(code);
    }

    @GET
    @Path("cohorts")
    @Operation(summary = "Cohorts whose self-enrolment window is open today")
    public List<CohortRow> open() {
        return cohorts.openToday();
    }

    @GET
    @Path("cohorts/{code}")
    public CohortRow cohort(@PathParam("code") String code) {
        return cohorts.get(code);
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @POST
    @Path("cohorts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Offers a published programme in a cohort: dates, seats, window, approval FREE or HR_APPROVES")
    public Response create(CohortData data) {
        CohortRow created = cohorts.create(require(data));
        return Response.created(URI.create("learning/cohorts/" + created.code())).entity(created).build();
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @PUT
    @Path("cohorts/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a cohort; version (body or ?version=) must be the one read, else 409")
    public CohortRow update(@PathParam("code") String code, @QueryParam("version") Long version, CohortData data) {
        CohortData d = require(data);
        return cohorts.update(code, version != null ? version : d.getVersion() != null ? d.getVersion() : -1, d);
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @POST
    @Path("cohorts/{code}/cancel")
    public CohortRow cancel(@PathParam("code") String code) {
        return cohorts.cancel(code);
    }

    @RolesAllowed({"HR_OFFICER", "ADMIN"})
    @GET
    @Path("cohorts/{code}/participants")
    @Operation(summary = "The cohort's participants of the caller's scope with status and waiting place")
    public List<EnrolmentRow> participants(@PathParam("code") String code) {
        return cohorts.participants(code);
    }

    // ---- enrolment ----

    @POST
    @Path("cohorts/{code}/enrol")
    @Operation(summary = "The caller enrols: a seat, the waiting list, or a request where HR approves; 409 with the "
            + "reason outside the window or when a prerequisite is not met")
    public Response enrolMe(@PathParam("code") String code) {
        EnrolmentRow row = enrolment.enrolMe(code);
        return Response.status(201).entity(row).build();
    }

    @RolesAllowed({"HR_OFFICER", "ADMIN"})
    @POST
    @Path("cohorts/{code}/enrolments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "HR enrols persons of their scope ({\"personIds\":[…]}, at most 500); each line says the "
            + "status or why the person was skipped")
    public BulkEnrolment enrol(@PathParam("code") String code, EnrolRequest request) {
        return enrolment.enrol(code, require(request).getPersonIds());
    }

    @RolesAllowed({"HR_OFFICER", "ADMIN"})
    @GET
    @Path("cohorts/{code}/candidates")
    @Operation(summary = "Persons of the caller's scope with a gap in ?competency= (optionally ?municipality=), "
            + "with their status in the cohort")
    public List<GapCandidate> candidates(@PathParam("code") String code,
            @QueryParam("competency") String competency, @QueryParam("municipality") Long municipality) {
        return enrolment.candidates(code, competency, municipality);
    }

    @GET
    @Path("enrolments/mine")
    @Operation(summary = "The caller's enrolments with their progress")
    public List<EnrolmentRow> mine() {
        return enrolment.mine();
    }

    @POST
    @Path("enrolments/{id}/withdraw")
    @Operation(summary = "Withdraws (own, or HR of the person's scope); the first on the waiting list moves up")
    public EnrolmentRow withdraw(@PathParam("id") long id) {
        return enrolment.withdraw(id);
    }

    @RolesAllowed({"HR_OFFICER", "ADMIN"})
    @POST
    @Path("enrolments/{id}/approve")
    public EnrolmentRow approve(@PathParam("id") long id) {
        return enrolment.approve(id);
    }

    // ---- progress ----

    @GET
    @Path("enrolments/{id}/progress")
    @Operation(summary = "Progress per lesson, module and programme (own, or HR of the person's scope)")
    public CourseProgress progress(@PathParam("id") long id) {
        return progress.progress(id);
    }

    @POST
    @Path("enrolments/{id}/lessons/{lesson}/viewed")
    public Response viewed(@PathParam("id") long id, @PathParam("lesson") long lesson) {
        progress.viewed(id, lesson);
        return Response.noContent().build();
    }

    @POST
    @Path("enrolments/{id}/lessons/{lesson}/done")
    @Operation(summary = "The learner marks a text, file or video lesson done; completion is tested at once")
    public CourseProgress done(@PathParam("id") long id, @PathParam("lesson") long lesson) {
        return progress.markDone(id, lesson);
    }

    @POST
    @Path("enrolments/{id}/refresh")
    @Operation(summary = "Tests completion again (after a module check) and answers the progress")
    public CourseProgress refresh(@PathParam("id") long id) {
        return progress.refresh(id);
    }

    private static <T> T require(T body) {
        if (body == null) {
            throw new InvalidInputException("body", LearningError.BODY_EMPTY);
        }
        return body;
    }
}
