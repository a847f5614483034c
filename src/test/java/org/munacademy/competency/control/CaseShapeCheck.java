package org.munacademy.competency.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A hand-written check of the shape the published 1EdTech CASE 1.1 JSON binding of {@code getCFPackage}
 * ({@code imscasev1p1}) gives a package: for each object type its required properties, the properties it may have
 * at all (the binding sets {@code additionalProperties: false}), and the type of each property — UUID identifiers,
 * RFC 3339 date-times, dates, URIs, integers, numbers, LinkURIs and the association type vocabulary. It covers the
 * parts of the binding this application writes; CFDefinitions are only checked to be an object.
 * <p>
 * We do not ship a JSON Schema validator for one test, so the schema's rules are restated here as a table.
 */
final class CaseShapeCheck {

    /** The binding's UUID pattern (lower-case hex, RFC 4122 variant), anchored. */
    static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    /** JSON Schema {@code format: date-time} is RFC 3339: a full date, a time and an offset. */
    static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final Set<String> ASSOCIATION_TYPES = Set.of("isChildOf", "isPeerOf", "isPartOf", "exactMatchOf",
            "precedes", "isRelatedTo", "replacedBy", "exemplar", "hasSkillLevel", "isTranslationOf");
    /** The binding's pattern for extension association types, e.g. {@code ext:hasPrerequisite}. */
    static final Pattern EXTENSION_TYPE = Pattern.compile("ext:[a-zA-Z0-9.\\-_]+");
    static final Set<String> ADOPTION_STATUSES = Set.of("Draft", "Adopted", "Deprecated", "Private Draft");

    /** What a property holds. */
    private enum Kind {
        TEXT, UUID, URI, DATE_TIME, DATE, INTEGER, NUMBER, TEXTS, LINK, LINK_GEN, LINKS, ASSOCIATION_TYPE,
        ADOPTION_STATUS, CASE_VERSION, OBJECT, ITEMS, ASSOCIATIONS, RUBRICS, CRITERIA, LEVELS, DOCUMENT
    }

    /** One object type of the binding. */
    private record Shape(String name, Set<String> required, Map<String, Kind> properties) {
    }

    private static final Shape PACKAGE = shape("CFPackage", Set.of("CFDocument"),
            "CFDocument", Kind.DOCUMENT, "CFItems", Kind.ITEMS, "CFAssociations", Kind.ASSOCIATIONS,
            "CFDefinitions", Kind.OBJECT, "CFRubrics", Kind.RUBRICS, "extensions", Kind.OBJECT);

    private static final Shape DOCUMENT = shape("CFDocument",
            Set.of("identifier", "uri", "creator", "title", "lastChangeDateTime"),
            "identifier", Kind.UUID, "uri", Kind.URI, "frameworkType", Kind.TEXT, "caseVersion", Kind.CASE_VERSION,
            "creator", Kind.TEXT, "title", Kind.TEXT, "lastChangeDateTime", Kind.DATE_TIME,
            "officialSourceURL", Kind.URI, "publisher", Kind.TEXT, "description", Kind.TEXT, "subject", Kind.TEXTS,
            "subjectURI", Kind.LINKS, "language", Kind.TEXT, "version", Kind.TEXT,
            "adoptionStatus", Kind.ADOPTION_STATUS, "statusStartDate", Kind.DATE, "statusEndDate", Kind.DATE,
            "licenseURI", Kind.LINK, "notes", Kind.TEXT, "extensions", Kind.OBJECT);

