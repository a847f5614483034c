package org.munacademy.competency.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.munacademy.competency.entity.CompetencyImportError;
import org.munacademy.competency.entity.CompetencyKind;
import org.munacademy.competency.entity.CompetencyPlace;
import org.munacademy.competency.entity.Framework;
import org.munacademy.competency.entity.Framework.Area;
import org.munacademy.competency.entity.Framework.Competency;
import org.munacademy.shared.boundary.ErrorTexts;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.Location;
import org.munacademy.shared.entity.SharedError;

class CaseJsonTest {

    static final String BASE = "https://academy.example/ims/case/v1p1";
    static final Instant CHANGED = Instant.parse("2025-03-01T09:15:30.123456Z");
    static final Path SEEDED = Path.of("content/competency/mun-comp-v1.csv");

    /** A small but realistic standard: three levels, two areas, all kinds, indicators on several levels. */
    static Framework realisticFramework() {
        return FrameworkCsv.read(new StringReader("""
                record,code,parent,name,description,kind,level
                SCALE,1,,Базовый,Знает основы и действует по образцу,,
                SCALE,2,,Продвинутый,Действует самостоятельно в типовых ситуациях,,
                SCALE,3,,Экспертный,"Действует в нестандартных ситуациях, обучает других",,
                AREA,ЛЭ,,Личная эффективность,Как сотрудник организует свою работу,,
                COMPETENCY,ЛЭ.1,ЛЭ,Ориентация на результат,Достигает поставленных целей,GENERAL,
                INDICATOR,,ЛЭ.1,Ставит себе измеримые цели,,,1
                INDICATOR,,ЛЭ.1,Доводит начатое до конца,,,1
                INDICATOR,,ЛЭ.1,"Помогает коллегам ставить ""умные"" цели",,,3
                COMPETENCY,ЛЭ.2,ЛЭ,Работа с обращениями граждан,,PROFESSIONAL,
                INDICATOR,,ЛЭ.2,Отвечает на обращения в срок по 59-ФЗ,,,2
                AREA,УП,,Управление,,,
                COMPETENCY,УП.1,УП,Планирование,Составляет планы подразделения,MANAGERIAL,
                INDICATOR,,УП.1,Планирует работу на год,,,2
                COMPETENCY,УП.2,УП,Развитие подчинённых,,MANAGERIAL,
                """), "MUN-COMP", "Модель компетенций муниципальных служащих", "Методические рекомендации Минтруда",
                LocalDate.of(2025, 1, 1));
    }

    /** The same framework as stored: document, areas and competencies have CASE ids; two have predecessors. */
    static Framework storedFramework() {
        Framework f = realisticFramework();
        return new Framework(f.standardCode(), f.title(), f.sourceRef(), f.effectiveDate(), id("document"),
                f.levels(), f.areas().stream().map(a -> new Area(a.code(), a.name(), a.description(), id(a.code()),
                        a.competencies().stream().map(c -> new Competency(c.code(), c.name(), c.description(),
                                c.kind(), id(c.code()), c.code().startsWith("ЛЭ") ? id("v0/" + c.code()) : null,
                                c.indicators())).toList())).toList());
    }

    static String write(Framework f) {
        return CaseJson.write(f, 2, "Adopted", CHANGED, BASE);
    }

    @Test
    void a_stored_framework_comes_back_equal_with_its_case_identifiers_and_predecessors() {
        Framework stored = storedFramework();

        assertThat(CaseJson.read(write(stored))).isEqualTo(stored);
    }

    @Test
    void a_framework_without_identifiers_comes_back_with_the_same_content_and_the_derived_identifiers() {
        Framework fresh = realisticFramework();

        Framework back = CaseJson.read(write(fresh));

        assertThat(back.content()).isEqualTo(fresh.content());
        assertThat(back.caseId()).isEqualTo(CaseJson.nameId("MUN-COMP/document"));
        assertThat(back.competency("УП.1").caseId()).isEqualTo(CaseJson.nameId("MUN-COMP/competency/УП.1"));
        assertThat(back.areas().get(0).caseId()).isEqualTo(CaseJson.nameId("MUN-COMP/area/ЛЭ"));
    }

