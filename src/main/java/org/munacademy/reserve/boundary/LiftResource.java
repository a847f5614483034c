package org.munacademy.reserve.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import static org.munacademy.shared.boundary.QueryParams.date;

import jakarta.annotation.security.PermitAll;
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
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.reserve.entity.AnalyticsReport;
import org.munacademy.reserve.entity.AppointmentFilter;
import org.munacademy.reserve.entity.AppointmentListRow;
import org.munacademy.reserve.entity.AppointmentRequest;
import org.munacademy.reserve.entity.LiftError;
import org.munacademy.reserve.entity.OfferReply;
import org.munacademy.reserve.entity.OfferRequest;
import org.munacademy.reserve.entity.OfferRow;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.entity.PageResult;

/**
 * Career lifts over REST: offers of a position to a person in the reserve and the person's answer, appointments (from
 * the reserve or not) and the reserve's analytics with an XLSX export.
 */
@ApplicationScoped
@Path("reserve")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reserve")
public class LiftResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    OfferFacade offers;

    @Inject
    AppointmentFacade appointments;

    @Inject
    AnalyticsFacade analytics;

    @RolesAllowed({"HR_OFFICER", "ADMIN"})
    @POST
    @Path("offers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "HR offers a position (positionCode, municipalityId: default the entry's) to the person of an "
            + "entry in the reserve; one offer waits for an answer at a time (409)")
    public Response offer(OfferRequest request) {
        OfferRow created = offers.offer(require(request));
        return Response.created(URI.create("reserve/offers/" + created.id())).entity(created).build();
    }

    @PermitAll
    @GET
    @Path("offers")
    @Operation(summary = "The caller's own offers, newest first; HR with ?entry= the offers of an entry in scope")
    public List<OfferRow> offers(@QueryParam("entry") Long entryId) {
        return entryId == null ? offers.mine() : offers.ofEntry(entryId);
    }

    @PermitAll
    @POST
    @Path("offers/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The person answers their own offer: ACCEPTED (consent) or REFUSED with a comment; after the "
            + "due date the answer is recorded as a refusal")
    public OfferRow answer(@PathParam("id") long id, OfferReply reply) {
        return offers.answer(id, require(reply));
    }

    @RolesAllowed({"HR_OFFICER", "COMMISSION_MEMBER", "ADMIN"})
    @GET
    @Path("appointments")
    @Operation(summary = "Appointments of persons in scope, newest first; region, municipality, from/to (yyyy-mm-dd)")
    public PageResult<AppointmentListRow> appointments(@QueryParam("region") Long region,
            @QueryParam("municipality") Long municipality, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return appointments.list(new AppointmentFilter(region, municipality, date("from", from), date("to", to)),
                Page.of(offset, limit));
    }

    @RolesAllowed({"HR_OFFICER", "ADMIN"})
    @POST
    @Path("appointments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Records an appointment; with entryId from the reserve (needs an accepted offer of that "
            + "position or consent=true) it closes the entry as APPOINTED")
    public Response appoint(AppointmentRequest request) {
        AppointmentListRow created = appointments.record(require(request));
        return Response.created(URI.create("reserve/appointments/" + created.id())).entity(created).build();
    }

    @RolesAllowed({"HR_OFFICER", "COMMISSION_MEMBER", "ADMIN"})
    @GET
    @Path("analytics")
    @Operation(summary = "The reserve's analytics in scope (aggregates): from/to a quarter (2026-Q1), a year or a day")
    public AnalyticsReport analytics(@QueryParam("region") Long region, @QueryParam("municipality") Long municipality,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return analytics.report(region, municipality, from, to);
    }

    @RolesAllowed({"HR_OFFICER", "COMMISSION_MEMBER", "ADMIN"})
    @GET
    @Path("analytics.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The reserve's analytics as an XLSX workbook")
    public Response analyticsXlsx(@QueryParam("region") Long region, @QueryParam("municipality") Long municipality,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return Response.ok(analytics.xlsx(region, municipality, from, to))
                .header("Content-Disposition", "attachment; filename=\"reserve-analytics.xlsx\"").build();
    }


    private static <T> T require(T body) {
        if (body == null) {
            throw new InvalidInputException("body", LiftError.BODY_EMPTY);
        }
        return body;
    }
}
