package org.munacademy.reserve.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.reserve.entity.ReserveTiles;

/** The figures of the home page's reserve tiles over REST (what {@code ReserveHome} shows). */
@ApplicationScoped
@Path("reserve/tiles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reserve")
public class ReserveTilesResource {

    @Inject
    MyReserveFacade facade;

    @RolesAllowed({"HR_OFFICER", "COMMISSION_MEMBER", "ADMIN"})
    @GET
    @Operation(summary = "HR's nominations waiting and entries ending within 60 days in scope (counts), a commission "
            + "member's nominations waiting per commission")
    public ReserveTiles tiles() {
        return facade.tiles();
    }
}
