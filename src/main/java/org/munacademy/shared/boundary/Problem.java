package org.munacademy.shared.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.munacademy.shared.entity.InvalidInputException.FieldError;

/**
 * An RFC 9457 problem detail with the platform's stable error {@code code} and, for validation failures, the
 * fields and what is wrong with each.
 */
public record Problem(String type, String title, int status, String code, String detail, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Problem of(int status, String code, String title, String detail, List<FieldError> errors) {
        return new Problem("about:blank", title, status, code, detail, errors == null ? List.of() : errors);
    }

    public static Response response(int status, String code, String title, String detail, List<FieldError> errors) {
        return response(of(status, code, title, detail, errors));
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE.withCharset("UTF-8")).entity(problem).build();
    }
}
