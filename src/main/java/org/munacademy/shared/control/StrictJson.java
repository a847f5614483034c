package org.munacademy.shared.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.munacademy.shared.entity.InvalidInputException.Violation;
import org.munacademy.shared.entity.SharedError;
import org.munacademy.shared.entity.MalformedJsonException;

/**
 * Strict reading of a JSON request body before it is bound to a Java type. JSON-B (Yasson) coerces silently:
 * {@code "yes"} becomes {@code false}, {@code 4294967297} becomes the int 1, {@code 1.9} becomes 1, {@code "3"}
 * becomes 3; and its user deserializers do not apply to primitive properties. So the body is first parsed with a
 * nesting limit, then checked against the target type's shape (records, bean fields, lists, maps, enums, dates,
 * numbers, booleans), and only a document that passes is handed to JSON-B. Each failure names the path of the value
 * ({@code response.choices[1]}) with our own text.
 */
public final class StrictJson {

    /**
     * One provider for every call: each of {@code Json}'s static factory methods looks the provider up again through
     * the service loader, which searched the application's jars on every request (a tenth of a busy server's CPU).
     */
    private static final JsonProvider PROVIDER = JsonProvider.provider();

    /** Deeper documents are refused while parsing (no request body of ours nests more than a dozen levels). */
    public static final int MAX_DEPTH = 64;

    private static final int MAX_ERRORS = 20;

    private StrictJson() {
    }

