package org.munacademy.competency.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseProviderTest {

    private static final String BASE = CaseJsonTest.BASE;

    private static JsonObject pkg() {
        return CaseJsonTest.parse(CaseJsonTest.write(CaseJsonTest.storedFramework()));
    }

    @Test
    void every_uri_of_a_package_names_an_object_the_provider_finds_in_it() {
        JsonObject pkg = pkg();
        List<String> uris = new ArrayList<>();
        collectUris(pkg, uris);
        org.munacademy.competency.entity.Framework predecessors = CaseJsonTest.storedFramework();

        assertThat(uris).hasSizeGreaterThan(50);
        for (String uri : uris) {
            String[] parts = uri.substring(BASE.length() + 1).split("/");
            boolean predecessor = predecessors.competencies().stream()
                    .anyMatch(c -> parts[1].equals(c.replacesCaseId()));
            if (!predecessor) { // a predecessor lives in the previous version's package
                assertThat(CaseProvider.find(pkg, parts[0], parts[1], BASE)).as(uri).isPresent();
            }
        }
    }

    @Test
    void items_and_associations_carry_their_document_link_and_the_document_its_package_link() {
        JsonObject pkg = pkg();
        JsonObject doc = pkg.getJsonObject("CFDocument");
        String itemId = pkg.getJsonArray("CFItems").getJsonObject(1).getString("identifier");

        JsonObject item = CaseProvider.find(pkg, "CFItems", itemId, BASE).orElseThrow();
        JsonObject document = CaseProvider.find(pkg, "CFDocuments", doc.getString("identifier"), BASE).orElseThrow();

        assertThat(item.getJsonObject("CFDocumentURI").getString("uri")).isEqualTo(doc.getString("uri"));
        assertThat(document.getJsonObject("CFPackageURI").getString("uri"))
                .isEqualTo(BASE + "/CFPackages/" + doc.getString("identifier"));
        assertThat(CaseProvider.find(pkg, "CFPackages", doc.getString("identifier"), BASE)).contains(pkg);
    }

    @Test
    void an_items_associations_are_those_that_start_or_end_at_it() {
        JsonObject pkg = pkg();
        JsonObject area = pkg.getJsonArray("CFItems").getJsonObject(0);

        JsonObject answer = CaseProvider.find(pkg, "CFItemAssociations", area.getString("identifier"), BASE)
                .orElseThrow();

        // the area under the document, and its two competencies under it
        assertThat(answer.getJsonObject("CFItem").getString("identifier")).isEqualTo(area.getString("identifier"));
        assertThat(answer.getJsonArray("CFAssociations").getValuesAs(JsonObject.class))
                .hasSize(3).allSatisfy(a -> assertThat(a).containsKey("CFDocumentURI"));
    }

    @Test
    void definitions_of_item_types_and_concepts_are_answered_as_sets_of_one() {
        JsonObject pkg = pkg();

        JsonObject types = CaseProvider.find(pkg, "CFItemTypes", CaseJson.itemTypeId(CaseJson.AREA_TYPE), BASE)
                .orElseThrow();

        assertThat(types.getJsonArray("CFItemTypes")).singleElement()
                .satisfies(t -> assertThat(t.asJsonObject().getString("title")).isEqualTo("Competency Area"));
        assertThat(CaseProvider.find(pkg, "CFSubjects", CaseJson.itemTypeId(CaseJson.AREA_TYPE), BASE)).isEmpty();
    }

    @Test
    void an_unknown_identifier_is_not_found_and_answered_with_the_imsx_status_payload() {
        assertThat(CaseProvider.find(pkg(), "CFItems", "00000000-0000-4000-8000-000000000000", BASE)).isEmpty();
        assertThat(CaseProvider.find(pkg(), "CFUnknown", "x", BASE)).isEmpty();

        JsonObject status = CaseProvider.unknown("Unknown object");

        assertThat(status.getString("imsx_codeMajor")).isEqualTo("failure");
        assertThat(status.getString("imsx_severity")).isEqualTo("error");
        assertThat(status.getJsonObject("imsx_codeMinor").getJsonArray("imsx_codeMinorField").getJsonObject(0)
                .getString("imsx_codeMinorFieldValue")).isEqualTo("unknownobject");
    }

    private static void collectUris(JsonValue v, List<String> uris) {
        if (v instanceof JsonObject o) {
            o.forEach((k, value) -> {
                if (k.equals("uri") && value instanceof JsonString s) {
                    uris.add(s.getString());
                } else {
                    collectUris(value, uris);
                }
            });
        } else if (v instanceof JsonArray a) {
            a.forEach(e -> collectUris(e, uris));
        }
    }
}
