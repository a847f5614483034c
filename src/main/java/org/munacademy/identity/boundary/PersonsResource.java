package org.munacademy.identity.boundary;

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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.identity.entity.IdentityError;
import org.munacademy.identity.entity.PersonCard;
import org.munacademy.identity.entity.PersonData;
import org.munacademy.identity.entity.PersonFilter;
import org.munacademy.identity.entity.PersonRow;
import org.munacademy.identity.entity.StaffField;
import org.munacademy.identity.entity.StaffImportResult;
import org.munacademy.shared.boundary.Upload;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.SharedError;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.entity.PageResult;

/**
 * Persons, filtered by the caller's scope: HR officers and administrators list and manage the people in their
 * scope; a card outside it is refused (403) and the attempt audited.
 */
@ApplicationScoped
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "identity")
public class PersonsResource {

    @Inject
    PersonFacade facade;

    @Inject
    StaffListFacade staffLists;

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

    @RolesAllowed({"HR_OFFICER", "ADMIN"})
    @POST
    @Path("persons/import")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Loads a staff list (XLSX, or CSV in UTF-8 or Windows-1251 with ; , or tab) into a "
            + "municipality in scope: all rows or none; dryRun=true only shows what would be created, updated and "
            + "left unchanged. map=FIELD=Column (repeatable; fields: FULL_NAME, LAST_NAME, FIRST_NAME, MIDDLE_NAME, "
            + "PERSONNEL_NUMBER, SNILS, BIRTH_DATE, POSITION, DEPARTMENT, EMAIL, PHONE) overrides the mapping guessed "
            + "from the header. accounts=true also creates an employee account for every person of the list with an "
            + "e-mail address and no account, and invites them by mail to set the first password (a dry run lists "
            + "the user names; people without an e-mail address are listed as NO_EMAIL)")
    public StaffImportResult importStaffList(InputStream body, @QueryParam("dryRun") boolean dryRun,
            @QueryParam("municipalityId") Long municipalityId, @QueryParam("map") List<String> map,
            @QueryParam("accounts") boolean accounts, @Context HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        Upload upload = Upload.read("staff-list", body, Upload.DEFAULT_MAX_BYTES);
        return staffLists.importList(upload, charset, municipalityId, mapping(map), dryRun, accounts);
    }

    /** {@code FIELD=Column} pairs as a mapping. */
    static Map<StaffField, String> mapping(List<String> pairs) {
        Map<StaffField, String> mapping = new EnumMap<>(StaffField.class);
        for (String pair : pairs == null ? List.<String>of() : pairs) {
            int eq = pair.indexOf('=');
            StaffField field = null;
            if (eq > 0) {
                try {
                    field = StaffField.valueOf(pair.substring(0, eq).strip().toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    field = null;
                }
            }
            if (field == null || pair.substring(eq + 1).isBlank()) {
                throw new InvalidInputException("map", SharedError.UNKNOWN_VALUE,
                        pair.substring(0, Math.min(pair.length(), 60)));
            }
            mapping.put(field, pair.substring(eq + 1).strip());
        }
        return mapping;
    }

    @GET
    @Path("me")
    @Operation(summary = "The caller's own person card")
    public PersonCard me() {
        return facade.myCard().orElseThrow(() -> new NotFoundException(IdentityError.NO_PERSON_CARD));
    }
}
