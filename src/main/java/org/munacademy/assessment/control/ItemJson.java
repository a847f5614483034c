package org.munacademy.assessment.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.ItemContent.Criterion;
import org.munacademy.assessment.entity.ItemContent.Essay;
import org.munacademy.assessment.entity.ItemContent.LengthUnit;
import org.munacademy.assessment.entity.ItemContent.Option;
import org.munacademy.assessment.entity.ItemContent.Pair;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.assessment.entity.Response;

/**
 * Question content and responses as compact JSON for storage. Round trips are exact: every double reads back
 * as the same double (finite ones as JSON numbers in their shortest exact form; NaN, ±Infinity and −0.0 as
 * strings), and fields that are empty or null are left out.
 * <pre>
 * {"type":"SINGLE_CHOICE","stem":"…","options":[{"text":"…","weight":100.0,"feedback":"…"}],"generalFeedback":"…"}
 * {"type":"NUMERIC","stem":"…","options":[{"text":"","weight":100.0,"value":3.5,"tolerance":0.1}]}
 * {"type":"SHORT_TEXT","stem":"…","options":[{"text":"York","weight":100.0,"caseSensitive":true}]}
 * {"type":"MATCHING","stem":"…","pairs":[{"left":"…","right":"…"},{"left":"…","right":"…","weight":50.0}]}
 * {"type":"ORDERING","stem":"…","sequence":["…","…"]}
 * {"type":"ESSAY","stem":"…","essay":{"template":"…","unit":"WORDS","min":50,"max":300,
 *   "rubric":[{"name":"…","max":2.0}],"graderNote":"…"}}
 * {"choices":[0,2]}   {"text":"…"}   {"order":[2,0,1]}
 * </pre>
 */
public final class ItemJson {

    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    private ItemJson() {
    }

    /** The content as JSON. */
    public static String write(ItemContent item) {
        JsonObjectBuilder b = BUILDERS.createObjectBuilder()
                .add("type", item.type().name())
                .add("stem", item.stem());
        if (!item.options().isEmpty()) {
            JsonArrayBuilder options = BUILDERS.createArrayBuilder();
            for (Option o : item.options()) {
                JsonObjectBuilder option = BUILDERS.createObjectBuilder().add("text", o.text());
                number(option, "weight", o.weight());
                if (o.value() != null) {
                    number(option, "value", o.value());
                }
                if (o.tolerance() != null) {
                    number(option, "tolerance", o.tolerance());
                }
                if (o.feedback() != null) {
                    option.add("feedback", o.feedback());
                }
                if (o.caseSensitive()) {
                    option.add("caseSensitive", true);
                }
                options.add(option);
            }
            b.add("options", options);
        }
        if (!item.pairs().isEmpty()) {
            JsonArrayBuilder pairs = BUILDERS.createArrayBuilder();
            for (Pair p : item.pairs()) {
                JsonObjectBuilder pair = BUILDERS.createObjectBuilder();
                optional(pair, "left", p.left());
                optional(pair, "right", p.right());
                if (p.weight() != null) {
                    number(pair, "weight", p.weight());
                }
                if (p.penalty() != null) {
                    number(pair, "penalty", p.penalty());
                }
                pairs.add(pair);
            }
            b.add("pairs", pairs);
        }
        if (!item.sequence().isEmpty()) {
            JsonArrayBuilder sequence = BUILDERS.createArrayBuilder();
            item.sequence().forEach(sequence::add);
            b.add("sequence", sequence);
        }
        optional(b, "generalFeedback", item.generalFeedback());
        if (item.essay() != null) {
            b.add("essay", essay(item.essay()));
        }
        return json(b.build());
    }

