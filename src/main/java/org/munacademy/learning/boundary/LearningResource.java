package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import static org.munacademy.shared.boundary.QueryParams.date;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.learning.entity.LearningError;
import org.munacademy.learning.entity.LessonData;
import org.munacademy.learning.entity.LessonView;
import org.munacademy.learning.entity.ModuleData;
import org.munacademy.learning.entity.ProgrammeData;
import org.munacademy.learning.entity.ProgrammeDetail;
import org.munacademy.learning.entity.ProgrammeFilter;
import org.munacademy.learning.entity.ProgrammeKind;
import org.munacademy.learning.entity.ProgrammeRow;
import org.munacademy.learning.entity.ProgrammeStatus;
import org.munacademy.learning.entity.ProviderData;
import org.munacademy.learning.entity.ProviderRow;
import org.munacademy.learning.entity.StudyFormat;
import org.munacademy.shared.entity.FileInfo;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.entity.PageResult;

/**
 * Learning over REST: providers, the catalogue of programmes with its filters, a programme's page with its course
 * outline, lessons, and for methodologists and administrators the editing of providers, programmes, modules and
 * lessons and the upload of lesson files. Every change names the version read ({@code ?version=}); a stale one is a
 * 409.
 */
@ApplicationScoped
@Path("learning")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "learning")
public class LearningResource {

    @Inject
    ProviderFacade providers;

    @Inject
    CatalogueFacade catalogue;

    @Inject
    ProgrammeFacade programmes;

    @Inject
    CourseFacade courses;

    // ---- providers ----

    @GET
    @Path("providers")
    @Operation(summary = "Educational organisations (universities, training centres)")
    public List<ProviderRow> providers() {
        return providers.list();
    }

