package org.munacademy.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import static org.munacademy.shared.boundary.QueryParams.date;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.identity.entity.AccountData;
import org.munacademy.identity.entity.AccountRow;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent;
import org.munacademy.identity.entity.AuditFilter;
import org.munacademy.identity.entity.AuditRow;
import org.munacademy.identity.entity.PasswordChange;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.entity.PageResult;
import org.munacademy.shared.entity.SharedError;

/** Accounts with their role grants, and the audit log: administrators only; and the caller's own password. */
@ApplicationScoped
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "identity")
public class AccountsResource {

    @Inject
    AccountFacade accounts;

    @Inject
    AuditLog audit;

    @GET
    @Path("accounts")
    public PageResult<AccountRow> list(@QueryParam("q") String text, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        Page page = Page.of(offset, limit);
        return new PageResult<>(accounts.list(text, page), accounts.count(text), page.offset(), page.limit());
    }

    @GET
    @Path("accounts/{id}")
    public AccountRow get(@PathParam("id") long id) {
        return accounts.get(id);
    }

    @RolesAllowed({"ADMIN"})
    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(AccountData data, @Context UriInfo uri) {
        AccountRow row = accounts.create(data == null ? new AccountData() : data);
        return Response.created(uri.getBaseUriBuilder().path("accounts").path(String.valueOf(row.id())).build())
                .entity(row).build();
    }

    @RolesAllowed({"ADMIN"})
    @PUT
    @Path("accounts/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountRow update(@PathParam("id") long id, AccountData data) {
        return accounts.update(id, data == null ? new AccountData() : data);
    }

    /**
     * The caller changes their own password (any signed-in caller). A wrong current password counts as a failed
     * sign-in of the account; after too many, 429 TOO_MANY_ATTEMPTS. Other sessions of the account end.
     */
    @PUT
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changeOwnPassword(PasswordChange change) {
        PasswordChange c = change == null ? new PasswordChange() : change;
        accounts.changeOwnPassword(c.getCurrentPassword(), c.getNewPassword());
        return Response.noContent().build();
    }

    @GET
    @Path("audit")
    public PageResult<AuditRow> audit(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("outcome") String outcome, @QueryParam("targetType") String targetType,
            @QueryParam("targetId") String targetId, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        AuditFilter filter = new AuditFilter(actor, parse(AuditAction.class, "action", action),
                parse(AuditEvent.Outcome.class, "outcome", outcome), targetType, targetId, date("from", from),
                date("to", to));
        Page page = Page.of(offset, limit);
        return new PageResult<>(audit.list(filter, page), audit.count(filter), page.offset(), page.limit());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, SharedError.UNKNOWN_VALUE, value);
        }
    }

}
