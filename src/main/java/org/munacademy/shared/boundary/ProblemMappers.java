package org.munacademy.shared.boundary;

import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.InvalidInputException.FieldError;
import org.munacademy.shared.entity.MalformedJsonException;

/**
 * Turns every failure into a problem response: business failures with their own code and status, validation
 * failures as 400 naming each field, lost optimistic-lock races as 409, and anything unexpected as a 500 whose
 * details go to the log only (the client gets an incident id to quote).
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        // our own exceptions first, wherever the runtime wrapped them (a body limit hit inside a reader, say)
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof MalformedJsonException e) {
                return Problem.response(400, e.code(), "Bad Request", e.getMessage(), e.errors());
            }
            if (t instanceof InvalidInputException e) {
                return Problem.response(400, e.code(), "Invalid input", e.getMessage(), e.errors());
            }
            if (t instanceof BusinessException e) {
                if (e instanceof org.munacademy.shared.entity.AccessDeniedException) { // audited as ACCESS_DENIED
                    jakarta.enterprise.inject.spi.CDI.current().getBeanManager().getEvent()
                            .fire(new org.munacademy.shared.entity.AccessRefused(e.getMessage(), null));
                }
                return Problem.response(e.status(), e.code(), title(e.status()), e.getMessage(), e.details());
            }
            if (t instanceof ConstraintViolationException e) {
                List<FieldError> errors = e.getConstraintViolations().stream()
                        .map(v -> new FieldError(field(v), v.getMessage()))
                        .sorted(Comparator.comparing(FieldError::field))
                        .toList();
                return Problem.response(400, "VALIDATION_FAILED", "Invalid input",
                        errors.size() + " field(s) are invalid", errors);
            }
            if (t instanceof OptimisticLockException) {
                return Problem.response(409, "CONCURRENT_MODIFICATION", "Conflict",
                        "Somebody else changed this object meanwhile; reload and apply your change again", null);
            }
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof JsonParsingException) {
                return Problem.response(400, "MALFORMED_JSON", "Bad Request", "The request body is not valid JSON",
                        null);
            }
            String parameter = badParameter(t);
            if (parameter != null) {
                return Problem.response(400, "INVALID_PARAMETER", "Bad Request",
                        "The parameter " + parameter + " has a value of the wrong type",
                        List.of(new FieldError(parameter, "Value of the wrong type")));
            }
            if (t instanceof WebApplicationException e && e.getResponse() != null) {
                int status = e.getResponse().getStatus();
                if (status < 500) {
                    // Jersey's own texts (class names, media types) stay out of the answer
                    Response problem = Problem.response(status, code(status), title(status), detail(status), null);
                    String allow = e.getResponse().getHeaderString("Allow");
                    return allow == null ? problem : Response.fromResponse(problem).header("Allow", allow).build();
                }
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, thrown);
        return Problem.response(500, "INTERNAL_ERROR", "Internal Server Error",
                "Unexpected failure; quote incident " + incident + " when reporting it", null);
    }

    /**
     * The name of a query, header, cookie, form or matrix parameter the runtime could not convert (Jersey's
     * {@code ParamException}, found by name: it is not on our compile class path), or null. Jersey answers a bad
     * query parameter with 404; it is the client's input that is wrong, so 400. A bad path parameter stays 404.
     */
    static String badParameter(Throwable t) {
        for (Class<?> c = t.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.getName().equals("org.glassfish.jersey.server.ParamException")) {
                if (t.getClass().getSimpleName().equals("PathParamException")) {
                    return null;
                }
                try {
                    Object name = c.getMethod("getParameterName").invoke(t);
                    return name == null ? "" : name.toString();
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return "";
                }
            }
        }
        return null;
    }

    private static String code(int status) {
        return switch (status) {
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> "REQUEST_REJECTED";
        };
    }

    /** Our own text for each status the runtime answers by itself. */
    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed";
            case 401 -> "Valid credentials are required";
            case 403 -> "Not allowed";
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "The resource cannot answer in the requested media type";
            case 413 -> "The request body is too large";
            case 415 -> "This media type is not accepted here";
            default -> "The request was rejected";
        };
    }

    /** The last name in the property path: "create.data.lastName" becomes "lastName". */
    static String field(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name == null ? "" : name;
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 406 -> "Not Acceptable";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            default -> "Error";
        };
    }
}