    /** Parses a whole JSON document without recursion; null when the stream is empty. */
    public static JsonValue read(InputStream in, int maxDepth) {
        PushbackInputStream body = new PushbackInputStream(in, 1);
        try {
            int first = body.read();
            if (first < 0) {
                return null;
            }
            body.unread(first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(PROVIDER.createParser(body), maxDepth);
    }

    /**
     * Parses a whole JSON text without recursion (a document nested 10,000 deep is refused at {@code maxDepth},
     * never a stack overflow); null when the text is empty. A leading byte order mark is skipped.
     */
    public static JsonValue read(String text, int maxDepth) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String json = text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        return parse(PROVIDER.createParser(new StringReader(json)), maxDepth);
    }

    private static JsonValue parse(JsonParser opened, int maxDepth) {
        Deque<Object> builders = new ArrayDeque<>(); // JsonObjectBuilder or JsonArrayBuilder
        Deque<String> keys = new ArrayDeque<>();
        String key = null;
        JsonValue root = null;
        try (JsonParser parser = opened) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                JsonValue value = null;
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (builders.size() >= maxDepth) {
                            throw new MalformedJsonException("", SharedError.JSON_TOO_DEEP, maxDepth);
                        }
                        builders.push(event == JsonParser.Event.START_OBJECT ? PROVIDER.createObjectBuilder()
                                : PROVIDER.createArrayBuilder());
                        keys.push(key == null ? "" : key);
                        key = null;
                        continue;
                    }
                    case KEY_NAME -> {
                        key = parser.getString();
                        continue;
                    }
                    case END_OBJECT -> value = ((JsonObjectBuilder) builders.pop()).build();
                    case END_ARRAY -> value = ((JsonArrayBuilder) builders.pop()).build();
                    case VALUE_STRING -> value = PROVIDER.createValue(parser.getString());
                    case VALUE_NUMBER -> value = PROVIDER.createValue(parser.getBigDecimal());
                    case VALUE_TRUE -> value = JsonValue.TRUE;
                    case VALUE_FALSE -> value = JsonValue.FALSE;
                    case VALUE_NULL -> value = JsonValue.NULL;
                    default -> {
                        continue;
                    }
                }
                if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    key = keys.pop();
                }
                if (builders.isEmpty()) {
                    root = value;
                } else if (builders.peek() instanceof JsonObjectBuilder o) {
                    o.add(key, value);
                    key = null;
                } else {
                    ((JsonArrayBuilder) builders.peek()).add(value);
                }
            }
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw at == null ? new MalformedJsonException("", SharedError.JSON_SYNTAX)
                    : new MalformedJsonException("", SharedError.JSON_SYNTAX_AT, at.getLineNumber(),
                            at.getColumnNumber());
        } catch (jakarta.json.JsonException e) {
            throw new MalformedJsonException("", SharedError.JSON_SYNTAX);
        }
        return root;
    }

    /** Refuses the document when a value does not fit the type where it stands; all problems are named. */
    public static void check(JsonValue document, Type type) {
        List<Violation> errors = new ArrayList<>();
        check(document, type, "", errors);
        if (!errors.isEmpty()) {
            throw new MalformedJsonException(errors);
        }
    }

    private static void check(JsonValue value, Type type, String path, List<Violation> errors) {
        if (errors.size() >= MAX_ERRORS) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return; // any JSON is fine
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                errors.add(new Violation(path, SharedError.JSON_NULL));
            }
            return;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                errors.add(new Violation(path, SharedError.JSON_EXPECTED_BOOLEAN));
            }
        } else if (isIntegral(raw)) {
            checkIntegral(value, raw, path, errors);
        } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class || raw == Number.class) {
            if (!(value instanceof JsonNumber)) {
                errors.add(new Violation(path, SharedError.JSON_EXPECTED_NUMBER));
            }
        } else if (raw == String.class || raw == char.class || raw == Character.class) {
            if (!(value instanceof JsonString s)) {
                errors.add(new Violation(path, SharedError.JSON_EXPECTED_STRING));
            } else if ((raw == char.class || raw == Character.class) && s.getString().length() != 1) {
                errors.add(new Violation(path, SharedError.JSON_EXPECTED_CHARACTER));
            }
        } else if (raw.isEnum()) {
            checkEnum(value, raw, path, errors);
        } else if (raw.getName().startsWith("java.time.") || raw == UUID.class) {
            checkText(value, raw, path, errors);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            checkList(value, elementType(type, raw), path, errors);
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonObject object)) {
                errors.add(new Violation(path, SharedError.JSON_EXPECTED_OBJECT));
                return;
            }
            Type valueType = typeArgument(type, 1);
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                check(e.getValue(), valueType, join(path, e.getKey()), errors);
            }
        } else if (raw.isRecord() || raw.getName().startsWith("org.munacademy.")) {
            checkObject(value, raw, path, errors);
        }
        // other library types: left to JSON-B
    }

    private static boolean isIntegral(Class<?> raw) {
        return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class
                || raw == BigInteger.class;
    }

    private static void checkIntegral(JsonValue value, Class<?> raw, String path, List<Violation> errors) {
        if (!(value instanceof JsonNumber number)) {
            errors.add(new Violation(path, SharedError.JSON_EXPECTED_WHOLE_NUMBER));
            return;
        }
        BigInteger exact;
        try {
            exact = number.bigDecimalValue().toBigIntegerExact();
        } catch (ArithmeticException e) {
            errors.add(new Violation(path, SharedError.JSON_EXPECTED_WHOLE_NUMBER));
            return;
        }
        long min;
        long max;
        if (raw == int.class || raw == Integer.class) {
            min = Integer.MIN_VALUE;
            max = Integer.MAX_VALUE;
        } else if (raw == short.class || raw == Short.class) {
            min = Short.MIN_VALUE;
            max = Short.MAX_VALUE;
        } else if (raw == byte.class || raw == Byte.class) {
            min = Byte.MIN_VALUE;
            max = Byte.MAX_VALUE;
        } else if (raw == BigInteger.class) {
            return;
        } else {
            min = Long.MIN_VALUE;
            max = Long.MAX_VALUE;
        }
        if (exact.compareTo(BigInteger.valueOf(min)) < 0 || exact.compareTo(BigInteger.valueOf(max)) > 0) {
            errors.add(new Violation(path, SharedError.JSON_OUT_OF_RANGE, String.valueOf(min), String.valueOf(max)));
        }
    }

    private static void checkEnum(JsonValue value, Class<?> raw, String path, List<Violation> errors) {
        List<String> names = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        if (!(value instanceof JsonString s) || !names.contains(s.getString())) {
            errors.add(new Violation(path, SharedError.JSON_EXPECTED_ONE_OF, String.join(", ", names)));
        }
    }

    private static void checkText(JsonValue value, Class<?> raw, String path, List<Violation> errors) {
        if (!(value instanceof JsonString s)) {
            errors.add(new Violation(path, SharedError.JSON_EXPECTED_STRING));
            return;
        }
        String text = s.getString();
        try {
            if (raw == LocalDate.class) {
                LocalDate.parse(text);
            } else if (raw == LocalDateTime.class) {
                LocalDateTime.parse(text);
            } else if (raw == LocalTime.class) {
                LocalTime.parse(text);
            } else if (raw == Instant.class) {
                Instant.parse(text);
            } else if (raw == OffsetDateTime.class) {
                OffsetDateTime.parse(text);
            } else if (raw == ZonedDateTime.class) {
                ZonedDateTime.parse(text);
            } else if (raw == UUID.class) {
                UUID.fromString(text);
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            errors.add(raw == LocalDate.class ? new Violation(path, SharedError.JSON_EXPECTED_DATE)
                    : raw == UUID.class ? new Violation(path, SharedError.JSON_EXPECTED_UUID)
                    : new Violation(path, SharedError.JSON_EXPECTED_TIME, raw.getSimpleName()));
        }
    }

    private static void checkList(JsonValue value, Type elementType, String path, List<Violation> errors) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            errors.add(new Violation(path, SharedError.JSON_EXPECTED_LIST));
            return;
        }
        List<JsonValue> items = value.asJsonArray();
        for (int i = 0; i < items.size(); i++) {
            String at = path + "[" + i + "]";
            if (items.get(i).getValueType() == JsonValue.ValueType.NULL) {
                errors.add(new Violation(at, SharedError.JSON_NULL_IN_LIST));
            } else {
                check(items.get(i), elementType, at, errors);
            }
        }
    }

    private static void checkObject(JsonValue value, Class<?> raw, String path, List<Violation> errors) {
        if (!(value instanceof JsonObject object)) {
            errors.add(new Violation(path, SharedError.JSON_EXPECTED_OBJECT));
            return;
        }
        for (Map.Entry<String, JsonValue> e : object.entrySet()) {
            Type propertyType = propertyType(raw, e.getKey());
            if (propertyType != null) { // unknown properties are ignored, as JSON-B does
                check(e.getValue(), propertyType, join(path, e.getKey()), errors);
            }
        }
    }

    /** The type JSON-B binds a property to: a record component, a field, or a setter's parameter. */
    static Type propertyType(Class<?> type, String name) {
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals(name)) {
                    return c.getGenericType();
                }
            }
            return null;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                    return f.getGenericType();
                }
            } catch (NoSuchFieldException e) {
                // look further up, then for a setter
            }
        }
        String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Method m : type.getMethods()) {
            if (m.getName().equals(setter) && m.getParameterCount() == 1) {
                return m.getGenericParameterTypes()[0];
            }
        }
        return null;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        return null; // type variables, wildcards: not checked
    }

    private static Type elementType(Type type, Class<?> raw) {
        if (raw.isArray()) {
            return type instanceof GenericArrayType g ? g.getGenericComponentType() : raw.getComponentType();
        }
        return typeArgument(type, 0);
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
