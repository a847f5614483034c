package org.munacademy.competency.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.munacademy.competency.entity.CompetencyError;
import org.munacademy.competency.entity.CompetencyImportError;
import org.munacademy.competency.entity.CompetencyKind;
import org.munacademy.competency.entity.CompetencyPlace;
import org.munacademy.competency.entity.Framework;
import org.munacademy.shared.control.StrictJson;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.Location;
import org.munacademy.shared.entity.MalformedJsonException;

/**
 * A competency standard version as a 1EdTech CASE 1.1 package ({@code CFPackage} JSON), the exchange format
 * other competency and learning systems understand. The mapping:
 * <ul>
 * <li>the version is the {@code CFDocument} (title, {@code notes} = standard code, {@code description} = source
 * reference, {@code statusStartDate} = effective date, {@code version} = version number);</li>
 * <li>areas and competencies are {@code CFItem}s of type "Competency Area" and "Competency" ({@code humanCodingScheme}
 * = code, {@code fullStatement} = name, {@code notes} = description, {@code conceptKeywords} = [kind]), placed by
 * {@code isChildOf} associations whose {@code sequenceNumber} is the position under the parent;</li>
 * <li>a competency's predecessor in the previous version is a {@code replacedBy} association from the predecessor
 * to it;</li>
 * <li>the proficiency scale and the behavioural indicators are one {@code CFRubric}: one criterion per competency,
 * one criterion level per scale level ({@code score} = level number, {@code quality} = level name,
 * {@code description} = descriptor, {@code feedback} = the competency's indicators at that level, one per line).</li>
 * </ul>
 * The writer follows the published CASE 1.1 package binding, which forbids {@code CFPackageURI} in the package's
 * document and {@code CFDocumentURI} in its items and associations (the package itself says where they belong).
 * It is deterministic: elements without a CASE identifier get a name-based UUID from the standard code and their
 * code, so the same framework always gives the same file. Scale levels have no CASE identifier of their own and
 * are not kept by a round trip; document, item and predecessor identifiers are.
 */
public final class CaseJson {

    static final String AREA_TYPE = "Competency Area";
    static final String COMPETENCY_TYPE = "Competency";
    static final String RUBRIC_TITLE = "Шкала уровней владения";
    static final String CREATOR = "Municipal Academy";
    static final String AREA_TYPE_TEXT = "Область компетенций: группа компетенций стандарта";
    static final String COMPETENCY_TYPE_TEXT = "Компетенция с индикаторами поведения по уровням шкалы";

    /** A CASE package nests about eight levels (package, rubrics, criteria, levels); deeper input is refused. */
    static final int MAX_DEPTH = 32;

    private static final JsonWriterFactory WRITERS =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private CaseJson() {
    }

    /**
     * The framework as a CASE package.
     *
     * @param versionNumber  the version of the standard ({@code CFDocument.version})
     * @param adoptionStatus Draft, Adopted, Deprecated or Private Draft
     * @param lastChange     when the version last changed; written to every object, in whole seconds
     * @param baseUri        where the CASE objects are served, e.g. {@code https://academy.example/ims/case/v1p1}
     */
    public static String write(Framework f, int versionNumber, String adoptionStatus, Instant lastChange,
            String baseUri) {
        return new PackageWriter(f, versionNumber, adoptionStatus, lastChange, baseUri).json();
    }

    /** The package {@link #write} writes, as a JSON object (what the provider API serves parts of). */
    public static JsonObject pkg(Framework f, int versionNumber, String adoptionStatus, Instant lastChange,
            String baseUri) {
        return new PackageWriter(f, versionNumber, adoptionStatus, lastChange, baseUri).pkg();
    }

    /**
     * Reads a package this class wrote (or one shaped the same way) back into a framework.
     *
     * @throws ImportRejectedException with every problem found ("CFDocument", "CFItem &lt;id&gt;",
     *                                 "CFAssociation &lt;id&gt;", "CFRubricCriterion &lt;id&gt;", "JSON")
     */
    public static Framework read(String json) {
        return read(json, Map.of());
    }

    /**
     * Reads a package, as {@link #read(String)}, placing items of other {@code CFItemType}s by the caller's mapping
     * (see {@link #itemTypeMap}); a mapping for "Competency" gives the kind of competencies without one.
     */
    public static Framework read(String json, Map<String, String> itemTypes) {
        return new PackageReader(itemTypes).read(json);
    }