    private static final Shape ITEM = shape("CFItem",
            Set.of("identifier", "fullStatement", "uri", "lastChangeDateTime"),
            "identifier", Kind.UUID, "fullStatement", Kind.TEXT, "alternativeLabel", Kind.TEXT,
            "CFItemType", Kind.TEXT, "uri", Kind.URI, "humanCodingScheme", Kind.TEXT, "listEnumeration", Kind.TEXT,
            "abbreviatedStatement", Kind.TEXT, "conceptKeywords", Kind.TEXTS, "conceptKeywordsURI", Kind.LINK,
            "notes", Kind.TEXT, "subject", Kind.TEXTS, "subjectURI", Kind.LINKS, "language", Kind.TEXT,
            "educationLevel", Kind.TEXTS, "CFItemTypeURI", Kind.LINK, "licenseURI", Kind.LINK,
            "statusStartDate", Kind.DATE, "statusEndDate", Kind.DATE, "lastChangeDateTime", Kind.DATE_TIME,
            "extensions", Kind.OBJECT);

    private static final Shape ASSOCIATION = shape("CFAssociation",
            Set.of("identifier", "associationType", "uri", "originNodeURI", "destinationNodeURI",
                    "lastChangeDateTime"),
            "identifier", Kind.UUID, "associationType", Kind.ASSOCIATION_TYPE, "sequenceNumber", Kind.INTEGER,
            "uri", Kind.URI, "originNodeURI", Kind.LINK_GEN, "destinationNodeURI", Kind.LINK_GEN,
            "CFAssociationGroupingURI", Kind.LINK, "lastChangeDateTime", Kind.DATE_TIME, "notes", Kind.TEXT,
            "extensions", Kind.OBJECT);

    private static final Shape RUBRIC = shape("CFRubric", Set.of("identifier", "uri", "lastChangeDateTime"),
            "identifier", Kind.UUID, "uri", Kind.URI, "title", Kind.TEXT, "description", Kind.TEXT,
            "lastChangeDateTime", Kind.DATE_TIME, "CFRubricCriteria", Kind.CRITERIA, "extensions", Kind.OBJECT);

    private static final Shape CRITERION = shape("CFRubricCriterion", Set.of("identifier", "uri", "lastChangeDateTime"),
            "identifier", Kind.UUID, "uri", Kind.URI, "category", Kind.TEXT, "description", Kind.TEXT,
            "CFItemURI", Kind.LINK, "weight", Kind.NUMBER, "position", Kind.INTEGER, "rubricId", Kind.UUID,
            "lastChangeDateTime", Kind.DATE_TIME, "CFRubricCriterionLevels", Kind.LEVELS, "extensions", Kind.OBJECT);

    private static final Shape LEVEL = shape("CFRubricCriterionLevel",
            Set.of("identifier", "uri", "lastChangeDateTime"),
            "identifier", Kind.UUID, "uri", Kind.URI, "description", Kind.TEXT, "quality", Kind.TEXT,
            "score", Kind.NUMBER, "feedback", Kind.TEXT, "position", Kind.INTEGER, "rubricCriterionId", Kind.UUID,
            "lastChangeDateTime", Kind.DATE_TIME, "extensions", Kind.OBJECT);

    private static final Shape LINK = shape("LinkURI", Set.of("title", "identifier", "uri"),
            "title", Kind.TEXT, "identifier", Kind.UUID, "uri", Kind.URI);

    /** The link of an association's end: its identifier need not be a UUID (it may be outside CASE). */
    private static final Shape LINK_GEN = shape("LinkGenURI", Set.of("title", "identifier", "uri"),
            "title", Kind.TEXT, "identifier", Kind.TEXT, "uri", Kind.URI, "targetType", Kind.TEXT);

    private final List<String> problems = new ArrayList<>();

    private CaseShapeCheck() {
    }