    @Test
    void the_seeded_standard_survives_a_round_trip() throws IOException {
        Assumptions.assumeTrue(Files.exists(SEEDED), "content/competency/mun-comp-v1.csv is not there yet");
        Framework seeded;
        try (Reader in = Files.newBufferedReader(SEEDED, StandardCharsets.UTF_8)) {
            seeded = FrameworkCsv.read(in, "MUN-COMP", "Модель компетенций", "seed", LocalDate.of(2025, 1, 1));
        }

        assertThat(CaseJson.read(write(seeded)).content()).isEqualTo(seeded.content());
    }

    @Test
    void a_predecessor_becomes_a_replaced_by_association_from_the_old_item_to_the_new_one() {
        Framework stored = storedFramework();
        Competency successor = stored.competency("ЛЭ.1");

        JsonObject replacedBy = associations(write(stored)).stream()
                .filter(a -> a.getString("associationType").equals("replacedBy")
                        && a.getJsonObject("destinationNodeURI").getString("identifier").equals(successor.caseId()))
                .findFirst().orElseThrow();

        assertThat(replacedBy.getJsonObject("originNodeURI")).isEqualTo(Json.createObjectBuilder()
                .add("title", "ЛЭ.1")
                .add("identifier", successor.replacesCaseId())
                .add("uri", BASE + "/CFItems/" + successor.replacesCaseId())
                .build());
        assertThat(replacedBy).doesNotContainKey("sequenceNumber");
        assertThat(CaseJson.read(write(stored)).competency("ЛЭ.1").replacesCaseId())
                .isEqualTo(successor.replacesCaseId());
    }

    @Test
    void the_writer_is_deterministic() {
        assertThat(write(realisticFramework())).isEqualTo(write(realisticFramework()));
        assertThat(write(storedFramework())).isEqualTo(write(storedFramework()));
    }

    @Test
    void the_document_carries_the_version_metadata_and_a_change_time_in_whole_seconds() {
        JsonObject doc = parse(write(storedFramework())).getJsonObject("CFDocument");

        assertThat(doc.getString("identifier")).isEqualTo(id("document"));
        assertThat(doc.getString("uri")).isEqualTo(BASE + "/CFDocuments/" + id("document"));
        assertThat(doc.getString("creator")).isEqualTo("Municipal Academy");
        assertThat(doc.getString("title")).isEqualTo("Модель компетенций муниципальных служащих");
        assertThat(doc.getString("lastChangeDateTime")).isEqualTo("2025-03-01T09:15:30Z");
        assertThat(doc.getString("version")).isEqualTo("2");
        assertThat(doc.getString("adoptionStatus")).isEqualTo("Adopted");
        assertThat(doc.getString("statusStartDate")).isEqualTo("2025-01-01");
        assertThat(doc.getString("description")).isEqualTo("Методические рекомендации Минтруда");
        assertThat(doc.getString("notes")).isEqualTo("MUN-COMP");
        assertThat(doc.getString("language")).isEqualTo("ru");
    }

    @Test
    void a_base_uri_with_a_trailing_slash_gives_the_same_uris() {
        assertThat(CaseJson.write(storedFramework(), 2, "Adopted", CHANGED, BASE + "/")).isEqualTo(
                write(storedFramework()));
    }