    @GET
    @Path("providers/{code}")
    public ProviderRow provider(@PathParam("code") String code) {
        return providers.get(code);
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @POST
    @Path("providers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a provider; the INN (10 digits) must pass its check digit")
    public Response createProvider(ProviderData data) {
        ProviderRow created = providers.create(require(data));
        return Response.created(URI.create("learning/providers/" + created.code())).entity(created).build();
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @PUT
    @Path("providers/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Corrects a provider; version (in the body or ?version=) must be the one read, else 409")
    public ProviderRow updateProvider(@PathParam("code") String code, @QueryParam("version") Long version,
            ProviderData data) {
        ProviderData d = require(data);
        if (version != null) {
            d.setVersion(version);
        }
        return providers.update(code, d);
    }

    // ---- the catalogue and programmes ----

    @GET
    @Path("programmes")
    @Operation(summary = "The catalogue: published programmes (editors may ask for a status), filtered and paged; "
            + "q searches title, code and description; startsFrom/startsTo (yyyy-mm-dd): a cohort starts in the range")
    public PageResult<ProgrammeRow> search(@QueryParam("q") String text, @QueryParam("competency") String competency,
            @QueryParam("kind") ProgrammeKind kind, @QueryParam("format") StudyFormat format,
            @QueryParam("provider") String provider, @QueryParam("minHours") Integer minHours,
            @QueryParam("maxHours") Integer maxHours, @QueryParam("status") ProgrammeStatus status,
            @QueryParam("startsFrom") String startsFrom, @QueryParam("startsTo") String startsTo,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return catalogue.search(new ProgrammeFilter(text, competency, kind, format, provider, minHours, maxHours,
                status, date("startsFrom", startsFrom), date("startsTo", startsTo)), Page.of(offset, limit));
    }


    @GET
    @Path("programmes/{code}")
    @Operation(summary = "A programme's page with its course outline, and the caller's current levels and "
            + "prerequisites met where known")
    public ProgrammeDetail programme(@PathParam("code") String code) {
        return programmes.detail(code);
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @POST
    @Path("programmes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a draft programme")
    public Response createProgramme(ProgrammeData data) {
        ProgrammeDetail created = programmes.create(require(data));
        return Response.created(URI.create("learning/programmes/" + created.code())).entity(created).build();
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @PUT
    @Path("programmes/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a programme; a published one keeps kind, hours, provider and competencies")
    public ProgrammeDetail updateProgramme(@PathParam("code") String code, @QueryParam("version") Long version,
            ProgrammeData data) {
        ProgrammeData d = require(data);
        return programmes.update(code, version(version, d.getVersion()), d);
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @POST
    @Path("programmes/{code}/publish")
    public ProgrammeDetail publish(@PathParam("code") String code, @QueryParam("version") Long version) {
        return programmes.publish(code, version(version, null));
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @POST
    @Path("programmes/{code}/archive")
    public ProgrammeDetail archive(@PathParam("code") String code, @QueryParam("version") Long version) {
        return programmes.archive(code, version(version, null));
    }

    // ---- the course: modules and lessons ----

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @POST
    @Path("programmes/{code}/modules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a module at the end of a draft's course; answers the programme")
    public Response addModule(@PathParam("code") String code, @QueryParam("version") Long version,
            ModuleData data) {
        return Response.status(201).entity(courses.addModule(code, version(version, null), require(data))).build();
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @PUT
    @Path("programmes/{code}/modules/{module}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProgrammeDetail renameModule(@PathParam("code") String code, @PathParam("module") long module,
            @QueryParam("version") Long version, ModuleData data) {
        return courses.renameModule(code, version(version, null), module, require(data));
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @DELETE
    @Path("programmes/{code}/modules/{module}")
    public ProgrammeDetail removeModule(@PathParam("code") String code, @PathParam("module") long module,
            @QueryParam("version") Long version) {
        return courses.removeModule(code, version(version, null), module);
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @POST
    @Path("programmes/{code}/modules/{module}/move")
    @Operation(summary = "Moves a module up (delta=-1) or down (delta=1)")
    public ProgrammeDetail moveModule(@PathParam("code") String code, @PathParam("module") long module,
            @QueryParam("version") Long version, @QueryParam("delta") @DefaultValue("0") int delta) {
        return courses.moveModule(code, version(version, null), module, delta);
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @POST
    @Path("programmes/{code}/modules/{module}/lessons")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a lesson at the end of a module: TEXT (body, Markdown), FILE (fileSha256 of an "
            + "uploaded file), VIDEO (videoUrl, https), SCORM (package later) or CHECK (testCode of a test)")
    public Response addLesson(@PathParam("code") String code, @PathParam("module") long module,
            @QueryParam("version") Long version, LessonData data) {
        return Response.status(201).entity(courses.addLesson(code, version(version, null), module, require(data)))
                .build();
    }

    @GET
    @Path("programmes/{code}/lessons/{lesson}")
    @Operation(summary = "A lesson with its content (Markdown also as sanitised HTML)")
    public LessonView lesson(@PathParam("code") String code, @PathParam("lesson") long lesson) {
        return courses.lesson(code, lesson);
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @PUT
    @Path("programmes/{code}/lessons/{lesson}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProgrammeDetail updateLesson(@PathParam("code") String code, @PathParam("lesson") long lesson,
            @QueryParam("version") Long version, LessonData data) {
        return courses.updateLesson(code, version(version, null), lesson, require(data));
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @DELETE
    @Path("programmes/{code}/lessons/{lesson}")
    public ProgrammeDetail removeLesson(@PathParam("code") String code, @PathParam("lesson") long lesson,
            @QueryParam("version") Long version) {
        return courses.removeLesson(code, version(version, null), lesson);
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @POST
    @Path("programmes/{code}/lessons/{lesson}/move")
    @Operation(summary = "Moves a lesson up (delta=-1) or down (delta=1) within its module")
    public ProgrammeDetail moveLesson(@PathParam("code") String code, @PathParam("lesson") long lesson,
            @QueryParam("version") Long version, @QueryParam("delta") @DefaultValue("0") int delta) {
        return courses.moveLesson(code, version(version, null), lesson, delta);
    }

    @RolesAllowed({"METHODOLOGIST", "ADMIN"})
    @POST
    @Path("files")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Stores a lesson file (PDF, PNG, JPEG, GIF or WebP, judged by content; over the store's "
            + "limit is 413): 201 with its SHA-256, which a FILE lesson names; served by GET /files/{sha256}")
    public Response upload(@QueryParam("name") String name, InputStream body) {
        FileInfo file = courses.upload(body, name);
        return Response.created(URI.create("files/" + file.sha256())).entity(file).build();
    }

    /** The version the client read: the query parameter, else the body's, else none (which no programme has). */
    private static long version(Long query, Long body) {
        return query != null ? query : body != null ? body : -1;
    }

    private static <T> T require(T body) {
        if (body == null) {
            throw new InvalidInputException("body", LearningError.BODY_EMPTY);
        }
        return body;
    }
}