    /** Every way the JSON text breaks the CASE 1.1 package shape; empty when it fits. */
    static List<String> problems(String json) {
        CaseShapeCheck check = new CaseShapeCheck();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            check.object("$", reader.readValue(), PACKAGE);
        }
        return check.problems;
    }

    private void object(String path, JsonValue value, Shape shape) {
        if (!(value instanceof JsonObject o)) {
            problems.add(path + ": a " + shape.name() + " must be an object");
            return;
        }
        for (String field : shape.required()) {
            if (!o.containsKey(field)) {
                problems.add(path + ": " + shape.name() + " misses the required property " + field);
            }
        }
        o.forEach((field, v) -> {
            Kind kind = shape.properties().get(field);
            if (kind == null) {
                problems.add(path + "." + field + ": " + shape.name() + " has no property " + field);
            } else {
                value(path + "." + field, v, kind);
            }
        });
    }

    private void value(String path, JsonValue v, Kind kind) {
        switch (kind) {
            case TEXT -> text(path, v);
            case UUID -> matches(path, v, UUID, "a UUID");
            case DATE_TIME -> matches(path, v, DATE_TIME, "an RFC 3339 date-time");
            case DATE -> matches(path, v, DATE, "a date (yyyy-MM-dd)");
            case URI -> uri(path, v);
            case INTEGER -> integer(path, v);
            case NUMBER -> expect(path, v, v instanceof JsonNumber, "a number");
            case TEXTS -> array(path, v, Kind.TEXT);
            case LINK -> object(path, v, LINK);
            case LINK_GEN -> object(path, v, LINK_GEN);
            case LINKS -> array(path, v, Kind.LINK);
            case ASSOCIATION_TYPE -> associationType(path, v);
            case ADOPTION_STATUS -> oneOf(path, v, ADOPTION_STATUSES);
            case CASE_VERSION -> oneOf(path, v, Set.of("1.1"));
            case OBJECT -> expect(path, v, v instanceof JsonObject, "an object");
            case DOCUMENT -> object(path, v, DOCUMENT);
            case ITEMS -> objects(path, v, ITEM);
            case ASSOCIATIONS -> objects(path, v, ASSOCIATION);
            case RUBRICS -> objects(path, v, RUBRIC);
            case CRITERIA -> objects(path, v, CRITERION);
            case LEVELS -> objects(path, v, LEVEL);
        }
    }

    private void text(String path, JsonValue v) {
        expect(path, v, v instanceof JsonString, "a string");
    }

    private void matches(String path, JsonValue v, Pattern pattern, String what) {
        expect(path, v, v instanceof JsonString s && pattern.matcher(s.getString()).matches(), what);
    }

    private void uri(String path, JsonValue v) {
        boolean absolute;
        try {
            absolute = v instanceof JsonString s && new URI(s.getString()).isAbsolute();
        } catch (URISyntaxException e) {
            absolute = false;
        }
        expect(path, v, absolute, "an absolute URI");
    }

    private void integer(String path, JsonValue v) {
        expect(path, v, v instanceof JsonNumber n && n.isIntegral(), "an integer");
    }

    private void associationType(String path, JsonValue v) {
        expect(path, v, v instanceof JsonString s
                && (ASSOCIATION_TYPES.contains(s.getString()) || EXTENSION_TYPE.matcher(s.getString()).matches()),
                "a CASE 1.1 association type");
    }

    private void oneOf(String path, JsonValue v, Set<String> allowed) {
        expect(path, v, v instanceof JsonString s && allowed.contains(s.getString()), "one of " + allowed);
    }

    private void array(String path, JsonValue v, Kind elementKind) {
        if (!(v instanceof JsonArray array)) {
            problems.add(path + ": expected an array, found " + v);
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            value(path + "[" + i + "]", array.get(i), elementKind);
        }
    }

    private void objects(String path, JsonValue v, Shape shape) {
        if (!(v instanceof JsonArray array)) {
            problems.add(path + ": expected an array of " + shape.name() + ", found " + v);
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            object(path + "[" + i + "]", array.get(i), shape);
        }
    }

    private void expect(String path, JsonValue v, boolean ok, String what) {
        if (!ok) {
            problems.add(path + ": expected " + what + ", found " + v);
        }
    }

    private static Shape shape(String name, Set<String> required, Object... properties) {
        Map<String, Kind> map = new LinkedHashMap<>();
        for (int i = 0; i < properties.length; i += 2) {
            map.put((String) properties[i], (Kind) properties[i + 1]);
        }
        return new Shape(name, required, map);
    }
}
