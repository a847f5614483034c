package org.munacademy.shared.boundary;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Constraint violations as 400 problems naming each field. A mapper of its own because the JAX-RS runtime
 * prefers the most specific mapper, and Jersey ships one for validation exceptions that answers without a body.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return ProblemMappers.problem(exception, ProblemMappers.language(headers));
    }
}
