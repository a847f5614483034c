package org.munacademy.shared.boundary;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.munacademy.shared.control.SqlStatementProfiler;

/** Figures for administrators and benchmarks: the number of SQL statements this server has executed. */
@Path("diagnostics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "diagnostics")
public class DiagnosticsResource {

    @Context
    SecurityContext security;

    @GET
    @Path("sql-statements")
    @Operation(summary = "SQL statements executed since start (administrators)")
    public Map<String, Long> sqlStatements() {
        if (!security.isUserInRole("ADMIN")) {
            throw new ForbiddenException();
        }
        return Map.of("statements", SqlStatementProfiler.statements());
    }
}
