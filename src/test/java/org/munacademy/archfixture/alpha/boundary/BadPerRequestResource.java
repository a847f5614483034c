package org.munacademy.archfixture.alpha.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Bad: a REST resource without a scope, which Jersey builds anew for every request. */
@Path("archfixture/per-request")
public class BadPerRequestResource {

    @GET
    public String hello() {
        return "hello";
    }
}
