package org.munacademy.competency.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The answers of the 1EdTech CASE 1.1 provider API ({@code /ims/case/v1p1}, the specification's REST binding), cut
 * from the package {@link CaseJson} writes for a version, so that every {@code uri} of an export resolves to the
 * object it names:
 * <ul>
 * <li>{@code CFPackages/{id}}: the package as exported;</li>
 * <li>{@code CFDocuments/{id}}, {@code CFItems/{id}}, {@code CFAssociations/{id}}: the object as in the package plus
 * the link the package binding leaves out ({@code CFPackageURI} for the document, {@code CFDocumentURI} for items
 * and associations);</li>
 * <li>{@code CFItemAssociations/{id}}: the item and every association that starts or ends at it;</li>
 * <li>{@code CFRubrics}, {@code CFRubricCriteria}, {@code CFRubricCriterionLevels}, {@code CFLicenses},
 * {@code CFAssociationGroupings}: the object itself; {@code CFItemTypes}, {@code CFConcepts}, {@code CFSubjects}:
 * a set of one ({@code {"CFItemTypes": [...]}}), as the binding defines them.</li>
 * </ul>
 * An unknown identifier is answered by the binding's {@code imsx_StatusInfo} payload ({@link #unknown}).
 */
public final class CaseProvider {

    /** The collections the API answers by identifier. */
    public static final List<String> COLLECTIONS = List.of("CFDocuments", "CFPackages", "CFItems", "CFAssociations",
            "CFItemAssociations", "CFRubrics", "CFRubricCriteria", "CFRubricCriterionLevels", "CFItemTypes",
            "CFConcepts", "CFSubjects", "CFLicenses", "CFAssociationGroupings");

    private CaseProvider() {
    }

    /** The document as {@code CFDocuments} lists it and {@code CFDocuments/{id}} answers: with its package's link. */
    public static JsonObject document(JsonObject pkg, String baseUri) {
        JsonObject doc = pkg.getJsonObject("CFDocument");
        String id = doc.getString("identifier");
        return Json.createObjectBuilder(doc)
                .add("CFPackageURI", link(doc.getString("title"), id, base(baseUri) + "/CFPackages/" + id))
                .build();
    }

    /** The list answer of {@code CFDocuments}. */
    public static JsonObject documents(List<JsonObject> documents) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        documents.forEach(list::add);
        return Json.createObjectBuilder().add("CFDocuments", list).build();
    }

    /**
     * What {@code GET {collection}/{id}} answers when the object is part of this package, or empty.
     *
     * @param collection one of {@link #COLLECTIONS}
     */
    public static Optional<JsonObject> find(JsonObject pkg, String collection, String id, String baseUri) {
        JsonObject doc = pkg.getJsonObject("CFDocument");
        boolean isDocument = doc.getString("identifier").equals(id);
        return switch (collection) {
            case "CFDocuments" -> isDocument ? Optional.of(document(pkg, baseUri)) : Optional.empty();
            case "CFPackages" -> isDocument ? Optional.of(pkg) : Optional.empty();
            case "CFItems" -> byId(objects(pkg, "CFItems"), id).map(i -> inDocument(i, doc));
            case "CFAssociations" -> byId(objects(pkg, "CFAssociations"), id).map(a -> inDocument(a, doc));
            case "CFItemAssociations" -> byId(objects(pkg, "CFItems"), id).map(i -> itemAssociations(pkg, i, doc));
            case "CFRubrics" -> byId(objects(pkg, "CFRubrics"), id);
            case "CFRubricCriteria" -> byId(criteria(pkg), id);
            case "CFRubricCriterionLevels" -> byId(criteria(pkg)
                    .flatMap(c -> objects(c, "CFRubricCriterionLevels")), id);
            case "CFItemTypes", "CFConcepts", "CFSubjects" ->
                    byId(definitions(pkg, collection), id).map(o -> set(collection, o));
            case "CFLicenses", "CFAssociationGroupings" -> byId(definitions(pkg, collection), id);
            default -> Optional.empty();
        };
    }

    /**
     * The binding's answer to an unknown identifier ({@code imsx_StatusInfo}: failure, error, the minor code
     * {@code unknownobject} for the field {@code sourcedId}).
     */
    public static JsonObject unknown(String description) {
        return Json.createObjectBuilder()
                .add("imsx_codeMajor", "failure")
                .add("imsx_severity", "error")
                .add("imsx_description", description)
                .add("imsx_codeMinor", Json.createObjectBuilder().add("imsx_codeMinorField",
                        Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("imsx_codeMinorFieldName", "sourcedId")
                                .add("imsx_codeMinorFieldValue", "unknownobject"))))
                .build();
    }

    private static JsonObject itemAssociations(JsonObject pkg, JsonObject item, JsonObject doc) {
        String id = item.getString("identifier");
        JsonArrayBuilder associations = Json.createArrayBuilder();
        objects(pkg, "CFAssociations")
                .filter(a -> id.equals(end(a, "originNodeURI")) || id.equals(end(a, "destinationNodeURI")))
                .forEach(a -> associations.add(inDocument(a, doc)));
        return Json.createObjectBuilder().add("CFItem", inDocument(item, doc)).add("CFAssociations", associations)
                .build();
    }

    private static String end(JsonObject association, String field) {
        return association.get(field) instanceof JsonObject link ? link.getString("identifier", null) : null;
    }

    private static JsonObject inDocument(JsonObject o, JsonObject doc) {
        return Json.createObjectBuilder(o)
                .add("CFDocumentURI", link(doc.getString("title"), doc.getString("identifier"), doc.getString("uri")))
                .build();
    }

    private static JsonObject set(String collection, JsonObject o) {
        return Json.createObjectBuilder().add(collection, Json.createArrayBuilder().add(o)).build();
    }

    private static Stream<JsonObject> criteria(JsonObject pkg) {
        return objects(pkg, "CFRubrics").flatMap(r -> objects(r, "CFRubricCriteria"));
    }

    private static Stream<JsonObject> definitions(JsonObject pkg, String collection) {
        return pkg.get("CFDefinitions") instanceof JsonObject definitions ? objects(definitions, collection)
                : Stream.empty();
    }

    private static Stream<JsonObject> objects(JsonObject parent, String field) {
        return parent.get(field) instanceof JsonArray array
                ? array.stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                        .map(JsonValue::asJsonObject)
                : Stream.empty();
    }

    private static Optional<JsonObject> byId(Stream<JsonObject> objects, String id) {
        return objects.filter(o -> id.equals(o.getString("identifier", null))).findFirst();
    }

    private static JsonObject link(String title, String identifier, String uri) {
        return Json.createObjectBuilder().add("title", title).add("identifier", identifier).add("uri", uri).build();
    }

    private static String base(String baseUri) {
        return baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
    }
}
