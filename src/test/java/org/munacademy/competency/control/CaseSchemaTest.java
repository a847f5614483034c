package org.munacademy.competency.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.munacademy.competency.entity.Framework;

/**
 * Exports validated against the official 1EdTech CASE 1.1 JSON schema of the {@code getCFPackage} answer
 * ({@code src/test/resources/case/schema}, see its NOTICE), with formats (uri, date, date-time) asserted.
 */
class CaseSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        // read from the class path: the schema's relative $id resolves against where it was found
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:case/schema/case-v1p1-cfpackage-schema.json"), config);
    }

    private static Set<ValidationMessage> validate(String json) throws IOException {
        return SCHEMA.validate(JSON.readTree(json));
    }

    @Test
    void the_package_of_a_stored_framework_is_valid_against_the_case_1_1_schema() throws IOException {
        assertThat(validate(CaseJsonTest.write(CaseJsonTest.storedFramework()))).isEmpty();
    }

    @Test
    void the_package_of_a_framework_without_identifiers_and_of_an_imported_opensalt_file_are_valid_too()
            throws IOException {
        assertThat(validate(CaseJsonTest.write(CaseJsonTest.realisticFramework()))).isEmpty();
        Framework imported = CaseJson.read(CaseJsonTest.openSalt(),
                CaseJson.itemTypeMap(List.of("Domain=AREA", "Standard=GENERAL")));
        assertThat(validate(CaseJsonTest.write(imported))).isEmpty();
    }

    @Test
    void the_package_of_the_seeded_standard_is_valid_too() throws IOException {
        Assumptions.assumeTrue(Files.exists(CaseJsonTest.SEEDED), "the seeded standard is not there");
        Framework seeded;
        try (Reader in = Files.newBufferedReader(CaseJsonTest.SEEDED, StandardCharsets.UTF_8)) {
            seeded = FrameworkCsv.read(in, "MUN-COMP", "Модель компетенций", "seed", LocalDate.of(2025, 1, 1));
        }
        assertThat(validate(CaseJsonTest.write(seeded))).isEmpty();
    }

    @Test
    void the_schema_finds_what_the_specification_forbids_so_an_empty_result_means_something() throws IOException {
        String json = CaseJsonTest.write(CaseJsonTest.storedFramework());
        String upperCaseId = CaseJsonTest.editDocument(json,
                d -> d.add("identifier", "ABCDEFAB-1234-4321-8765-ABCDEFABCDEF"));
        String textSequence = CaseJsonTest.editElement(json, "CFAssociations", 0, a -> a.add("sequenceNumber", "1"));
        String packageLink = CaseJsonTest.editDocument(json, d -> d.add("CFPackageURI", "x"));

        assertThat(validate(upperCaseId)).isNotEmpty();
        assertThat(validate(textSequence)).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("sequenceNumber"));
        assertThat(validate(packageLink)).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("CFPackageURI"));
    }
}
