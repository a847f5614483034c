package org.munacademy.competency.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.munacademy.competency.control.CaseJsonTest.SEEDED;
import static org.munacademy.competency.control.CaseJsonTest.editDocument;
import static org.munacademy.competency.control.CaseJsonTest.editElement;
import static org.munacademy.competency.control.CaseJsonTest.write;

import jakarta.json.Json;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.munacademy.competency.entity.Framework;

/** The written packages against the CASE 1.1 shape, and the shape check against packages that break it. */
class CaseShapeTest {

    @Test
    void the_package_of_a_stored_framework_fits_the_case_1_1_shape() {
        assertThat(CaseShapeCheck.problems(write(CaseJsonTest.storedFramework()))).isEmpty();
    }

    @Test
    void the_package_of_a_new_framework_without_identifiers_dates_or_descriptions_fits_too() {
        Framework bare = FrameworkCsv.read(new StringReader("""
                record,code,parent,name,description,kind,level
                SCALE,1,,Базовый,,,
                AREA,A,,Область,,,
                COMPETENCY,A1,A,Компетенция,,GENERAL,
                """), "S", "Стандарт", null, null);

        assertThat(CaseShapeCheck.problems(CaseJson.write(bare, 1, "Draft", CaseJsonTest.CHANGED, "urn:x:case")))
                .isEmpty();
    }

    @Test
    void the_package_of_the_seeded_standard_fits_too() throws IOException {
        Assumptions.assumeTrue(Files.exists(SEEDED), "content/competency/mun-comp-v1.csv is not there yet");
        try (Reader in = Files.newBufferedReader(SEEDED, StandardCharsets.UTF_8)) {
            Framework seeded = FrameworkCsv.read(in, "MUN-COMP", "Модель компетенций", null, LocalDate.of(2025, 1, 1));

            assertThat(CaseShapeCheck.problems(write(seeded))).isEmpty();
        }
    }

    @Test
    void the_check_finds_a_missing_identifier() {
        String json = editDocument(write(CaseJsonTest.storedFramework()), d -> d.remove("identifier"));

        assertThat(CaseShapeCheck.problems(json))
                .containsExactly("$.CFDocument: CFDocument misses the required property identifier");
    }

    @Test
    void the_check_finds_an_identifier_that_is_no_uuid() {
        String json = editElement(write(CaseJsonTest.storedFramework()), "CFItems", 0,
                i -> i.add("identifier", "ЛЭ"));

        assertThat(CaseShapeCheck.problems(json))
                .containsExactly("$.CFItems[0].identifier: expected a UUID, found \"ЛЭ\"");
    }

    @Test
    void the_check_finds_an_upper_case_uuid_because_the_binding_asks_for_lower_case() {
        String json = editElement(write(CaseJsonTest.storedFramework()), "CFItems", 0,
                i -> i.add("identifier", "6BA7B810-9DAD-31D1-80B4-00C04FD430C8"));

        assertThat(CaseShapeCheck.problems(json)).hasSize(1);
    }

    @Test
    void the_check_finds_an_unknown_association_type_and_accepts_an_extension_type() {
        String json = write(CaseJsonTest.storedFramework());
        String unknown = editElement(json, "CFAssociations", 0, a -> a.add("associationType", "isCousinOf"));
        String extension = editElement(json, "CFAssociations", 0, a -> a.add("associationType", "ext:hasPrerequisite"));

        assertThat(CaseShapeCheck.problems(unknown)).containsExactly(
                "$.CFAssociations[0].associationType: expected a CASE 1.1 association type, found \"isCousinOf\"");
        assertThat(CaseShapeCheck.problems(extension)).isEmpty();
    }

    @Test
    void the_check_finds_a_change_time_with_no_offset_and_a_start_date_with_a_time() {
        String json = editDocument(write(CaseJsonTest.storedFramework()),
                d -> d.add("lastChangeDateTime", "2025-03-01 09:15").add("statusStartDate", "2025-01-01T00:00:00Z"));

        assertThat(CaseShapeCheck.problems(json)).containsExactlyInAnyOrder(
                "$.CFDocument.lastChangeDateTime: expected an RFC 3339 date-time, found \"2025-03-01 09:15\"",
                "$.CFDocument.statusStartDate: expected a date (yyyy-MM-dd), found \"2025-01-01T00:00:00Z\"");
    }

    @Test
    void the_check_finds_an_unknown_adoption_status() {
        String json = editDocument(write(CaseJsonTest.storedFramework()), d -> d.add("adoptionStatus", "Published"));

        assertThat(CaseShapeCheck.problems(json)).hasSize(1);
    }

    @Test
    void the_check_finds_a_score_or_position_that_is_not_a_number() {
        String json = write(CaseJsonTest.storedFramework()).replaceFirst("\"score\": ?1", "\"score\": \"1\"")
                .replaceFirst("\"position\": ?2", "\"position\": 2.5");

        assertThat(CaseShapeCheck.problems(json)).containsExactly(
                "$.CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[0].score: expected a number, found \"1\"",
                "$.CFRubrics[0].CFRubricCriteria[0].CFRubricCriterionLevels[1].position: "
                        + "expected an integer, found 2.5");
    }

    @Test
    void the_check_finds_a_property_the_binding_does_not_allow() {
        String json = editDocument(write(CaseJsonTest.storedFramework()), d -> d.add("CFPackageURI",
                Json.createObjectBuilder().add("title", "t").add("identifier", "x").add("uri", "urn:x")));

        assertThat(CaseShapeCheck.problems(json))
                .containsExactly("$.CFDocument.CFPackageURI: CFDocument has no property CFPackageURI");
    }

    @Test
    void the_check_finds_a_link_without_title_and_a_relative_uri() {
        String json = editElement(write(CaseJsonTest.storedFramework()), "CFAssociations", 0,
                a -> a.add("originNodeURI", Json.createObjectBuilder().add("identifier", "x").add("uri", "CFItems/x")));

        assertThat(CaseShapeCheck.problems(json)).isEqualTo(List.of(
                "$.CFAssociations[0].originNodeURI: LinkGenURI misses the required property title",
                "$.CFAssociations[0].originNodeURI.uri: expected an absolute URI, found \"CFItems/x\""));
    }
}
