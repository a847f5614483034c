package org.munacademy.reserve.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.munacademy.reserve.entity.EntryDetail;
import org.munacademy.reserve.entity.EntryFilter;
import org.munacademy.reserve.entity.EntryRow;
import org.munacademy.reserve.entity.EntryStatus;
import org.munacademy.reserve.entity.MemberData;
import org.munacademy.reserve.entity.NominationData;
import org.munacademy.reserve.entity.ProtocolData;
import org.munacademy.reserve.entity.ProtocolRow;
import org.munacademy.reserve.entity.Readiness;
import org.munacademy.reserve.entity.ReserveDetail;
import org.munacademy.reserve.entity.ReserveRow;
import org.munacademy.reserve.entity.ReserveRules;
import org.munacademy.reserve.entity.WithdrawalData;
import org.munacademy.shared.boundary.QueryParams;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.entity.PageResult;

/**
 * The personnel reserve's core over REST: reserves with their rules and commissions, protocols of a commission,
 * entries (list in scope, nominate, one entry with its history, withdraw a nomination).
 */
@ApplicationScoped
@Path("reserve")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reserve")
public class ReserveResource {

    private static final String READERS_1 = "HR_OFFICER";
    private static final String READERS_2 = "COMMISSION_MEMBER";
    private static final String ADMIN = "ADMIN";

    @Inject
    ReserveFacade reserves;

    @Inject
    EntryFacade entries;

    @Inject
    ProtocolFacade protocols;

    // ---- reserves ----

    @RolesAllowed({READERS_1, READERS_2, ADMIN})
    @GET
    @Path("reserves")
    @Operation(summary = "The reserves the caller sees: national, regional of their regions, municipal in scope")
    public List<ReserveRow> reserves() {
        return reserves.reserves();
    }

    @RolesAllowed({READERS_1, READERS_2, ADMIN})
    @GET
    @Path("reserves/{code}")
    @Operation(summary = "One reserve with its rules and commission (404 outside the caller's scope)")
    public ReserveDetail reserve(@PathParam("code") String code) {
        return reserves.reserve(code);
    }

    @RolesAllowed(ADMIN)
    @PUT
    @Path("reserves/{code}/rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The administrator changes a reserve's rules; version must be the one read, else 409")
    public ReserveRow rules(@PathParam("code") String code, ReserveRules rules) {
        return reserves.updateRules(code, rules == null ? new ReserveRules() : rules);
    }

    @RolesAllowed(ADMIN)
    @POST
    @Path("reserves/{code}/commission")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The administrator seats an account on the commission ({\"username\",\"role\"})")
    public ReserveDetail seat(@PathParam("code") String code, MemberData member) {
        return reserves.seat(code, member == null ? new MemberData(null, null) : member);
    }

    @RolesAllowed(ADMIN)
    @DELETE
    @Path("reserves/{code}/commission/{username}")
    @Operation(summary = "The administrator unseats an account from the commission")
    public ReserveDetail unseat(@PathParam("code") String code, @PathParam("username") String username) {
        return reserves.unseat(code, username);
    }

    // ---- protocols ----

    @RolesAllowed({READERS_1, READERS_2, ADMIN})
    @GET
    @Path("reserves/{code}/protocols")
    @Operation(summary = "The reserve's protocols, newest first, with their decisions")
    public List<ProtocolRow> protocols(@PathParam("code") String code) {
        return protocols.protocols(code);
    }

    @RolesAllowed({READERS_2, ADMIN})
    @POST
    @Path("reserves/{code}/protocols")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A member of the reserve's commission records a protocol: number, heldOn, membersPresent, "
            + "decisions [{entryId, kind, votesFor, votesAgainst, votesAbstained, ground, comment}]; all or nothing")
    public Response record(@PathParam("code") String code, ProtocolData data) {
        ProtocolRow row = protocols.record(code, data);
        return Response.created(URI.create("reserve/reserves/" + code + "/protocols/" + row.id())).entity(row).build();
    }

    // ---- entries ----

    @RolesAllowed({READERS_1, READERS_2, ADMIN})
    @GET
    @Path("entries")
    @Operation(summary = "Entries of the persons in the caller's scope, filtered by reserve, status (repeat it for "
            + "any of several), target group and readiness; offset/limit")
    public PageResult<EntryRow> entries(@QueryParam("reserve") String reserve,
            @QueryParam("status") List<String> status, @QueryParam("group") String group,
            @QueryParam("readiness") Readiness readiness, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        return entries.entries(new EntryFilter(reserve, QueryParams.constants("status", status, EntryStatus.class),
                group, readiness), Page.of(offset, limit));
    }

    @RolesAllowed({READERS_1, ADMIN})
    @POST
    @Path("entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "HR nominates a person of their scope: reserveCode, personId, targetGroupCode, "
            + "targetPositionCode, basis, basisDocument, note; 409 when the person has an open entry in the reserve")
    public Response nominate(NominationData data) {
        EntryDetail created = entries.nominate(data);
        return Response.created(URI.create("reserve/entries/" + created.entry().id())).entity(created).build();
    }

    @RolesAllowed({READERS_1, READERS_2, ADMIN})
    @GET
    @Path("entries/{id}")
    @Operation(summary = "One entry with its history (404 outside the caller's scope)")
    public EntryDetail entry(@PathParam("id") long id) {
        return entries.entry(id);
    }

    @RolesAllowed({READERS_1, ADMIN})
    @POST
    @Path("entries/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "HR withdraws a nomination the commission has not decided on: {\"reason\", \"version\"} "
            + "(reason required; version optional, a stale one is 409); 409 WITHDRAW_NOT_NOMINATED otherwise")
    public EntryDetail withdraw(@PathParam("id") long id, WithdrawalData data) {
        return entries.withdraw(id, data);
    }
}
