package org.munacademy.shared.boundary;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.munacademy.shared.control.StrictJson;
import org.munacademy.shared.entity.MalformedJsonException;

/**
 * Reads the JSON bodies of our own types strictly (see {@link StrictJson}): malformed or too deeply nested JSON,
 * wrong types, out-of-range or fractional integers, unknown enum constants, bad dates and {@code null} in lists are
 * a 400 {@code MALFORMED_JSON} naming the path, never a 500 and never a silently coerced value. Only a document that
 * passes is bound by JSON-B; responses are still written by the runtime's JSON-B provider.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Pattern PROPERTY = Pattern.compile("property '([^']{1,100})'");

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.getName().startsWith("org.munacademy.");
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) {
        JsonValue document = StrictJson.read(entityStream, StrictJson.MAX_DEPTH);
        if (document == null) {
            return null;
        }
        StrictJson.check(document, genericType);
        try {
            return JSONB.fromJson(document.toString(), genericType);
        } catch (JsonbException | IllegalArgumentException | ClassCastException e) {
            // a shape the check does not know: name the property JSON-B names, never pass on its text
            throw new MalformedJsonException(path(e), "The value does not match the expected structure");
        }
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
