package org.munacademy.reserve.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.reserve.entity.MyEntryRow;

/** «Мой резерв» over REST: the caller's own entries with their history. */
@ApplicationScoped
@Path("reserve/entries/mine")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reserve")
public class MyReserveResource {

    @Inject
    MyReserveFacade facade;

    @RolesAllowed({"EMPLOYEE", "HR_OFFICER", "METHODOLOGIST", "JUROR", "CONTEST_ADMIN", "COMMISSION_MEMBER", "ADMIN"})
    @GET
    @Operation(summary = "The caller's own entries in any reserve (every status, newest first): reserve, target, "
            + "status, term, stored readiness and the history in order")
    public List<MyEntryRow> mine() {
        return facade.mine();
    }
}