    /**
     * Content written by {@link #write(ItemContent)}.
     *
     * @throws IllegalArgumentException when the text is not such JSON
     */
    public static ItemContent readContent(String json) {
        JsonObject o = parse(json);
        try {
            QuestionType type = QuestionType.valueOf(text(o, "type"));
            List<Option> options = new ArrayList<>();
            for (JsonValue v : array(o, "options")) {
                JsonObject option = v.asJsonObject();
                options.add(new Option(text(option, "text"), number(option.get("weight")),
                        option.containsKey("value") ? number(option.get("value")) : null,
                        option.containsKey("tolerance") ? number(option.get("tolerance")) : null,
                        text(option, "feedback"), option.getBoolean("caseSensitive", false)));
            }
            List<Pair> pairs = new ArrayList<>();
            for (JsonValue v : array(o, "pairs")) {
                JsonObject pair = v.asJsonObject();
                pairs.add(new Pair(text(pair, "left"), text(pair, "right"),
                        pair.containsKey("weight") ? number(pair.get("weight")) : null,
                        pair.containsKey("penalty") ? number(pair.get("penalty")) : null));
            }
            List<String> sequence = new ArrayList<>();
            for (JsonValue v : array(o, "sequence")) {
                sequence.add(((JsonString) v).getString());
            }
            return new ItemContent(type, text(o, "stem"), options, pairs, sequence, text(o, "generalFeedback"),
                    o.containsKey("essay") ? essay(o.getJsonObject("essay")) : null);
        } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not stored question content: " + e.getMessage(), e);
        }
    }

    private static JsonObjectBuilder essay(Essay e) {
        JsonObjectBuilder b = BUILDERS.createObjectBuilder();
        optional(b, "template", e.template());
        b.add("unit", e.unit().name());
        if (e.minLength() != null) {
            b.add("min", e.minLength());
        }
        if (e.maxLength() != null) {
            b.add("max", e.maxLength());
        }
        JsonArrayBuilder rubric = BUILDERS.createArrayBuilder();
        for (Criterion c : e.rubric()) {
            JsonObjectBuilder criterion = BUILDERS.createObjectBuilder().add("name", c.name());
            number(criterion, "max", c.maxPoints());
            rubric.add(criterion);
        }
        b.add("rubric", rubric);
        optional(b, "graderNote", e.graderNote());
        return b;
    }

    private static Essay essay(JsonObject o) {
        List<Criterion> rubric = new ArrayList<>();
        for (JsonValue v : array(o, "rubric")) {
            JsonObject c = v.asJsonObject();
            rubric.add(new Criterion(text(c, "name"), number(c.get("max"))));
        }
        String unit = text(o, "unit");
        return new Essay(text(o, "template"), unit == null ? null : LengthUnit.valueOf(unit),
                o.containsKey("min") ? o.getJsonNumber("min").intValueExact() : null,
                o.containsKey("max") ? o.getJsonNumber("max").intValueExact() : null, rubric, text(o, "graderNote"));
    }

    /** The response as JSON. */
    public static String write(Response response) {
        JsonObjectBuilder b = BUILDERS.createObjectBuilder();
        if (!response.choices().isEmpty()) {
            b.add("choices", integers(response.choices()));
        }
        optional(b, "text", response.text());
        if (!response.order().isEmpty()) {
            b.add("order", integers(response.order()));
        }
        return json(b.build());
    }

    /**
     * A response written by {@link #write(Response)}.
     *
     * @throws IllegalArgumentException when the text is not such JSON (also for indexes that are no whole numbers)
     */
    public static Response readResponse(String json) {
        JsonObject o = parse(json);
        try {
            return new Response(integers(array(o, "choices")), text(o, "text"), integers(array(o, "order")));
        } catch (ClassCastException | ArithmeticException e) {
            throw new IllegalArgumentException("not a stored response: " + e.getMessage(), e);
        }
    }

    /** A list of indexes as compact text, "2,0,1"; an empty list as "". */
    public static String writeOrder(List<Integer> order) {
        return order.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /**
     * Indexes written by {@link #writeOrder}; null or blank gives an empty list, spaces are ignored.
     *
     * @throws IllegalArgumentException when a part is no whole number
     */
    public static List<Integer> readOrder(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Integer> order = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            try {
                order.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a list of indexes: " + text, e);
            }
        }
        return List.copyOf(order);
    }

    /** A finite double as the JSON number of its shortest exact decimal; NaN, ±Infinity and −0.0 as strings. */
    private static void number(JsonObjectBuilder b, String name, double value) {
        if (Double.isFinite(value) && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(-0.0)) {
            b.add(name, BigDecimal.valueOf(value));
        } else {
            b.add(name, Double.toString(value));
        }
    }

    private static double number(JsonValue v) {
        if (v instanceof JsonNumber n) {
            return Double.parseDouble(n.toString());
        }
        if (v instanceof JsonString s) {
            return Double.parseDouble(s.getString());
        }
        throw new IllegalArgumentException("not a number: " + v);
    }

    private static JsonArrayBuilder integers(List<Integer> values) {
        JsonArrayBuilder b = BUILDERS.createArrayBuilder();
        values.forEach(b::add);
        return b;
    }

    private static List<Integer> integers(JsonArray array) {
        return array.stream().map(v -> ((JsonNumber) v).intValueExact()).toList();
    }

    private static JsonArray array(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null || v == JsonValue.NULL ? JsonValue.EMPTY_JSON_ARRAY : v.asJsonArray();
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null || v == JsonValue.NULL ? null : ((JsonString) v).getString();
    }

    private static void optional(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    private static JsonObject parse(String json) {
        if (json == null) {
            throw new IllegalArgumentException("no JSON");
        }
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
        }
    }

    private static String json(JsonObject o) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = WRITERS.createWriter(out)) {
            writer.writeObject(o);
        }
        return out.toString();
    }
}
