package org.munacademy.shared.boundary;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A {@code @Transactional} call that failed, as the problem its cause is ({@link ProblemMappers}). Without it
 * Jersey's own mapper for this type answers, and it fails on a commit that the database refused because it went
 * away (a restart): a 500 page instead of the 503 problem the client retries on.
 */
@Provider
@Priority(1)
public class TransactionalProblemMapper implements ExceptionMapper<TransactionalException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TransactionalException thrown) {
        return ProblemMappers.problem(thrown, ProblemMappers.language(headers));
    }
}
