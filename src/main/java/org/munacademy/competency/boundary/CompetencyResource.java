package org.munacademy.competency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import static org.munacademy.shared.boundary.QueryParams.date;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.HttpHeaders;
import org.munacademy.competency.control.CaseJson;
import org.munacademy.competency.entity.CompetencyError;
import org.munacademy.competency.entity.FrameworkChange;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.competency.entity.CurrentLevel;
import org.munacademy.competency.entity.EvidenceInput;
import org.munacademy.competency.entity.EvidenceItem;
import org.munacademy.competency.entity.Framework;
import org.munacademy.competency.entity.GapReport;
import org.munacademy.competency.entity.HeatMap;
import org.munacademy.competency.entity.ProfileCell;
import org.munacademy.competency.entity.VersionRow;
import org.munacademy.identity.entity.PersonFilter;
import org.munacademy.shared.control.BundleTexts;
import org.munacademy.shared.boundary.TextDecoding;
import org.munacademy.shared.boundary.Upload;
import org.munacademy.shared.entity.InvalidInputException;

/**
 * Competency standards, versions, profiles, and persons' current levels and gaps (scoped as people are), plus
 * CSV and 1EdTech CASE 1.1 export and import.
 */
@ApplicationScoped
@Path("competency")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "competency")
public class CompetencyResource {

    @Inject
    StandardFacade standards;

    @Inject
    ProfileFacade profiles;

    @Inject
    EvidenceFacade evidence;

    @GET
    @Path("standards")
    @Operation(summary = "The published version of every standard")
    public List<VersionRow> catalogue() {
        return standards.catalogue();
    }

    @GET
    @Path("standards/{code}/versions")
    public List<VersionRow> versions(@PathParam("code") String code) {
        return standards.versions(code);
    }

    @GET
    @Path("versions/{id}")
    @Operation(summary = "A version's content: scale, areas, competencies, indicators")
    public Framework framework(@PathParam("id") long id) {
        return standards.framework(id);
    }

    @GET
    @Path("versions/{id}/profiles")
    public List<ProfileCell> profile(@PathParam("id") long id) {
        return profiles.profile(id);
    }

    @GET
    @Path("versions/{from}/compare/{to}")
    public List<FrameworkChange> compare(@PathParam("from") long from, @PathParam("to") long to) {
        return standards.compare(from, to);
    }

