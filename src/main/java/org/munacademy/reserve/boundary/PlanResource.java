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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.identity.entity.Role;
import org.munacademy.reserve.entity.PlanItemData;
import org.munacademy.reserve.entity.PlanMentorData;
import org.munacademy.reserve.entity.PlanView;
import org.munacademy.shared.control.BundleTexts;
import org.munacademy.shared.entity.ConcurrentModificationException;
import org.munacademy.shared.entity.SharedError;

/**
 * Development plans over REST: an entry's plan (read, generate), its items (add a task, change, mark done, remove),
 * its mentor, and the caller's own plans. Reading and editing one's own plan needs no particular role (every signed-in
 * role is listed); the facade decides who sees which plan. Edits carry the plan's version read (body or
 * {@code ?version=}): a stale one is refused with 409.
 */
@ApplicationScoped
@Path("reserve")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reserve")
public class PlanResource {

    @Inject
    PlanFacade plans;

    @Context
    HttpHeaders headers;

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.HR_OFFICER_NAME, Role.METHODOLOGIST_NAME, Role.JUROR_NAME,
            Role.CONTEST_ADMIN_NAME, Role.COMMISSION_MEMBER_NAME, Role.ADMIN_NAME})
    @GET
    @Path("entries/{id}/plan")
    @Operation(summary = "The entry's development plan, tracked up to today (HR or commission of the scope, or the "
            + "person)")
    public PlanView plan(@PathParam("id") long id) {
        return plans.plan(id);
    }

    @RolesAllowed({Role.HR_OFFICER_NAME, Role.ADMIN_NAME})
    @POST
    @Path("entries/{id}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Generates the entry's plan from the gaps against its target (once per entry; optional "
            + "{\"mentorPersonId\":…}); the entry goes IN_DEVELOPMENT")
    public Response generate(@PathParam("id") long id, PlanMentorData mentor) {
        return Response.status(201).entity(plans.generate(id, mentor, language())).build();
    }

    @RolesAllowed({Role.HR_OFFICER_NAME, Role.ADMIN_NAME})
    @PUT
    @Path("entries/{id}/plan/mentor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets or clears the plan's mentor (a person of the caller's scope); version required")
    public PlanView mentor(@PathParam("id") long id, PlanMentorData data) {
        return plans.setMentor(id, data == null ? new PlanMentorData() : data);
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.HR_OFFICER_NAME, Role.METHODOLOGIST_NAME, Role.JUROR_NAME,
            Role.CONTEST_ADMIN_NAME, Role.COMMISSION_MEMBER_NAME, Role.ADMIN_NAME})
    @POST
    @Path("entries/{id}/plan/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a task {\"title\",\"dueOn\",\"version\"} (HR of the scope or the person)")
    public Response addTask(@PathParam("id") long id, @QueryParam("version") Long version, PlanItemData data) {
        return Response.status(201).entity(plans.addTask(id, versioned(data, version))).build();
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.HR_OFFICER_NAME, Role.METHODOLOGIST_NAME, Role.JUROR_NAME,
            Role.CONTEST_ADMIN_NAME, Role.COMMISSION_MEMBER_NAME, Role.ADMIN_NAME})
    @PUT
    @Path("entries/{id}/plan/items/{seq}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes an item's title and due date; \"done\": true/false marks a task or mentoring done "
            + "or reopens it")
    public PlanView update(@PathParam("id") long id, @PathParam("seq") long seq, @QueryParam("version") Long version,
            PlanItemData data) {
        return plans.updateItem(id, seq, versioned(data, version));
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.HR_OFFICER_NAME, Role.METHODOLOGIST_NAME, Role.JUROR_NAME,
            Role.CONTEST_ADMIN_NAME, Role.COMMISSION_MEMBER_NAME, Role.ADMIN_NAME})
    @POST
    @Path("entries/{id}/plan/items/{seq}/done")
    @Operation(summary = "Marks a task or mentoring done (?version= required); programmes and assessments are tracked")
    public PlanView done(@PathParam("id") long id, @PathParam("seq") long seq, @QueryParam("version") Long version) {
        return plans.markDone(id, seq, required(version), true);
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.HR_OFFICER_NAME, Role.METHODOLOGIST_NAME, Role.JUROR_NAME,
            Role.CONTEST_ADMIN_NAME, Role.COMMISSION_MEMBER_NAME, Role.ADMIN_NAME})
    @DELETE
    @Path("entries/{id}/plan/items/{seq}")
    @Operation(summary = "Removes an item (?version= required)")
    public PlanView remove(@PathParam("id") long id, @PathParam("seq") long seq, @QueryParam("version") Long version) {
        return plans.removeItem(id, seq, required(version));
    }

    @RolesAllowed({Role.EMPLOYEE_NAME, Role.HR_OFFICER_NAME, Role.METHODOLOGIST_NAME, Role.JUROR_NAME,
            Role.CONTEST_ADMIN_NAME, Role.COMMISSION_MEMBER_NAME, Role.ADMIN_NAME})
    @GET
    @Path("plans/mine")
    @Operation(summary = "The caller's own development plans")
    public List<PlanView> mine() {
        return plans.mine();
    }

    private static PlanItemData versioned(PlanItemData data, Long version) {
        PlanItemData d = data == null ? new PlanItemData() : data;
        if (version != null) {
            d.setVersion(version);
        }
        return d;
    }

    private static long required(Long version) {
        if (version == null) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        return version;
    }

    private Locale language() {
        return BundleTexts.accepting("learning", headers.getAcceptableLanguages()).locale();
    }
}