    @Test
    void areas_and_competencies_are_items_placed_by_is_child_of_with_their_position() {
        String json = write(storedFramework());
        JsonObject competency = items(json).stream()
                .filter(i -> i.getString("humanCodingScheme").equals("УП.2")).findFirst().orElseThrow();
        JsonObject placement = associations(json).stream()
                .filter(a -> a.getJsonObject("originNodeURI").getString("identifier").equals(id("УП.2")))
                .findFirst().orElseThrow();

        assertThat(competency.getString("CFItemType")).isEqualTo("Competency");
        assertThat(competency.getString("fullStatement")).isEqualTo("Развитие подчинённых");
        assertThat(competency.getJsonArray("conceptKeywords")).containsExactly(Json.createValue("MANAGERIAL"));
        assertThat(competency.getString("listEnumeration")).isEqualTo("2");
        assertThat(competency).doesNotContainKey("notes");
        assertThat(placement.getString("associationType")).isEqualTo("isChildOf");
        assertThat(placement.getJsonObject("destinationNodeURI").getString("identifier")).isEqualTo(id("УП"));
        assertThat(placement.getInt("sequenceNumber")).isEqualTo(2);
    }

    @Test
    void the_scale_and_the_indicators_are_the_criterion_levels_of_one_rubric() {
        JsonObject rubric = parse(write(storedFramework())).getJsonArray("CFRubrics").getJsonObject(0);
        JsonObject criterion = rubric.getJsonArray("CFRubricCriteria").getJsonObject(0);
        JsonObject first = criterion.getJsonArray("CFRubricCriterionLevels").getJsonObject(0);

        assertThat(rubric.getString("title")).isEqualTo("Шкала уровней владения");
        assertThat(rubric.getJsonArray("CFRubricCriteria")).hasSize(4);
        assertThat(criterion.getJsonObject("CFItemURI").getString("identifier")).isEqualTo(id("ЛЭ.1"));
        assertThat(criterion.getString("rubricId")).isEqualTo(rubric.getString("identifier"));
        assertThat(criterion.getJsonArray("CFRubricCriterionLevels")).hasSize(3);
        assertThat(first.getString("quality")).isEqualTo("Базовый");
        assertThat(first.getInt("score")).isEqualTo(1);
        assertThat(first.getInt("position")).isEqualTo(1);
        assertThat(first.getString("description")).isEqualTo("Знает основы и действует по образцу");
        assertThat(first.getString("feedback")).isEqualTo("Ставит себе измеримые цели\nДоводит начатое до конца");
        assertThat(first.getString("rubricCriterionId")).isEqualTo(criterion.getString("identifier"));
    }

    @Test
    void the_package_has_no_links_the_case_1_1_package_binding_forbids() {
        String json = write(storedFramework());

        assertThat(parse(json).getJsonObject("CFDocument")).doesNotContainKey("CFPackageURI");
        assertThat(items(json)).allSatisfy(i -> assertThat(i).doesNotContainKey("CFDocumentURI"));
        assertThat(associations(json)).allSatisfy(a -> assertThat(a).doesNotContainKey("CFDocumentURI"));
    }

    @Test
    void the_order_comes_from_the_sequence_numbers_not_from_the_order_of_the_items() {
        String json = write(storedFramework());
        List<JsonValue> reversed = new ArrayList<>(parse(json).getJsonArray("CFItems"));
        Collections.reverse(reversed);

        String shuffled = Json.createObjectBuilder(parse(json))
                .add("CFItems", Json.createArrayBuilder(reversed)).build().toString();

        assertThat(CaseJson.read(shuffled)).isEqualTo(storedFramework());
    }

    @Test
    void associations_of_other_types_are_ignored() {
        String json = write(storedFramework());
        JsonObject related = Json.createObjectBuilder(associations(json).get(0))
                .add("identifier", UUID.randomUUID().toString())
                .add("associationType", "isRelatedTo").build();

        String more = Json.createObjectBuilder(parse(json))
                .add("CFAssociations", Json.createArrayBuilder(associations(json)).add(related)).build().toString();

        assertThat(CaseJson.read(more)).isEqualTo(storedFramework());
    }

