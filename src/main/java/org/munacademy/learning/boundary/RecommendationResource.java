package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.learning.entity.BulkEnrolment;
import org.munacademy.learning.entity.PersonNeed;
import org.munacademy.learning.entity.ProgrammeNeed;
import org.munacademy.learning.entity.Recommendation;
import org.munacademy.shared.control.BundleTexts;

/**
 * Gap-driven recommendations over REST: the caller's own, a person's (HR in scope, administrators), and HR's "who
 * needs what" — programmes with how many persons of the scope need each, the persons of one programme with their
 * reasons, and enrolling that list into a cohort of the programme in one call. Reasons speak the Accept-Language.
 */
@ApplicationScoped
@Path("learning/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
public class RecommendationResource {

    @Inject
    RecommendationFacade recommendations;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The caller's recommended programmes: open cohorts first, then by the weighted gap closed, "
            + "each with its reason (\"закрывает: BUD-01 1 → 3\")")
    public List<Recommendation> mine() {
        return recommendations.mine(language());
    }

    @RolesAllowed({"HR_OFFICER", "ADMIN"})
    @GET
    @Path("persons/{id}")
    @Operation(summary = "A person's recommended programmes (HR of the person's scope, administrators; else 404)")
    public List<Recommendation> person(@PathParam("id") long id) {
        return recommendations.forPerson(id, language());
    }

    @RolesAllowed({"HR_OFFICER", "ADMIN"})
    @GET
    @Path("programmes")
    @Operation(summary = "Who needs what: the published programmes with how many persons of the caller's scope "
            + "(?municipality= one municipality) each closes a gap for")
    public List<ProgrammeNeed> programmes(@QueryParam("municipality") Long municipality) {
        return recommendations.programmes(municipality);
    }

    @RolesAllowed({"HR_OFFICER", "ADMIN"})
    @GET
    @Path("programmes/{code}/persons")
    @Operation(summary = "The persons of the caller's scope whose gaps the programme closes, with the reason each")
    public List<PersonNeed> persons(@PathParam("code") String code,
            @QueryParam("municipality") Long municipality) {
        return recommendations.persons(code, municipality, language());
    }

    @RolesAllowed({"HR_OFFICER", "ADMIN"})
    @POST
    @Path("programmes/{code}/enrolments")
    @Operation(summary = "Enrols everybody the programme's list names into ?cohort= (a cohort of this programme) in "
            + "one action: seats while free, then the waiting list")
    public BulkEnrolment enrol(@PathParam("code") String code, @QueryParam("cohort") String cohort,
            @QueryParam("municipality") Long municipality) {
        return recommendations.enrol(code, cohort, municipality);
    }

    private Locale language() {
        return BundleTexts.accepting("learning", headers.getAcceptableLanguages()).locale();
    }
}
