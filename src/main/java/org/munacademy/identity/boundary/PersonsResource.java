package org.munacademy.identity.boundary;

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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.identity.entity.IdentityError;
import org.munacademy.identity.entity.PersonCard;
import org.munacademy.identity.entity.PersonData;
import org.munacademy.identity.entity.PersonFilter;
import org.munacademy.identity.entity.PersonRow;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.entity.PageResult;

/**
 * Persons, filtered by the caller's scope: HR officers and administrators list and manage the people in their
 * scope; a card outside it is refused (403) and the attempt audited.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "identity")
public class PersonsResource {

    @Inject
    PersonFacade facade;

    @GET
    @Path("persons")
    @Operation(summary = "Persons in the caller's scope (HR officer, administrator); paged")
    public PageResult<PersonRow> list(@QueryParam("q") String text, @QueryParam("municipalityId") Long municipalityId,
            @QueryParam("consent") Boolean consent, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        PersonFilter filter = new PersonFilter(text, municipalityId, null, consent);
        Page page = Page.of(offset, limit);
        return new PageResult<>(facade.list(filter, page), facade.count(filter), page.offset(), page.limit());
    }

    @GET
    @Path("persons/{id}")
    @Operation(summary = "A person's card; audited when read by somebody else")
    public PersonCard card(@PathParam("id") long id) {
        return facade.card(id);
    }

    @RolesAllowed({"HR_OFFICER", "ADMIN"})
    @POST
    @Path("persons")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(PersonData data, @Context UriInfo uri) {
        PersonCard card = facade.create(data == null ? new PersonData() : data);
        return Response.created(uri.getBaseUriBuilder().path("persons").path(String.valueOf(card.id())).build())
                .entity(card).build();
    }

    @RolesAllowed({"HR_OFFICER", "ADMIN"})
    @PUT
    @Path("persons/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a person; the body's version must be the one read (else 409)")
    public PersonCard update(@PathParam("id") long id, PersonData data) {
        return facade.update(id, data == null ? new PersonData() : data);
    }

    @GET
    @Path("me")
    @Operation(summary = "The caller's own person card")
    public PersonCard me() {
        return facade.myCard().orElseThrow(() -> new NotFoundException(IdentityError.NO_PERSON_CARD));
    }
}
