package org.munacademy.shared.boundary;

import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.munacademy.shared.control.StrictJson;
import org.munacademy.shared.entity.MalformedJsonException;
import org.munacademy.shared.entity.SharedError;

/**
 * Reads the JSON bodies of our own types strictly (see {@link StrictJson}) before the runtime's JSON-B reader binds
 * them: malformed or too deeply nested JSON, wrong types, out-of-range or fractional integers, unknown enum
 * constants, bad dates and {@code null} in lists are a 400 {@code MALFORMED_JSON} naming the path, never a 500 and
 * never a silently coerced value. An interceptor rather than a reader of our own: the runtime picks among equally
 * specific readers in no fixed order, while every interceptor runs around whichever reader it picks.
 */
@Provider
public class StrictJsonInterceptor implements ReaderInterceptor {

    private static final Pattern PROPERTY = Pattern.compile("property '([^']{1,100})'");

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!applies(context.getType(), context.getMediaType())) {
            return context.proceed();
        }
        JsonValue document = StrictJson.read(context.getInputStream(), StrictJson.MAX_DEPTH);
        if (document == null) {
            context.setInputStream(new ByteArrayInputStream(new byte[0]));
            return context.proceed();
        }
        StrictJson.check(document, context.getGenericType());
        context.setInputStream(new ByteArrayInputStream(document.toString().getBytes(StandardCharsets.UTF_8)));
        try {
            return context.proceed();
        } catch (RuntimeException e) {
            // a shape the check does not know: name the property JSON-B names, never pass on its text
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof JsonbException) {
                    throw new MalformedJsonException(path(t), SharedError.JSON_STRUCTURE);
                }
            }
            throw e;
        }
    }

    /** JSON bodies bound to the platform's own types. */
    static boolean applies(Class<?> type, MediaType mediaType) {
        return type != null && type.getName().startsWith("org.munacademy.") && mediaType != null
                && (mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        || mediaType.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    /** "Unable to deserialize property 'response' because of: ... property 'choices' ..." gives response.choices. */
    static String path(Throwable e) {
        List<String> names = new ArrayList<>();
        String message = e.getMessage();
        if (message != null) {
            Matcher m = PROPERTY.matcher(message);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return String.join(".", names);
    }
}
