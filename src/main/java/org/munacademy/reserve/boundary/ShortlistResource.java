package org.munacademy.reserve.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.reserve.entity.ReadinessReport;
import org.munacademy.reserve.entity.Shortlist;
import org.munacademy.reserve.entity.ShortlistQuery;
import org.munacademy.shared.control.BundleTexts;

/**
 * Readiness and vacancy shortlists over REST: an entry's readiness with its reasons, and the ranked shortlist for a
 * position or position group in a municipality, a region or the caller's whole reserve scope (JSON or XLSX).
 */
@ApplicationScoped
@Path("reserve")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reserve")
public class ShortlistResource {

    @Inject
    ReadinessFacade readiness;

    @Inject
    ShortlistFacade shortlists;

    @RolesAllowed({"HR_OFFICER", "COMMISSION_MEMBER", "ADMIN", "EMPLOYEE"})
    @GET
    @Path("entries/{id}/readiness")
    @Operation(summary = "An entry's readiness computed now against its target profile, with the reasons per "
            + "competency and the thresholds (HR/commission in scope, or the person themselves)")
    public ReadinessReport readiness(@PathParam("id") long id) {
        return readiness.readiness(id);
    }

    @RolesAllowed({"HR_OFFICER", "COMMISSION_MEMBER", "ADMIN"})
    @GET
    @Path("shortlists")
    @Operation(summary = "A ranked shortlist for a position (or position group) in a municipality or region in scope: "
            + "the reserve, or with everyone=true every employee there")
    public Shortlist shortlist(@QueryParam("position") String position, @QueryParam("group") String group,
            @QueryParam("municipality") Long municipality, @QueryParam("region") Long region,
            @QueryParam("everyone") @DefaultValue("false") boolean everyone,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return shortlists.shortlist(new ShortlistQuery(position, group, municipality, region, everyone, limit));
    }

    @RolesAllowed({"HR_OFFICER", "COMMISSION_MEMBER", "ADMIN"})
    @GET
    @Path("shortlists.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The shortlist as an XLSX workbook (formula-safe)")
    public Response shortlistXlsx(@QueryParam("position") String position, @QueryParam("group") String group,
            @QueryParam("municipality") Long municipality, @QueryParam("region") Long region,
            @QueryParam("everyone") @DefaultValue("false") boolean everyone,
            @QueryParam("limit") @DefaultValue("50") int limit, @Context HttpHeaders headers) {
        byte[] xlsx = shortlists.shortlistXlsx(new ShortlistQuery(position, group, municipality, region, everyone,
                limit), BundleTexts.accepting("reserve", headers.getAcceptableLanguages()).locale());
        return Response.ok(xlsx).header("Content-Disposition", "attachment; filename=\"shortlist.xlsx\"").build();
    }
}