    /** What a mapped item type may become: an area, or a competency of one of the kinds. */
    public static final String AREA_TARGET = "AREA";

    /**
     * The caller's mapping of item types, from entries {@code Type=KIND} where KIND is {@value #AREA_TARGET} or a
     * {@link CompetencyKind} (e.g. {@code Standard=PROFESSIONAL}, {@code Domain=AREA}); the type is everything before
     * the last {@code =}.
     *
     * @throws InvalidInputException naming {@code itemTypeMap} and the entry that is not of that form
     */
    public static Map<String, String> itemTypeMap(List<String> entries) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : entries == null ? List.<String>of() : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int eq = entry.lastIndexOf('=');
            String type = eq <= 0 ? "" : entry.substring(0, eq).strip();
            String target = eq < 0 ? "" : entry.substring(eq + 1).strip().toUpperCase(java.util.Locale.ROOT);
            if (type.isEmpty() || !(target.equals(AREA_TARGET) || isKind(target))) {
                throw new InvalidInputException("itemTypeMap", CompetencyError.ITEM_TYPE_MAP_INVALID, entry,
                        AREA_TARGET + ", " + Arrays.stream(CompetencyKind.values()).map(Enum::name)
                                .collect(Collectors.joining(", ")));
            }
            map.put(type, target);
        }
        return Map.copyOf(map);
    }

    private static boolean isKind(String s) {
        return Arrays.stream(CompetencyKind.values()).anyMatch(k -> k.name().equals(s));
    }

    /** The identifier the writer derives for an association that has none of its own. */
    static String associationId(String type, String originId, String destinationId) {
        return nameId("association/" + type + "/" + originId + "/" + destinationId);
    }

    /** An association's identifier as kept: null when it is the derived one (the writer derives it again). */
    private static String kept(String id, String type, String originId, String destinationId) {
        return id == null || id.equals(associationId(type, originId, destinationId)) ? null : id;
    }

    /** The identifier of one of our two item types: the same in every package. */
    static String itemTypeId(String type) {
        return nameId("itemType/" + type);
    }

    /** The identifier of the concept a competency kind is (its {@code conceptKeywordsURI}). */
    static String conceptId(CompetencyKind kind) {
        return nameId("concept/" + kind.name());
    }

    /** A name-based (version 3) UUID: the same name always gives the same identifier. */
    static String nameId(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Builds the package; one instance per call, so that identifiers and links are computed once. */
    private static final class PackageWriter {

        private final Framework f;
        private final int versionNumber;
        private final String adoptionStatus;
        private final String changed;
        private final String base;
        private final String docId;
        private final Map<String, String> itemIds = new HashMap<>();

        PackageWriter(Framework f, int versionNumber, String adoptionStatus, Instant lastChange, String baseUri) {
            this.f = f;
            this.versionNumber = versionNumber;
            this.adoptionStatus = adoptionStatus;
            this.changed = lastChange.truncatedTo(ChronoUnit.SECONDS).toString();
            this.base = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
            this.docId = f.caseId() != null ? f.caseId() : nameId(f.standardCode() + "/document");
            for (Framework.Area a : f.areas()) {
                itemIds.put(a.code(), a.caseId() != null ? a.caseId() : nameId(f.standardCode() + "/area/" + a.code()));
                for (Framework.Competency c : a.competencies()) {
                    itemIds.put(c.code(), c.caseId() != null ? c.caseId()
                            : nameId(f.standardCode() + "/competency/" + c.code()));
                }
            }
        }

        String json() {
            StringWriter out = new StringWriter();
            try (JsonWriter writer = WRITERS.createWriter(out)) {
                writer.writeObject(pkg());
            }
            return out.toString().strip() + "\n";
        }

        JsonObject pkg() {
            return Json.createObjectBuilder()
                    .add("CFDocument", document())
                    .add("CFItems", items())
                    .add("CFAssociations", associations())
                    .add("CFDefinitions", definitions())
                    .add("CFRubrics", Json.createArrayBuilder().add(rubric()))
                    .build();
        }

        private JsonObject document() {
            JsonObjectBuilder b = Json.createObjectBuilder()
                    .add("identifier", docId)
                    .add("uri", uri("CFDocuments", docId))
                    .add("caseVersion", "1.1")
                    .add("creator", CREATOR)
                    .add("title", f.title())
                    .add("lastChangeDateTime", changed)
                    .add("version", String.valueOf(versionNumber));
            optional(b, "adoptionStatus", adoptionStatus);
            optional(b, "statusStartDate", f.effectiveDate() == null ? null : f.effectiveDate().toString());
            optional(b, "description", f.sourceRef());
            optional(b, "notes", f.standardCode());
            return b.add("language", "ru").build();
        }

        private JsonArray items() {
            JsonArrayBuilder items = Json.createArrayBuilder();
            int areaPosition = 0;
            for (Framework.Area a : f.areas()) {
                items.add(item(a.code(), AREA_TYPE, a.name(), a.description(), ++areaPosition).build());
                int position = 0;
                for (Framework.Competency c : a.competencies()) {
                    JsonObjectBuilder item = item(c.code(), COMPETENCY_TYPE, c.name(), c.description(), ++position);
                    if (c.kind() != null) {
                        item.add("conceptKeywords", Json.createArrayBuilder().add(c.kind().name()));
                        item.add("conceptKeywordsURI", conceptLink(c.kind()));
                    }
                    items.add(item.build());
                }
            }
            return items.build();
        }

        private JsonObjectBuilder item(String code, String type, String name, String description, int position) {
            String id = itemIds.get(code);
            JsonObjectBuilder b = Json.createObjectBuilder()
                    .add("identifier", id)
                    .add("uri", uri("CFItems", id))
                    .add("CFItemType", type)
                    .add("CFItemTypeURI", link(type, itemTypeId(type), uri("CFItemTypes", itemTypeId(type))))
                    .add("humanCodingScheme", code)
                    .add("fullStatement", name)
                    .add("listEnumeration", String.valueOf(position))
                    .add("lastChangeDateTime", changed);
            optional(b, "notes", description);
            return b;
        }

        private JsonArray associations() {
            JsonArrayBuilder list = Json.createArrayBuilder();
            JsonObject document = link(f.title(), docId, uri("CFDocuments", docId));
            int areaPosition = 0;
            for (Framework.Area a : f.areas()) {
                JsonObject area = itemLink(a.code());
                list.add(association("isChildOf", area, document, ++areaPosition, a.childOfCaseId()));
                int position = 0;
                for (Framework.Competency c : a.competencies()) {
                    list.add(association("isChildOf", itemLink(c.code()), area, ++position, c.childOfCaseId()));
                }
            }
            for (Framework.Competency c : f.competencies()) {
                if (c.replacesCaseId() != null) {
                    JsonObject predecessor = link(c.code(), c.replacesCaseId(), uri("CFItems", c.replacesCaseId()));
                    list.add(association("replacedBy", predecessor, itemLink(c.code()), null, c.replacedByCaseId()));
                }
            }
            return list.build();
        }

        /** The item types and the competency kinds (as concepts) the items refer to. */
        private JsonObject definitions() {
            JsonArrayBuilder types = Json.createArrayBuilder();
            for (String type : List.of(AREA_TYPE, COMPETENCY_TYPE)) {
                String id = itemTypeId(type);
                types.add(Json.createObjectBuilder()
                        .add("identifier", id)
                        .add("uri", uri("CFItemTypes", id))
                        .add("title", type)
                        .add("description", AREA_TYPE.equals(type) ? AREA_TYPE_TEXT : COMPETENCY_TYPE_TEXT)
                        .add("hierarchyCode", AREA_TYPE.equals(type) ? "1" : "2")
                        .add("typeCode", type)
                        .add("lastChangeDateTime", changed));
            }
            JsonArrayBuilder concepts = Json.createArrayBuilder();
            f.competencies().stream().map(Framework.Competency::kind).filter(java.util.Objects::nonNull).distinct()
                    .sorted().forEach(kind -> concepts.add(Json.createObjectBuilder()
                            .add("identifier", conceptId(kind))
                            .add("uri", uri("CFConcepts", conceptId(kind)))
                            .add("title", kind.name())
                            .add("keywords", kind.name())
                            .add("hierarchyCode", kind.name())
                            .add("lastChangeDateTime", changed)));
            return Json.createObjectBuilder().add("CFConcepts", concepts).add("CFItemTypes", types).build();
        }

        private JsonObject conceptLink(CompetencyKind kind) {
            return link(kind.name(), conceptId(kind), uri("CFConcepts", conceptId(kind)));
        }

        private JsonObject association(String type, JsonObject origin, JsonObject destination, Integer sequence,
                String storedId) {
            // an imported association keeps its identifier; others get one derived from their two ends
            String id = storedId != null ? storedId
                    : associationId(type, origin.getString("identifier"), destination.getString("identifier"));
            JsonObjectBuilder b = Json.createObjectBuilder()
                    .add("identifier", id)
                    .add("associationType", type);
            if (sequence != null) {
                b.add("sequenceNumber", sequence);
            }
            return b.add("uri", uri("CFAssociations", id))
                    .add("originNodeURI", origin)
                    .add("destinationNodeURI", destination)
                    .add("lastChangeDateTime", changed)
                    .build();
        }

        private JsonObject rubric() {
            String rubricId = nameId("rubric/" + docId);
            JsonArrayBuilder criteria = Json.createArrayBuilder();
            int position = 0;
            for (Framework.Competency c : f.competencies()) {
                criteria.add(criterion(rubricId, c, ++position));
            }
            return Json.createObjectBuilder()
                    .add("identifier", rubricId)
                    .add("uri", uri("CFRubrics", rubricId))
                    .add("title", RUBRIC_TITLE)
                    .add("lastChangeDateTime", changed)
                    .add("CFRubricCriteria", criteria)
                    .build();
        }

        private JsonObject criterion(String rubricId, Framework.Competency c, int position) {
            String id = nameId("criterion/" + rubricId + "/" + itemIds.get(c.code()));
            JsonArrayBuilder levels = Json.createArrayBuilder();
            for (Framework.Level l : f.levels()) {
                levels.add(criterionLevel(id, l, c.indicatorsAt(l.number())));
            }
            return Json.createObjectBuilder()
                    .add("identifier", id)
                    .add("uri", uri("CFRubricCriteria", id))
                    .add("CFItemURI", itemLink(c.code()))
                    .add("position", position)
                    .add("rubricId", rubricId)
                    .add("lastChangeDateTime", changed)
                    .add("CFRubricCriterionLevels", levels)
                    .build();
        }

        private JsonObject criterionLevel(String criterionId, Framework.Level l, List<String> indicators) {
            String id = nameId("criterionLevel/" + criterionId + "/" + l.number());
            JsonObjectBuilder b = Json.createObjectBuilder()
                    .add("identifier", id)
                    .add("uri", uri("CFRubricCriterionLevels", id))
                    .add("quality", l.name())
                    .add("score", l.number());
            optional(b, "description", l.descriptor());
            optional(b, "feedback", indicators.isEmpty() ? null : String.join("\n", indicators));
            return b.add("position", l.number())
                    .add("rubricCriterionId", criterionId)
                    .add("lastChangeDateTime", changed)
                    .build();
        }

        private JsonObject itemLink(String code) {
            String id = itemIds.get(code);
            return link(code, id, uri("CFItems", id));
        }

        private static JsonObject link(String title, String identifier, String uri) {
            return Json.createObjectBuilder().add("title", title).add("identifier", identifier).add("uri", uri)
                    .build();
        }

        private String uri(String collection, String id) {
            return base + "/" + collection + "/" + id;
        }

        private static void optional(JsonObjectBuilder b, String name, String value) {
            if (value != null) {
                b.add(name, value);
            }
        }
    }

    /**
     * An area or competency item as read, before the associations place it; {@code type} is what it became (area or
     * competency, after the caller's mapping); {@code code} is null when the file gave none (one is generated).
     */
    private record ItemDraft(String id, String type, String code, String name, String description,
            CompetencyKind kind, int index) {
    }

    /**
     * Where an item sits: its parent, its position there (null when the association gives none) and the association's
     * identifier (null when it has none).
     */
    private record Placement(String parentId, Integer sequence, String associationId) {
    }

    /** Reads one package; collects every problem before it refuses. */
    private static final class PackageReader {

        private static final Location DOCUMENT = Location.of(CompetencyPlace.CF_DOCUMENT);

        private final List<ImportError> errors = new ArrayList<>();
        private final Map<String, ItemDraft> items = new LinkedHashMap<>();
        /** Items refused for their type: already reported, so links to them raise no further errors. */
        private final Set<String> refused = new HashSet<>();
        private final Map<String, Placement> placements = new HashMap<>();
        private final Map<String, String> predecessors = new HashMap<>();
        private final Map<String, String> replacedByIds = new HashMap<>();
        private final Map<String, String> itemTypes;
        /** Codes given by the file and codes generated so far: a generated code never repeats one. */
        private final Set<String> codes = new HashSet<>();
        private final Map<String, List<Framework.Indicator>> indicators = new HashMap<>();
        private List<Framework.Level> scale;
        private Location scaleSource;
        private String docId;

        PackageReader(Map<String, String> itemTypes) {
            this.itemTypes = itemTypes == null ? Map.of() : itemTypes;
        }

        Framework read(String json) {
            JsonObject root = parse(json);
            JsonObject doc = root.get("CFDocument") instanceof JsonObject o ? o : null;
            if (doc == null) {
                error(DOCUMENT, CompetencyImportError.CASE_DOCUMENT_MISSING);
                throw new ImportRejectedException(errors);
            }
            docId = required(doc, "identifier", DOCUMENT);
            String title = required(doc, "title", DOCUMENT);
            String standardCode = required(doc, "notes", DOCUMENT);
            LocalDate effective = date(doc, "statusStartDate", DOCUMENT);
            identifier(docId, DOCUMENT);
            limited(title, "title", FieldLimits.TITLE, DOCUMENT);
            limited(standardCode, "notes", FieldLimits.CODE, DOCUMENT);
            limited(text(doc, "description"), "description", FieldLimits.SOURCE_REF, DOCUMENT);
            objects(root, "CFItems", "CFItem").forEach(this::item);
            objects(root, "CFAssociations", "CFAssociation").forEach(this::association);
            items.values().stream().filter(i -> !placements.containsKey(i.id())).forEach(i ->
                    error(Location.of(CompetencyPlace.CF_ITEM, i.id()), CompetencyImportError.CASE_ITEM_UNPLACED));
            objects(root, "CFRubrics", "CFRubric").forEach(r ->
                    objects(r, "CFRubricCriteria", "CFRubricCriterion").forEach(this::criterion));
            if (!errors.isEmpty()) {
                throw new ImportRejectedException(errors);
            }
            return new Framework(standardCode, title, text(doc, "description"), effective, docId,
                    scale == null ? List.of() : scale, areas());
        }

        private JsonObject parse(String json) {
            try {
                // without recursion and with a depth limit: a document nested 10,000 deep is refused, not a
                // stack overflow; a byte order mark before the document is skipped
                JsonValue value = StrictJson.read(json, MAX_DEPTH);
                if (value instanceof JsonObject o) {
                    return o;
                }
                Location document = Location.of(CompetencyPlace.JSON);
                if (value == null) {
                    error(document, CompetencyImportError.CASE_EMPTY);
                } else {
                    error(document, CompetencyImportError.CASE_NOT_AN_OBJECT, value.getValueType().name());
                }
            } catch (MalformedJsonException e) {
                // our own text (from the error bundles), never the parser's
                e.violations().forEach(v -> errors.add(ImportError.of(Location.of(CompetencyPlace.JSON), v)));
            }
            throw new ImportRejectedException(errors);
        }

        private void item(JsonObject o) {
            String id = text(o, "identifier");
            Location where = Location.of(CompetencyPlace.CF_ITEM, id == null ? "#" + (items.size() + 1) : shown(id));
            String type = required(o, "CFItemType", where);
            String code = text(o, "humanCodingScheme");
            code = code == null || code.isBlank() ? null : code; // generated once the item is placed
            String name = required(o, "fullStatement", where);
            if (id == null) {
                error(where, CompetencyImportError.CASE_TEXT_MISSING, "identifier");
                return;
            }
            identifier(id, where);
            limited(code, "humanCodingScheme", FieldLimits.CODE, where);
            limited(name, "fullStatement", FieldLimits.TITLE, where);
            limited(text(o, "notes"), "notes", FieldLimits.DESCRIPTION, where);
            String mapped = type == null ? null : itemTypes.get(type);
            String role = mapped == null ? type : AREA_TARGET.equals(mapped) ? AREA_TYPE : COMPETENCY_TYPE;
            if (type != null && !AREA_TYPE.equals(role) && !COMPETENCY_TYPE.equals(role)) {
                error(where, CompetencyImportError.CASE_ITEM_TYPE_UNKNOWN, type, AREA_TYPE, COMPETENCY_TYPE);
                refused.add(id);
                return;
            }
            CompetencyKind mappedKind = mapped == null || AREA_TARGET.equals(mapped) ? null
                    : CompetencyKind.valueOf(mapped);
            CompetencyKind kind = COMPETENCY_TYPE.equals(role) ? kind(o, where, mappedKind) : null;
            if (items.containsKey(id)) {
                error(where, CompetencyImportError.CASE_ITEM_ID_REPEATED);
                return;
            }
            duplicateCode(code, where);
            if (code != null) {
                codes.add(code);
            }
            items.put(id, new ItemDraft(id, role, code, name, text(o, "notes"), kind, items.size()));
        }

        private void duplicateCode(String code, Location where) {
            items.values().stream().filter(i -> code != null && code.equals(i.code())).findFirst().ifPresent(other ->
                    error(where, CompetencyImportError.CASE_CODE_REPEATED, code, other.id()));
        }

        /** The kind a competency item names among its keywords, else the one its type is mapped to. */
        private CompetencyKind kind(JsonObject o, Location where, CompetencyKind mapped) {
            if (o.get("conceptKeywords") instanceof JsonArray keywords) {
                for (JsonValue v : keywords) {
                    if (v instanceof JsonString s && isKind(s.getString())) {
                        return CompetencyKind.valueOf(s.getString());
                    }
                }
            }
            if (mapped != null) {
                return mapped;
            }
            error(where, CompetencyImportError.CASE_KIND_MISSING, Arrays.stream(CompetencyKind.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }

        private void association(JsonObject o) {
            String id = text(o, "identifier");
            Location where = id == null ? Location.of(CompetencyPlace.CF_ASSOCIATION_UNNAMED)
                    : Location.of(CompetencyPlace.CF_ASSOCIATION, shown(id));
            String type = required(o, "associationType", where);
            if (!"isChildOf".equals(type) && !"replacedBy".equals(type)) {
                return; // other relations (isRelatedTo, exactMatchOf, ...) are not part of the framework
            }
            if (!identifier(id, where)) {
                return;
            }
            String origin = nodeId(o, "originNodeURI", where);
            String destination = nodeId(o, "destinationNodeURI", where);
            if (origin == null || destination == null) {
                return;
            }
            if (refused.contains(origin) || refused.contains(destination)) {
                // already reported with the refused item; placing the child keeps it from being reported again
                if ("isChildOf".equals(type)) {
                    placements.putIfAbsent(origin, new Placement(destination, null, null));
                }
                return;
            }
            if ("isChildOf".equals(type)) {
                childOf(o, where, origin, destination);
            } else {
                replacedBy(where, origin, destination, id);
            }
        }

        private void childOf(JsonObject o, Location where, String childId, String parentId) {
            ItemDraft child = items.get(childId);
            if (child == null) {
                error(where, CompetencyImportError.CASE_CHILD_UNKNOWN, childId);
                return;
            }
            ItemDraft parent = items.get(parentId);
            boolean fits = AREA_TYPE.equals(child.type())
                    ? parentId.equals(docId)
                    : parent != null && AREA_TYPE.equals(parent.type());
            if (!parentId.equals(docId) && parent == null) {
                error(where, CompetencyImportError.CASE_PARENT_UNKNOWN, parentId);
            } else if (!fits) {
                error(where, AREA_TYPE.equals(child.type()) ? CompetencyImportError.CASE_AREA_PARENT
                        : CompetencyImportError.CASE_COMPETENCY_PARENT);
            } else if (placements.containsKey(childId)) {
                error(where, CompetencyImportError.CASE_SECOND_PARENT, childId);
            } else {
                placements.put(childId, new Placement(parentId, sequence(o, where),
                        kept(text(o, "identifier"), "isChildOf", childId, parentId)));
            }
        }

        private Integer sequence(JsonObject o, Location where) {
            JsonValue v = o.get("sequenceNumber");
            if (v == null || v == JsonValue.NULL) {
                return null;
            }
            if (v instanceof JsonNumber n && n.isIntegral()) {
                return n.intValue();
            }
            // OpenSALT and other providers write the number as a text: "1"
            if (v instanceof JsonString s && s.getString().strip().matches("-?\\d{1,9}")) {
                return Integer.parseInt(s.getString().strip());
            }
            error(where, CompetencyImportError.CASE_SEQUENCE_NOT_WHOLE, v.toString());
            return null;
        }

        private void replacedBy(Location where, String predecessor, String successor, String associationId) {
            ItemDraft item = items.get(successor);
            if (item == null || !COMPETENCY_TYPE.equals(item.type())) {
                error(where, CompetencyImportError.CASE_SUCCESSOR_UNKNOWN, successor);
                return;
            }
            if (identifier(predecessor, where)) {
                predecessors.put(successor, predecessor);
                String kept = kept(associationId, "replacedBy", predecessor, successor);
                if (kept != null) {
                    replacedByIds.put(successor, kept);
                }
            }
        }

        private String nodeId(JsonObject o, String field, Location where) {
            String id = o.get(field) instanceof JsonObject link ? text(link, "identifier") : null;
            if (id == null) {
                error(where, CompetencyImportError.CASE_LINK_MISSING, field + ".identifier");
            }
            return id;
        }

        private void criterion(JsonObject o) {
            String id = text(o, "identifier");
            Location where = id == null ? Location.of(CompetencyPlace.CF_RUBRIC_CRITERION_UNNAMED)
                    : Location.of(CompetencyPlace.CF_RUBRIC_CRITERION, shown(id));
            String itemId = nodeId(o, "CFItemURI", where);
            ItemDraft item = itemId == null ? null : items.get(itemId);
            if (itemId != null && !refused.contains(itemId) && (item == null || !COMPETENCY_TYPE.equals(item.type()))) {
                error(where, CompetencyImportError.CASE_CRITERION_ITEM_UNKNOWN, itemId);
            }
            Map<Integer, Framework.Level> levels = new TreeMap<>();
            List<Framework.Indicator> found = new ArrayList<>();
            objects(o, "CFRubricCriterionLevels", "CFRubricCriterionLevel").forEach(l -> level(l, levels, found));
            agreeOnScale(where, List.copyOf(levels.values()));
            if (item != null && indicators.put(item.id(), sorted(found)) != null) {
                error(where, CompetencyImportError.CASE_CRITERION_REPEATED, item.id());
            }
        }

        private void level(JsonObject o, Map<Integer, Framework.Level> levels, List<Framework.Indicator> found) {
            String id = text(o, "identifier");
            Location where = id == null ? Location.of(CompetencyPlace.CF_RUBRIC_CRITERION_LEVEL_UNNAMED)
                    : Location.of(CompetencyPlace.CF_RUBRIC_CRITERION_LEVEL, shown(id));
            String quality = required(o, "quality", where);
            if (!(o.get("score") instanceof JsonNumber score) || !score.isIntegral() || score.intValue() < 1) {
                error(where, CompetencyImportError.CASE_SCORE_INVALID, String.valueOf(o.get("score")));
                return;
            }
            int number = score.intValue();
            limited(quality, "quality", FieldLimits.LEVEL_NAME, where);
            limited(text(o, "description"), "description", FieldLimits.DESCRIPTION, where);
            if (levels.put(number, new Framework.Level(number, quality, text(o, "description"), null)) != null) {
                error(where, CompetencyImportError.CASE_SCORE_REPEATED, number);
            }
            String feedback = text(o, "feedback");
            if (feedback != null) {
                feedback.lines().filter(line -> !line.isBlank()).forEach(line -> {
                    if (line.length() > FieldLimits.INDICATOR) {
                        error(where, CompetencyImportError.CASE_INDICATOR_TOO_LONG, line.length(),
                                FieldLimits.INDICATOR);
                    }
                    found.add(new Framework.Indicator(number, line));
                });
            }
        }

        private static List<Framework.Indicator> sorted(List<Framework.Indicator> found) {
            return found.stream().sorted(Comparator.comparingInt(Framework.Indicator::level)).toList();
        }

        /** Every criterion must describe the same scale: the framework has one scale for all competencies. */
        private void agreeOnScale(Location where, List<Framework.Level> levels) {
            if (scale == null) {
                scale = levels;
                scaleSource = where;
            } else if (!scale.equals(levels)) {
                error(where, CompetencyImportError.CASE_SCALE_DIFFERS, scaleSource);
            }
        }

        private List<Framework.Area> areas() {
            List<Framework.Area> areas = new ArrayList<>();
            for (ItemDraft a : children(docId, AREA_TYPE)) {
                String code = a.code() != null ? a.code() : generatedCode(String.valueOf(areas.size() + 1));
                List<Framework.Competency> competencies = new ArrayList<>();
                for (ItemDraft c : children(a.id(), COMPETENCY_TYPE)) {
                    competencies.add(competency(c, c.code() != null ? c.code()
                            : generatedCode(code + "." + (competencies.size() + 1))));
                }
                areas.add(new Framework.Area(code, a.name(), a.description(), a.id(), competencies,
                        placements.get(a.id()).associationId()));
            }
            return areas;
        }

        /**
         * A code for an item the file gave none: its place ("2" for the second area, "2.3" for the third competency
         * there), with a suffix when the file uses that code for another item.
         */
        private String generatedCode(String place) {
            String code = place;
            for (int n = 2; !codes.add(code); n++) {
                code = place + "-" + n;
            }
            return code;
        }

        private Framework.Competency competency(ItemDraft c, String code) {
            return new Framework.Competency(code, c.name(), c.description(), c.kind(), c.id(),
                    predecessors.get(c.id()), indicators.getOrDefault(c.id(), List.of()),
                    placements.get(c.id()).associationId(), replacedByIds.get(c.id()));
        }

        /** The items under a parent, by sequence number (those without one last), then in package order. */
        private List<ItemDraft> children(String parentId, String type) {
            Comparator<ItemDraft> order = Comparator.comparing((ItemDraft i) -> placements.get(i.id()).sequence(),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparingInt(ItemDraft::index);
            return items.values().stream()
                    .filter(i -> type.equals(i.type()) && placements.containsKey(i.id())
                            && parentId.equals(placements.get(i.id()).parentId()))
                    .sorted(order)
                    .toList();
        }

        private List<JsonObject> objects(JsonObject parent, String field, String what) {
            JsonValue v = parent.get(field);
            if (v == null || v == JsonValue.NULL) {
                return List.of();
            }
            if (!(v instanceof JsonArray array)) {
                error(Location.of(CompetencyPlace.PROPERTY, field), CompetencyImportError.CASE_NOT_A_LIST, what);
                return List.of();
            }
            List<JsonObject> result = new ArrayList<>();
            for (JsonValue element : array) {
                if (element instanceof JsonObject o) {
                    result.add(o);
                } else {
                    error(Location.of(CompetencyPlace.PROPERTY, field), CompetencyImportError.CASE_NOT_AN_ELEMENT,
                            shown(element.toString()), what);
                }
            }
            return result;
        }

        private LocalDate date(JsonObject o, String field, Location where) {
            String value = text(o, field);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                error(where, CompetencyImportError.CASE_DATE_INVALID, field, shown(value));
                return null;
            }
        }

        private String required(JsonObject o, String field, Location where) {
            String value = text(o, field);
            if (value == null || value.isBlank()) {
                error(where, CompetencyImportError.CASE_TEXT_MISSING, field);
            }
            return value;
        }

        /** Refuses a text longer than its column: the field and where it is are named, never a database error. */
        private void limited(String value, String field, int max, Location where) {
            if (value != null && value.length() > max) {
                error(where, CompetencyImportError.CASE_TOO_LONG, field, value.length(), max);
            }
        }

        /** An identifier as a location: an over-long one is cut (it is reported as too long on its own). */
        private static String shown(String id) {
            return id.length() > 40 ? id.substring(0, 40) + "…" : id;
        }

        /** A CASE identifier must fit its column; true when it does. */
        private boolean identifier(String id, Location where) {
            if (id != null && id.length() > FieldLimits.CASE_ID) {
                error(where, CompetencyImportError.CASE_ID_TOO_LONG, shown(id), id.length(), FieldLimits.CASE_ID);
                return false;
            }
            return true;
        }

        private static String text(JsonObject o, String field) {
            return o.get(field) instanceof JsonString s ? s.getString() : null;
        }

        private void error(Location where, CompetencyImportError code, Object... args) {
            errors.add(ImportError.of(where, code, args));
        }
    }
}
