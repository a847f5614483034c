package org.munacademy.archfixture.alpha.boundary;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Bad: a REST resource calling a boundary that trusts its caller. */
@Path("archfixture")
public class BadResource {

    private final AlphaCloser closer = new AlphaCloser();

    @POST
    @Path("{id}/close")
    public void close(@PathParam("id") long id) {
        closer.close(id);
    }
}
