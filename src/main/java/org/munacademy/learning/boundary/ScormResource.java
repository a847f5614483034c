package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.learning.entity.ProgrammeDetail;
import org.munacademy.learning.entity.ScormPackageRow;
import org.munacademy.shared.boundary.Upload;

/**
 * SCORM 1.2 over REST: methodologists and administrators upload a package (the zip as the body, any content type;
 * every problem listed in a 400 problem, nothing stored) and attach it to a SCORM lesson of a draft; a learner
 * reads their own attempt (status, score, location). The player itself talks to {@code /learning/scorm-runtime}
 * with the UI session and its launch token (see {@link ScormRuntimeServlet}): the API takes no session cookie.
 */
@ApplicationScoped
@Path("learning/scorm")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
public class ScormResource {

    @Inject
    ScormFacade scorm;

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @POST
    @Path("packages")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Uploads a SCORM 1.2 package (zip, at most 50 MB): manifest, launch file, paths, sizes and "
            + "listed files are checked; 201 with the package")
    public Response upload(@QueryParam("name") String name, InputStream body) {
        ScormPackageRow p = scorm.upload(Upload.read(name, body, ScormFacade.MAX_ZIP_BYTES));
        return Response.created(URI.create("learning/scorm/packages/" + p.id())).entity(p).build();
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @GET
    @Path("packages/{id}")
    public ScormPackageRow get(@PathParam("id") long id) {
        return scorm.get(id);
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @POST
    @Path("programmes/{code}/lessons/{lesson}/package")
    @Operation(summary = "Attaches an uploaded package to a SCORM lesson of a draft programme (?version= read, "
            + "?package= id)")
    public ProgrammeDetail attach(@PathParam("code") String code, @PathParam("lesson") long lesson,
            @QueryParam("version") Long version, @QueryParam("package") long packageId) {
        return scorm.attach(code, version == null ? -1 : version, lesson, packageId);
    }

    @POST
    @Path("programmes/{code}/lessons/{lesson}/launch")
    @Operation(summary = "Starts a session of a SCORM lesson for the caller: a new launch token for the runtime "
            + "(/learning/scorm-runtime, header X-Scorm-Token, with the caller's own credentials); the one before "
            + "stops working")
    public ScormFacade.Launch launch(@PathParam("code") String code, @PathParam("lesson") long lesson) {
        return scorm.launch(code, lesson);
    }

    @GET
    @Path("programmes/{code}/lessons/{lesson}/attempt")
    @Operation(summary = "The caller's own run of a SCORM lesson: status, score, location, time; 204 before the "
            + "first launch")
    public Response attempt(@PathParam("code") String code, @PathParam("lesson") long lesson) {
        return scorm.myAttempt(code, lesson).<Response>map(a -> Response.ok(a).build())
                .orElseGet(() -> Response.noContent().build());
    }

}