    @Test
    void text_that_is_not_json_is_refused_with_one_json_error() {
        List<ImportError> errors = errors("{\"CFDocument\": ");

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).location()).isEqualTo(JSON);
        assertThat(errors.get(0).code()).isEqualTo(SharedError.JSON_SYNTAX_AT);
    }

    @Test
    void json_that_is_not_an_object_is_refused() {
        assertThat(errors("[1, 2]")).containsExactly(
                at(JSON, CompetencyImportError.CASE_NOT_AN_OBJECT, "ARRAY"));
    }

    @Test
    void a_package_without_a_document_is_refused() {
        assertThat(errors("{\"CFItems\": []}")).containsExactly(
                at(DOCUMENT, CompetencyImportError.CASE_DOCUMENT_MISSING));
    }

    @Test
    void a_document_without_its_standard_code_or_with_a_bad_date_is_refused() {
        String json = editDocument(write(storedFramework()),
                d -> d.remove("notes").add("statusStartDate", "01.01.2025"));

        assertThat(errors(json)).containsExactly(
                at(DOCUMENT, CompetencyImportError.CASE_TEXT_MISSING, "notes"),
                at(DOCUMENT, CompetencyImportError.CASE_DATE_INVALID, "statusStartDate", "01.01.2025"));
    }

    @Test
    void every_problem_of_a_package_is_reported_at_once() {
        String json = write(storedFramework());
        json = editElement(json, "CFItems", 0, i -> i.remove("fullStatement"));
        json = editElement(json, "CFItems", 1, i -> i.add("CFItemType", "Chapter"));
        json = editElement(json, "CFAssociations", 2, a -> a.add("destinationNodeURI", Json.createObjectBuilder()
                .add("title", "?").add("identifier", "no-such-node").add("uri", BASE + "/CFItems/no-such-node")));

        assertThat(errors(json)).containsExactly(
                at(item(id("ЛЭ")), CompetencyImportError.CASE_TEXT_MISSING, "fullStatement"),
                at(item(id("ЛЭ.1")), CompetencyImportError.CASE_ITEM_TYPE_UNKNOWN, "Chapter", "Competency Area",
                        "Competency"),
                at(Location.of(CompetencyPlace.CF_ASSOCIATION,
                        associations(write(storedFramework())).get(2).getString("identifier")),
                        CompetencyImportError.CASE_PARENT_UNKNOWN, "no-such-node"),
                at(item(id("ЛЭ.2")), CompetencyImportError.CASE_ITEM_UNPLACED));
    }

    @Test
    void a_competency_placed_directly_under_the_document_is_refused() {
        String json = write(storedFramework());
        JsonObject document = associations(json).get(0).getJsonObject("destinationNodeURI");

        String wrong = editElement(json, "CFAssociations", 1, a -> a.add("destinationNodeURI", document));

        assertThat(errors(wrong)).contains(at(
                Location.of(CompetencyPlace.CF_ASSOCIATION, associations(json).get(1).getString("identifier")),
                CompetencyImportError.CASE_COMPETENCY_PARENT));
    }

    @Test
    void a_competency_item_without_a_kind_is_refused() {
        String json = editElement(write(storedFramework()), "CFItems", 1, i -> i.remove("conceptKeywords"));

        assertThat(errors(json)).containsExactly(at(item(id("ЛЭ.1")), CompetencyImportError.CASE_KIND_MISSING,
                "GENERAL, MANAGERIAL, PROFESSIONAL"));
    }

    @Test
    void criteria_that_disagree_on_the_scale_are_refused() {
        String json = write(storedFramework());
        JsonObject rubric = parse(json).getJsonArray("CFRubrics").getJsonObject(0);
        JsonArray criteria = rubric.getJsonArray("CFRubricCriteria");
        JsonObject second = criteria.getJsonObject(1);
        JsonArray levels = second.getJsonArray("CFRubricCriterionLevels");
        JsonObject renamed = Json.createObjectBuilder(levels.getJsonObject(2)).add("quality", "Мастер").build();
        JsonObject changed = Json.createObjectBuilder(second)
                .add("CFRubricCriterionLevels", Json.createArrayBuilder(levels).set(2, renamed)).build();
        JsonObject newRubric = Json.createObjectBuilder(rubric)
                .add("CFRubricCriteria", Json.createArrayBuilder(criteria).set(1, changed)).build();

        String wrong = Json.createObjectBuilder(parse(json))
                .add("CFRubrics", Json.createArrayBuilder().add(newRubric)).build().toString();

        Location first = Location.of(CompetencyPlace.CF_RUBRIC_CRITERION,
                criteria.getJsonObject(0).getString("identifier"));
        List<ImportError> errors = errors(wrong);
        assertThat(errors).containsExactly(at(Location.of(CompetencyPlace.CF_RUBRIC_CRITERION,
                second.getString("identifier")), CompetencyImportError.CASE_SCALE_DIFFERS, first));
        assertThat(errors.get(0).text(ErrorTexts.in(ErrorTexts.RUSSIAN)))
                .as("the place another text names is in the same language")
                .isEqualTo("Его уровни отличаются от уровней CFRubricCriterion "
                        + criteria.getJsonObject(0).getString("identifier")
                        + "; у всех критериев должна быть одна шкала");
    }

    @Test
    void a_package_nested_ten_thousand_levels_deep_is_refused_as_json_not_with_a_stack_overflow() {
        String deep = "{\"CFDocument\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        assertThat(errors(deep)).singleElement().satisfies(e -> {
            assertThat(e.location()).isEqualTo(JSON);
            assertThat(e.code()).isEqualTo(SharedError.JSON_TOO_DEEP);
            assertThat(e.text(ErrorTexts.IN_ENGLISH)).isEqualTo("The JSON document nests deeper than "
                    + CaseJson.MAX_DEPTH + " levels");
        });
    }

    @Test
    void a_package_that_starts_with_a_utf8_byte_order_mark_is_read() {
        Framework stored = storedFramework();

        assertThat(CaseJson.read("\uFEFF" + write(stored))).isEqualTo(stored);
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(errors("")).containsExactly(at(JSON, CompetencyImportError.CASE_EMPTY));
    }

    @Test
    void over_long_codes_statements_notes_and_identifiers_are_refused_naming_the_item_and_the_field() {
        String json = write(storedFramework());
        String longId = "urn:x-municipal-academy:competency:" + "9".repeat(15); // 50 characters, not a UUID
        String competency = items(json).get(1).getString("identifier");
        json = editElement(json, "CFItems", 1, i -> i.add("humanCodingScheme", "К".repeat(56))
                .add("fullStatement", "с".repeat(600)).add("notes", "о".repeat(2_500)));
        json = editElement(json, "CFItems", 2, i -> i.add("identifier", longId));
        json = editDocument(json, d -> d.add("notes", "S".repeat(60)));

        assertThat(errors(json)).contains(
                at(DOCUMENT, CompetencyImportError.CASE_TOO_LONG, "notes", 60, 40),
                at(item(competency), CompetencyImportError.CASE_TOO_LONG, "humanCodingScheme", 56, 40),
                at(item(competency), CompetencyImportError.CASE_TOO_LONG, "fullStatement", 600, 500),
                at(item(competency), CompetencyImportError.CASE_TOO_LONG, "notes", 2500, 2000),
                at(item(longId.substring(0, 40) + "…"), CompetencyImportError.CASE_ID_TOO_LONG,
                        longId.substring(0, 40) + "…", 50, 36));
    }

    @Test
    void a_non_uuid_identifier_that_fits_its_column_is_kept() {
        String json = write(storedFramework());
        json = editElement(json, "CFItems", 0, i -> i.add("identifier", "area-LE"));
        json = json.replace(items(write(storedFramework())).get(0).getString("identifier"), "area-LE");

        assertThat(CaseJson.read(json).areas().get(0).caseId()).isEqualTo("area-LE");
    }

    @Test
    void a_scale_level_name_or_an_indicator_longer_than_its_column_is_refused() {
        Framework f = storedFramework();
        Framework longer = new Framework(f.standardCode(), f.title(), f.sourceRef(), f.effectiveDate(), f.caseId(),
                List.of(new Framework.Level(1, "у".repeat(101), "Знает основы", null), f.levels().get(1),
                        f.levels().get(2)),
                List.of(new Area("ЛЭ", "Личная эффективность", null, id("ЛЭ"), List.of(new Competency("ЛЭ.1",
                        "Ориентация на результат", null, f.competency("ЛЭ.1").kind(), id("ЛЭ.1"), null,
                        List.of(new Framework.Indicator(2, "и".repeat(1_001))))))));

        assertThat(errors(write(longer))).extracting(ImportError::code, ImportError::args).contains(
                org.assertj.core.groups.Tuple.tuple(CompetencyImportError.CASE_TOO_LONG, List.of("quality", 101, 100)),
                org.assertj.core.groups.Tuple.tuple(CompetencyImportError.CASE_INDICATOR_TOO_LONG,
                        List.of(1001, 1000)));
    }

    static final Path OPENSALT = Path.of("src/test/resources/case/opensalt-style-framework.json");

    static String openSalt() throws IOException {
        return Files.readString(OPENSALT, StandardCharsets.UTF_8);
    }

    @Test
    void an_opensalt_file_with_text_sequence_numbers_other_item_types_and_no_codes_imports_through_a_mapping()
            throws IOException {
        Framework f = CaseJson.read(openSalt(), CaseJson.itemTypeMap(List.of("Domain=AREA", "Standard=professional")));

        assertThat(f.standardCode()).isEqualTo("OPENSALT-DIGITAL");
        assertThat(f.areas()).singleElement().satisfies(a -> {
            assertThat(a.code()).as("generated: the first area").isEqualTo("1");
            assertThat(a.name()).isEqualTo("Работа с данными");
            // the order is the text sequence numbers' ("1", "2", "3"), not the items' order in the file
            assertThat(a.competencies()).extracting(Competency::code, Competency::kind).containsExactly(
                    tuple("ЦК.1", CompetencyKind.PROFESSIONAL), tuple("1.2", CompetencyKind.PROFESSIONAL),
                    tuple("1.3", CompetencyKind.MANAGERIAL));
        });
        assertThat(f.levels()).extracting(Framework.Level::name).containsExactly("Базовый", "Продвинутый");
        assertThat(f.competency("ЦК.1").indicatorsAt(1)).containsExactly("Находит данные на официальных порталах");
    }

    @Test
    void without_a_mapping_each_item_of_another_type_is_refused_naming_its_type() throws IOException {
        List<ImportError> errors = catchThrowableOfType(ImportRejectedException.class,
                () -> CaseJson.read(openSalt())).errors();

        assertThat(errors).extracting(ImportError::code).containsOnly(CompetencyImportError.CASE_ITEM_TYPE_UNKNOWN);
        assertThat(errors).extracting(e -> e.args().get(0)).containsExactly("Domain", "Standard", "Standard");
    }

    @Test
    void the_association_identifiers_of_an_imported_file_are_written_back_by_the_export() throws IOException {
        Framework f = CaseJson.read(openSalt(), CaseJson.itemTypeMap(List.of("Domain=AREA", "Standard=GENERAL")));

        List<String> written = associations(write(f)).stream().map(a -> a.getString("identifier")).toList();

        assertThat(written).containsExactlyInAnyOrder("a0df8163-c27e-4fb0-8152-6d7e8f90a1b2",
                "b1e09274-d38f-4ac1-9263-7e8f90a1b2c3", "c2f1a385-e490-4bd2-a374-8f90a1b2c3d4",
                "d302b496-f5a1-4ce3-b485-90a1b2c3d4e5");
        assertThat(CaseJson.read(write(f))).as("and read again they are the same").isEqualTo(f);
    }

    @Test
    void a_replaced_by_association_keeps_its_identifier_and_a_derived_one_is_not_kept() {
        String json = write(storedFramework());
        int index = associations(json).stream().map(a -> a.getString("associationType")).toList()
                .indexOf("replacedBy");
        String own = "3f1e2d3c-4b5a-4968-8776-655443322110";

        Framework back = CaseJson.read(editElement(json, "CFAssociations", index, a -> a.add("identifier", own)));

        assertThat(back.competencies()).extracting(Competency::replacedByCaseId).containsOnlyOnce(own);
        assertThat(CaseJson.read(json).competencies())
                .extracting(Competency::replacedByCaseId, Competency::childOfCaseId)
                .as("derived identifiers are derived again, not stored").containsOnly(tuple(null, null));
    }

    @Test
    void a_sequence_number_that_is_text_but_no_whole_number_is_refused() {
        String json = write(storedFramework());

        List<ImportError> errors = errors(editElement(json, "CFAssociations", 0,
                a -> a.add("sequenceNumber", "first")));

        assertThat(errors).extracting(ImportError::code).containsExactly(CompetencyImportError.CASE_SEQUENCE_NOT_WHOLE);
    }

    @Test
    void a_generated_code_never_repeats_a_code_the_file_gives_another_item() throws IOException {
        // the file names a competency "1.2": the one without a code in that place gets "1.2-2"
        String json = openSalt().replace("\"humanCodingScheme\": \"ЦК.1\"", "\"humanCodingScheme\": \"1.2\"");

        Framework f = CaseJson.read(json, CaseJson.itemTypeMap(List.of("Domain=AREA", "Standard=GENERAL")));

        assertThat(f.competencies()).extracting(Competency::code).containsExactly("1.2", "1.2-2", "1.3");
    }

    @Test
    void an_item_type_mapping_that_is_not_type_equals_kind_is_refused_naming_the_entry() {
        for (String entry : List.of("Domain", "=AREA", "Domain=LEVEL")) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> CaseJson.itemTypeMap(List.of(entry)));
            assertThat(e).as(entry).isNotNull();
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("itemTypeMap");
                assertThat(v.args()[0]).isEqualTo(entry);
            });
        }
        assertThat(CaseJson.itemTypeMap(List.of("Learning Objective=managerial", "A=B=area")))
                .containsEntry("Learning Objective", "MANAGERIAL").containsEntry("A=B", "AREA");
    }

    static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    static List<JsonObject> items(String json) {
        return parse(json).getJsonArray("CFItems").getValuesAs(JsonObject.class);
    }

    static List<JsonObject> associations(String json) {
        return parse(json).getJsonArray("CFAssociations").getValuesAs(JsonObject.class);
    }

    /** The package with one element of a top-level array changed. */
    static String editElement(String json, String array, int index, UnaryOperator<JsonObjectBuilder> change) {
        JsonObject root = parse(json);
        JsonArray list = root.getJsonArray(array);
        JsonArrayBuilder edited = Json.createArrayBuilder(list)
                .set(index, change.apply(Json.createObjectBuilder(list.getJsonObject(index))).build());
        return Json.createObjectBuilder(root).add(array, edited).build().toString();
    }

    /** The package with its CFDocument changed. */
    static String editDocument(String json, UnaryOperator<JsonObjectBuilder> change) {
        JsonObject root = parse(json);
        return Json.createObjectBuilder(root)
                .add("CFDocument", change.apply(Json.createObjectBuilder(root.getJsonObject("CFDocument"))))
                .build().toString();
    }

    private static final Location JSON = Location.of(CompetencyPlace.JSON);
    private static final Location DOCUMENT = Location.of(CompetencyPlace.CF_DOCUMENT);

    private static Location item(String id) {
        return Location.of(CompetencyPlace.CF_ITEM, id);
    }

    private static ImportError at(Location where, CompetencyImportError code, Object... args) {
        return ImportError.of(where, code, args);
    }

    private static List<ImportError> errors(String json) {
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class, () -> CaseJson.read(json));
        assertThat(e).as("the package is refused").isNotNull();
        return e.errors();
    }

    private static String id(String name) {
        return UUID.nameUUIDFromBytes(("test/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