    @GET
    @Path("versions/{id}/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "Export as CSV (format=csv) or as a CASE 1.1 CFPackage (format=case)")
    public Response export(@PathParam("id") long id, @QueryParam("format") @DefaultValue("case") String format,
            @Context UriInfo uri) {
        VersionRow v = standards.version(id);
        String name = v.standardCode() + "-v" + v.number();
        if ("csv".equals(format)) {
            return Response.ok(standards.exportCsv(id), "text/csv;charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
        }
        if ("case".equals(format)) {
            String base = CaseProviderServlet.baseUri(uri.getBaseUri().toString());
            return Response.ok(standards.exportCase(id, base), MediaType.APPLICATION_JSON + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".case.json\"").build();
        }
        throw new InvalidInputException("format", CompetencyError.FORMAT_UNKNOWN);
    }

    @RolesAllowed({"METHODOLOGIST"})
    @jakarta.ws.rs.PUT
    @Path("versions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replaces a draft's content; version must be the one read (else 409)")
    public VersionRow saveDraft(@PathParam("id") long id, @QueryParam("version") Long version,
            @QueryParam("note") String note, Framework content) {
        if (content == null) {
            throw new InvalidInputException("content", CompetencyError.BODY_NOT_FRAMEWORK);
        }
        return standards.saveDraft(id, version == null ? -1 : version, content, note);
    }

    @RolesAllowed({"METHODOLOGIST"})
    @POST
    @Path("versions/{id}/drafts")
    @Operation(summary = "A new draft from the published version (methodologists)")
    public Response draft(@PathParam("id") long id) {
        return Response.status(201).entity(standards.createDraft(id)).build();
    }

    @RolesAllowed({"METHODOLOGIST"})
    @POST
    @Path("versions/{id}/publish")
    public VersionRow publish(@PathParam("id") long id, @QueryParam("version") Long version) {
        return standards.publish(id, version == null ? -1 : version);
    }

    @RolesAllowed({"METHODOLOGIST"})
    @POST
    @Path("versions/{id}/retire")
    public VersionRow retire(@PathParam("id") long id) {
        return standards.retire(id);
    }

    @RolesAllowed({"METHODOLOGIST"})
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel"})
    @Operation(summary = "Import as a new draft, the format judged by the content: a CASE 1.1 package (JSON), or a "
            + "table (CSV in UTF-8 or Windows-1251 with ; , or tab, or an XLSX workbook) with standard and title. "
            + "format=csv or case is optional; when given, the content must agree. At most 10 MB (413 beyond). "
            + "itemTypeMap=Type=KIND (repeatable) imports CASE items of another CFItemType as areas (KIND=AREA) or as "
            + "competencies of a kind (GENERAL, MANAGERIAL, PROFESSIONAL).")
    public Response importFramework(@QueryParam("format") String format,
            @QueryParam("standard") String standard, @QueryParam("title") String title,
            @QueryParam("source") String source, @QueryParam("effective") String effective,
            @QueryParam("itemTypeMap") List<String> itemTypeMap, @Context HttpHeaders headers, InputStream body) {
        // read with the limit while streaming: a larger body is refused at the limit, never held whole
        Upload upload = Upload.read(null, body, Upload.DEFAULT_MAX_BYTES);
        VersionRow created = standards.importFile(upload, TextDecoding.declaredCharset(headers), format, standard,
                title, source, date("effective", effective), CaseJson.itemTypeMap(itemTypeMap));
        return Response.status(201).entity(created).build();
    }


    @GET
    @Path("persons/{id}/levels")
    @Operation(summary = "A person's current level per competency (HR in scope, or the person)")
    public Map<String, CurrentLevel> levels(@PathParam("id") long id) {
        return evidence.currentLevels(id);
    }

    @GET
    @Path("persons/{id}/evidence")
    public List<EvidenceItem> evidenceOf(@PathParam("id") long id) {
        return evidence.evidence(id);
    }

    @POST
    @Path("persons/{id}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("id") long id, EvidenceInput input) {
        return Response.status(201).entity(evidence.record(id, input)).build();
    }

    @GET
    @Path("persons/{id}/gaps")
    public GapReport gaps(@PathParam("id") long id) {
        return evidence.gaps(id);
    }

    @GET
    @Path("me/evidence")
    @Operation(summary = "The caller's own evidence, newest first")
    public List<EvidenceItem> myEvidence() {
        return evidence.myEvidence();
    }

    @GET
    @Path("me/gaps")
    public GapReport myGaps() {
        return evidence.myGaps();
    }

    @GET
    @Path("heatmap.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The heat-map as an XLSX workbook")
    public Response heatMapXlsx(@QueryParam("mode") @DefaultValue("people") String mode, @QueryParam("q") String text,
            @Context HttpHeaders headers) {
        byte[] xlsx = evidence.heatMapXlsx(new PersonFilter(text, null, null, null), mode(mode),
                BundleTexts.accepting("competency", headers.getAcceptableLanguages()).locale());
        return Response.ok(xlsx).header("Content-Disposition", "attachment; filename=\"gap-heatmap.xlsx\"").build();
    }

    private static HeatMap.Mode mode(String mode) {
        return switch (mode) {
            case "people" -> HeatMap.Mode.PEOPLE;
            case "municipalities" -> HeatMap.Mode.MUNICIPALITIES;
            default -> throw new InvalidInputException("mode", CompetencyError.HEATMAP_MODE_UNKNOWN);
        };
    }

    @GET
    @Path("heatmap")
    @Operation(summary = "Gaps of everybody in the caller's scope: mode=people or municipalities")
    public HeatMap heatMap(@QueryParam("mode") @DefaultValue("people") String mode, @QueryParam("q") String text) {
        return evidence.heatMap(new PersonFilter(text, null, null, null), mode(mode));
    }
}
