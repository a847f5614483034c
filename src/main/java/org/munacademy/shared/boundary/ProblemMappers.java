package org.munacademy.shared.boundary;

import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.munacademy.shared.entity.AccessDeniedException;
import org.munacademy.shared.entity.AccessRefused;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.ErrorCode;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.InvalidInputException.FieldError;
import org.munacademy.shared.entity.SharedError;
import org.munacademy.shared.entity.Texts;

/**
 * Turns every failure into a problem response: business failures with their code's status, {@code code} and text
 * (from the error bundles, in the language the request accepts, English by default), validation failures as 400
 * naming each field, lost optimistic-lock races as 409, a database that cannot be reached (a restart, a lost
 * connection) as 503 with {@code Retry-After}, and anything unexpected as a 500 whose details go to the log only (the
 * client gets an incident id to quote).
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        return problem(thrown, language(headers));
    }

    /** The texts in the request's language (Accept-Language), English when it names none we speak. */
    static ErrorTexts language(HttpHeaders headers) {
        try {
            return ErrorTexts.accepting(headers == null ? null : headers.getAcceptableLanguages());
        } catch (RuntimeException outsideARequest) {
            return ErrorTexts.IN_ENGLISH;
        }
    }

    /** The problem response for a failure, its texts in the given language. */
    static Response problem(Throwable thrown, ErrorTexts texts) {
        // our own exceptions first, wherever the runtime wrapped them (a body limit hit inside a reader, say)
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BusinessException e) {
                if (e instanceof AccessDeniedException) { // audited as ACCESS_DENIED, in English like every entry
                    CDI.current().getBeanManager().getEvent()
                            .fire(new AccessRefused(e.text(ErrorTexts.IN_ENGLISH), null));
                }
                return Problem.response(business(e, texts));
            }
            if (t instanceof ConstraintViolationException e) {
                List<FieldError> errors = e.getConstraintViolations().stream()
                        .map(v -> new FieldError(field(v), v.getMessage()))
                        .sorted(Comparator.comparing(FieldError::field))
                        .toList();
                return Problem.response(400, SharedError.VALIDATION_FAILED.name(), "Invalid input",
                        texts.text("error.shared.VALIDATION_FAILED.fields", errors.size()), errors);
            }
            if (t instanceof OptimisticLockException) {
                return problem(SharedError.CONCURRENT_MODIFICATION, texts, null);
            }
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof JsonParsingException) {
                return problem(SharedError.MALFORMED_JSON, texts, null);
            }
            String parameter = badParameter(t);
            if (parameter != null) {
                return Problem.response(400, SharedError.INVALID_PARAMETER.name(), "Bad Request",
                        texts.text(SharedError.INVALID_PARAMETER.key(), parameter),
                        List.of(new FieldError(parameter, texts.text(SharedError.WRONG_TYPE.key()))));
            }
            if (t instanceof WebApplicationException e && e.getResponse() != null) {
                int status = e.getResponse().getStatus();
                if (status < 500) {
                    // Jersey's own texts (class names, media types) stay out of the answer
                    Response problem = problem(code(status), texts, null);
                    String allow = e.getResponse().getHeaderString("Allow");
                    return allow == null ? problem : Response.fromResponse(problem).header("Allow", allow).build();
                }
            }
        }
        Throwable lost = databaseUnavailable(thrown);
        if (lost != null) {
            // one line per request: during a database restart every request in flight ends here
            LOG.warning(() -> "The database is unavailable, answered 503: " + lost);
            return Response.fromResponse(problem(SharedError.DATABASE_UNAVAILABLE, texts, null))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, thrown);
        return Problem.response(500, SharedError.INTERNAL_ERROR.name(), "Internal Server Error",
                texts.text(SharedError.INTERNAL_ERROR.key(), incident), null);
    }

    /** The {@code Retry-After} of a 503 while the database is unavailable: a restart takes seconds. */
    static final String RETRY_AFTER_SECONDS = "2";

    /**
     * The cause that says the database could not be reached or the connection to it was lost (a restart, a
     * network failure, a pool that cannot open a connection), or null when the failure is another one: by the
     * JDBC exception classes for connection failures, SQL state class 08, the MySQL/MariaDB driver's
     * communications exceptions and the connection pool's allocation failures (found by name: neither is on our
     * compile class path).
     */
    public static Throwable databaseUnavailable(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLRecoverableException
                    || t instanceof java.sql.SQLException e && e.getSQLState() != null
                    && e.getSQLState().startsWith("08")) {
                return t;
            }
            for (Class<?> c = t.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                if (CONNECTION_FAILURES.contains(c.getName())) {
                    return t;
                }
            }
        }
        return null;
    }

    /**
     * Writes the 503 problem of a database that cannot be reached where no resource runs (the authentication
     * mechanism checks the caller before any), in the language the request accepts.
     */
    public static void writeDatabaseUnavailable(jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        ErrorTexts texts = request.getHeader("Accept-Language") == null ? ErrorTexts.IN_ENGLISH
                : ErrorTexts.accepting(java.util.Collections.list(request.getLocales()));
        SharedError code = SharedError.DATABASE_UNAVAILABLE;
        LOG.warning("The database is unavailable while authenticating, answered 503");
        try {
            response.setStatus(code.status());
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write(jakarta.json.Json.createObjectBuilder()
                    .add("type", "about:blank").add("title", "Service Unavailable").add("status", code.status())
                    .add("code", code.name()).add("detail", texts.text(code.key()))
                    .add("errors", jakarta.json.Json.createArrayBuilder()).build().toString());
        } catch (java.io.IOException e) {
            // the client has gone; nothing to tell it
        }
    }

    private static final java.util.Set<String> CONNECTION_FAILURES = java.util.Set.of(
            "com.mysql.cj.exceptions.CJCommunicationsException",
            "com.mysql.cj.jdbc.exceptions.CommunicationsException",
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "jakarta.resource.spi.ResourceAllocationException",
            // a commit the transaction manager could not complete: with one database, that database failed it
            "jakarta.transaction.SystemException");

    /** The problem a business failure becomes: status and {@code code} from its error code, texts in a language. */
    static Problem business(BusinessException e, Texts texts) {
        String title = e instanceof InvalidInputException ? "Invalid input" : title(e.status());
        return Problem.of(e.status(), e.code().name(), title, e.text(texts), e.details(texts));
    }

    /** A problem response for a code of the kernel, with its text in the given language. */
    public static Response problem(ErrorCode code, Texts texts, List<FieldError> errors) {
        return Problem.response(code.status(), code.name(), title(code.status()), texts.text(code.key()), errors);
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

    private static SharedError code(int status) {
        return switch (status) {
            case 400 -> SharedError.BAD_REQUEST;
            case 401 -> SharedError.UNAUTHENTICATED;
            case 403 -> SharedError.ACCESS_DENIED;
            case 404 -> SharedError.NOT_FOUND;
            case 405 -> SharedError.METHOD_NOT_ALLOWED;
            case 406 -> SharedError.NOT_ACCEPTABLE;
            case 413 -> SharedError.PAYLOAD_TOO_LARGE;
            case 415 -> SharedError.UNSUPPORTED_MEDIA_TYPE;
            default -> SharedError.REQUEST_REJECTED;
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
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }
}
