package org.munacademy.shared.boundary;

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
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException e) {
                return Problem.response(400, e.code(), "Invalid input", e.getMessage(), e.errors());
            }
            if (t instanceof BusinessException e) {
                return Problem.response(e.status(), e.code(), title(e.status()), e.getMessage(), null);
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
            if (t instanceof WebApplicationException e && e.getResponse() != null) {
                int status = e.getResponse().getStatus();
                if (status < 500) {
                    return Problem.response(status, status == 404 ? "NOT_FOUND" : "REQUEST_REJECTED", title(status),
                            e.getMessage(), null);
                }
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, thrown);
        return Problem.response(500, "INTERNAL_ERROR", "Internal Server Error",
                "Unexpected failure; quote incident " + incident + " when reporting it", null);
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
            case 415 -> "Unsupported Media Type";
            default -> "Error";
        };
    }
}
