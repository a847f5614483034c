package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The competency boundary over REST with the seeded national standard: catalogue, gaps and heat-map in scope,
 * all-or-nothing CSV import, CASE export and re-import, and the version life cycle (draft → change →
 * publish → the old version retired but readable, the comparison showing exactly the change). The methods build
 * on each other, so they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompetencyIT extends OnPayaraMicro {

    private JsonObject published() {
        return Api.as(base, "employee").get("api/v1/competency/standards").array().getValuesAs(JsonObject.class)
                .stream().filter(v -> v.getString("standardCode").equals("MUN-COMP")).findFirst().orElseThrow();
    }

    private static List<JsonObject> competencies(JsonObject framework) {
        return framework.getJsonArray("areas").getValuesAs(JsonObject.class).stream()
                .flatMap(a -> a.getJsonArray("competencies").getValuesAs(JsonObject.class).stream()).toList();
    }

    @Test
    @Order(1)
    void the_seeded_standard_is_published_with_areas_competencies_a_four_level_scale_and_indicators() {
        JsonObject v1 = published();
        assertThat(v1.getString("status")).isEqualTo("PUBLISHED");
        assertThat(v1.getInt("number")).isEqualTo(1);
        JsonObject framework = Api.as(base, "juror").get("api/v1/competency/versions/" + v1.getInt("id")).json();
        assertThat(framework.getJsonArray("levels")).hasSize(4);
        assertThat(framework.getJsonArray("areas").size()).isGreaterThanOrEqualTo(8);
        List<JsonObject> competencies = competencies(framework);
        assertThat(competencies.size()).isGreaterThanOrEqualTo(30);
        for (JsonObject c : competencies) {
            List<Integer> levels = c.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                    .map(i -> i.getInt("level")).distinct().sorted().toList();
            assertThat(levels).as(c.getString("code")).containsExactly(1, 2, 3, 4);
        }
        List<JsonObject> profile = Api.as(base, "employee").get("api/v1/competency/versions/" + v1.getInt("id")
                + "/profiles").array().getValuesAs(JsonObject.class);
        assertThat(profile.stream().map(p -> p.getString("positionGroupCode")).collect(Collectors.toSet()))
                .contains("HIGHEST", "CHIEF", "LEADING", "SENIOR", "JUNIOR", "HEAD_OF_MUNICIPALITY", "DEPUTY");
    }

    @Test
    @Order(2)
    void the_demo_employee_sees_gaps_against_the_profile_of_their_position_group() {
        JsonObject report = Api.as(base, "employee").get("api/v1/competency/me/gaps").json();
        assertThat(report.getString("positionGroupCode")).isEqualTo("LEADING");
        List<JsonObject> gaps = report.getJsonArray("gaps").getValuesAs(JsonObject.class);
        assertThat(gaps).hasSizeGreaterThanOrEqualTo(10);
        assertThat(gaps.stream().map(g -> g.getString("status")).collect(Collectors.toSet()))
                .contains("BELOW_MIN", "MEETS", "UNKNOWN");
        assertThat(report.getJsonNumber("fit").doubleValue()).isBetween(0.05, 0.95);
    }

    @Test
    @Order(3)
    void the_heat_map_shows_the_people_of_the_officers_scope_only() {
        List<JsonObject> vologda = Api.as(base, "hr").get("api/v1/competency/heatmap").json()
                .getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(vologda).isNotEmpty().extracting(r -> r.getString("municipality"))
                .containsOnly("городской округ город Вологда");
        List<JsonObject> tver = Api.as(base, "hr.tver").get("api/v1/competency/heatmap?mode=municipalities").json()
                .getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(tver).extracting(r -> r.getString("label")).containsOnly("городской округ город Тверь");
        JsonObject cells = tver.get(0).getJsonObject("cells");
        assertThat(cells).isNotEmpty();
    }

    @Test
    @Order(3)
    void the_heat_map_downloads_as_xlsx_with_the_scope_only() throws Exception {
        Api.Reply r = Api.as(base, "hr").send("GET", "api/v1/competency/heatmap.xlsx", null, "*/*");
        assertThat(r.status()).isEqualTo(200);
        byte[] bytes = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        base.resolve("api/v1/competency/heatmap.xlsx"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                "hr:demo12345".getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Сотрудник");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(20);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                assertThat(sheet.getRow(i).getCell(1).getStringCellValue()).isEqualTo("городской округ город Вологда");
            }
        }
    }

    @Test
    @Order(4)
    void a_csv_with_three_faulty_rows_is_refused_naming_the_three_lines_and_nothing_is_stored() {
        String csv = """
                record,code,parent,name,description,kind,level
                SCALE,1,,Базовый,Знает основы,,
                SCALE,2,,Уверенный,Применяет самостоятельно,,
                AREA,TST,,Тестовая область,,,
                COMPETENCY,TST-01,TST,Компетенция,,SUPERHUMAN,
                INDICATOR,,TST-01,Делает что-то,,,1
                COMPETENCY,TST-02,TST,Другая компетенция,,PROFESSIONAL,
                INDICATOR,,TST-02,Знает порядок,,,2
                INDICATOR,,NOPE-99,Индикатор без компетенции,,,1
                INDICATOR,,TST-02,Ещё индикатор,,,1
                INDICATOR,,TST-02,Уровень вне шкалы,,,2
                INDICATOR,,TST-02,Совсем вне шкалы,,,7
                """;
        Api.Reply r = Api.as(base, "methodologist")
                .send("POST", "api/v1/competency/import?format=csv&standard=TEST-BAD&title=Test", csv);
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().getString("code")).isEqualTo("IMPORT_REJECTED");
        assertThat(r.body()).contains("line 5").contains("line 9").contains("line 12");
        assertThat(Api.as(base, "methodologist").get("api/v1/competency/standards/TEST-BAD/versions").array())
                .isEmpty();
    }

    @Test
    @Order(5)
    void the_case_export_imported_again_gives_the_same_framework() {
        int v1 = published().getInt("id");
        Api methodologist = Api.as(base, "methodologist");
        Api.Reply export = methodologist.get("api/v1/competency/versions/" + v1 + "/export?format=case");
        assertThat(export.status()).isEqualTo(200);
        JsonObject pkg = export.json();
        assertThat(pkg.getJsonObject("CFDocument").getString("title")).contains("стандарт");
        assertThat(pkg.getJsonArray("CFItems").size()).isGreaterThan(38);

        Api.Reply imported = methodologist.send("POST", "api/v1/competency/import?format=case", export.body());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        int v2 = imported.json().getInt("id");
        assertThat(imported.json().getString("status")).isEqualTo("DRAFT");
        assertThat(methodologist.get("api/v1/competency/versions/" + v1 + "/compare/" + v2).array())
                .as("no difference between the original and the re-imported framework").isEmpty();
        assertThat(competencies(methodologist.get("api/v1/competency/versions/" + v2).json()))
                .hasSameSizeAs(competencies(methodologist.get("api/v1/competency/versions/" + v1).json()));
    }

    @Test
    @Order(6)
    void a_changed_level_descriptor_published_retires_the_old_version_and_the_comparison_shows_exactly_that() {
        Api methodologist = Api.as(base, "methodologist");
        int v1 = published().getInt("id");
        JsonObject draftRow = methodologist.get("api/v1/competency/standards/MUN-COMP/versions").array()
                .getValuesAs(JsonObject.class).stream().filter(v -> v.getString("status").equals("DRAFT"))
                .findFirst().orElseThrow();
        int v2 = draftRow.getInt("id");
        JsonObject framework = methodologist.get("api/v1/competency/versions/" + v2).json();
        JsonArray levels = framework.getJsonArray("levels");
        String newDescriptor = "Самостоятельно решает типовые задачи и объясняет коллегам порядок действий";
        var changedLevels = Json.createArrayBuilder();
        for (JsonValue l : levels) {
            JsonObject level = l.asJsonObject();
            changedLevels.add(level.getInt("number") == 2
                    ? Json.createObjectBuilder(level).add("descriptor", newDescriptor) : Json.createObjectBuilder(level));
        }
        String body = Json.createObjectBuilder(framework).add("levels", changedLevels).build().toString();
        Api.Reply saved = methodologist.put("api/v1/competency/versions/" + v2 + "?version="
                + draftRow.getJsonNumber("version").longValue() + "&note=descriptor", body);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

        Api.Reply stale = methodologist.put("api/v1/competency/versions/" + v2 + "?version="
                + draftRow.getJsonNumber("version").longValue(), body);
        assertThat(stale.status()).as("a second save with the old version").isEqualTo(409);

        Api.Reply publish = methodologist.send("POST", "api/v1/competency/versions/" + v2 + "/publish?version="
                + saved.json().getJsonNumber("version").longValue(), null);
        assertThat(publish.status()).as(publish.toString()).isEqualTo(200);
        assertThat(publish.json().getString("status")).isEqualTo("PUBLISHED");

        Api employee = Api.as(base, "employee");
        JsonObject old = employee.get("api/v1/competency/standards/MUN-COMP/versions").array()
                .getValuesAs(JsonObject.class).stream().filter(v -> v.getInt("id") == v1).findFirst().orElseThrow();
        assertThat(old.getString("status")).isEqualTo("RETIRED");
        assertThat(employee.get("api/v1/competency/versions/" + v1).status()).as("retired stays readable")
                .isEqualTo(200);
        List<JsonObject> changes = employee.get("api/v1/competency/versions/" + v1 + "/compare/" + v2).array()
                .getValuesAs(JsonObject.class);
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).getString("kind")).isEqualTo("CHANGED");
        assertThat(changes.get(0).getString("element")).isEqualTo("level");
        assertThat(changes.get(0).getString("code")).isEqualTo("2");
        assertThat(changes.get(0).getString("after")).isEqualTo(newDescriptor);

        Api.Reply immutable = methodologist.put("api/v1/competency/versions/" + v2 + "?version="
                + publish.json().getJsonNumber("version").longValue(), body);
        assertThat(immutable.status()).isEqualTo(409);
        assertThat(immutable.json().getString("code")).isEqualTo("VERSION_IMMUTABLE");
    }

    @Test
    @Order(7)
    void evidence_recorded_by_hr_becomes_the_current_level_and_a_foreign_officer_cannot_add_any() {
        long smirnova = Api.personIdsByCode(base).get("PER-0001");
        String body = "{\"competencyCode\":\"PRJ-02\",\"level\":3,\"source\":\"MANAGER\",\"observedOn\":\""
                + java.time.LocalDate.now() + "\",\"reference\":\"Оценка руководителя\"}";
        assertThat(Api.as(base, "hr.tver").post("api/v1/competency/persons/" + smirnova + "/evidence", body)
                .status()).isEqualTo(403);
        Api.Reply recorded = Api.as(base, "hr").post("api/v1/competency/persons/" + smirnova + "/evidence", body);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        JsonObject level = Api.as(base, "hr").get("api/v1/competency/persons/" + smirnova + "/levels").json()
                .getJsonObject("PRJ-02");
        assertThat(level.getInt("level")).isEqualTo(3);
        assertThat(level.getString("state")).isEqualTo("CURRENT");
    }

    private static String evidence(String competency, int level, String source) {
        return "{\"competencyCode\":\"" + competency + "\",\"level\":" + level + ",\"source\":\"" + source
                + "\",\"observedOn\":\"" + java.time.LocalDate.now() + "\",\"reference\":\"IT\"}";
    }

    private long evidenceCount(long personId) {
        return Api.as(base, "admin").get("api/v1/competency/persons/" + personId + "/evidence").array().size();
    }

    /** JSON-B leaves null fields out. */
    private static boolean hasNoLevel(JsonObject current) {
        return !current.containsKey("level") || current.isNull("level");
    }

    private List<JsonObject> audit(String query) {
        return Api.as(base, "admin").get("api/v1/audit?limit=100&" + query).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    @Test
    @Order(8)
    void sources_only_the_system_writes_are_refused_through_the_api_naming_the_field_source() {
        long smirnova = Api.personIdsByCode(base).get("PER-0001");
        long before = evidenceCount(smirnova);
        for (String source : List.of("ASSESSMENT", "COURSE", "CONTEST_JURY")) {
            Api.Reply r = Api.as(base, "hr").post("api/v1/competency/persons/" + smirnova + "/evidence",
                    evidence("STR-02", 4, source));
            assertThat(r.status()).as(source + ": " + r).isEqualTo(400);
            assertThat(r.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("source");
            Api.Reply own = Api.as(base, "employee").post("api/v1/competency/persons/" + smirnova + "/evidence",
                    evidence("STR-02", 4, source));
            assertThat(own.status()).as("the employee about themselves, " + source).isEqualTo(403);
        }
        assertThat(Api.as(base, "hr").post("api/v1/competency/persons/" + smirnova + "/evidence",
                evidence("STR-02", 4, "SELF_ASSESSMENT")).status()).as("a self-assessment by somebody else")
                .isEqualTo(400);
        assertThat(evidenceCount(smirnova)).as("nothing was stored").isEqualTo(before);
    }

    @Test
    @Order(9)
    void nobody_records_evidence_about_themselves() {
        Map<String, Long> ids = Api.personIdsByCode(base);
        for (var who : Map.of("hr", "PER-0002", "admin", "PER-0008").entrySet()) {
            long own = ids.get(who.getValue());
            long before = evidenceCount(own);
            Api.Reply r = Api.as(base, who.getKey()).post("api/v1/competency/persons/" + own + "/evidence",
                    evidence("LDR-01", 4, "MANAGER"));
            assertThat(r.status()).as(who.getKey() + ": " + r).isEqualTo(403);
            assertThat(r.json().getString("code")).isEqualTo("OWN_EVIDENCE");
            assertThat(r.json().getString("detail")).as("English without an Accept-Language")
                    .contains("your own competencies");
            Api.Reply russian = Api.as(base, who.getKey()).accepting("ru-RU,ru;q=0.9,en;q=0.8")
                    .post("api/v1/competency/persons/" + own + "/evidence", evidence("LDR-01", 4, "MANAGER"));
            assertThat(russian.json().getString("code")).isEqualTo("OWN_EVIDENCE");
            assertThat(russian.json().getString("detail")).contains("собственных компетенций");
            assertThat(evidenceCount(own)).isEqualTo(before);
            assertThat(audit("action=EVIDENCE_RECORDED&outcome=DENIED&actor=" + who.getKey() + "&targetId=" + own))
                    .as("the refused self-rating is audited").isNotEmpty();
        }
    }

    @Test
    @Order(3) // while the published version still has the seeded profiles (the CASE re-import of order 6 has none)
    void a_self_assessment_is_shown_but_never_meets_a_requirement_in_the_gaps_or_the_heat_map() {
        long smirnova = Api.personIdsByCode(base).get("PER-0001");
        Api employee = Api.as(base, "employee");
        JsonObject before = employee.get("api/v1/competency/me/gaps").json();
        Api.Reply r = employee.post("api/v1/competency/persons/" + smirnova + "/evidence",
                evidence("STR-02", 4, "SELF_ASSESSMENT"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);

        JsonObject after = employee.get("api/v1/competency/me/gaps").json();
        JsonObject str02 = after.getJsonArray("gaps").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("competencyCode").equals("STR-02")).findFirst().orElseThrow();
        assertThat(str02.getString("status")).isEqualTo("UNKNOWN");
        assertThat(str02.getInt("selfAssessed")).isEqualTo(4);
        assertThat(hasNoLevel(str02.getJsonObject("current"))).isTrue();
        assertThat(after.getJsonNumber("fit").doubleValue()).isEqualTo(before.getJsonNumber("fit").doubleValue());
        assertThat(hasNoLevel(Api.as(base, "hr").get("api/v1/competency/persons/" + smirnova + "/levels").json()
                .getJsonObject("STR-02"))).as("no current level from a self-assessment").isTrue();

        JsonObject row = Api.as(base, "hr").get("api/v1/competency/heatmap?q=" + java.net.URLEncoder.encode(
                        "Смирнова", java.nio.charset.StandardCharsets.UTF_8)).json().getJsonArray("rows")
                .getValuesAs(JsonObject.class).stream().filter(x -> x.getJsonNumber("id").longValue() == smirnova)
                .findFirst().orElseThrow();
        JsonObject cell = row.getJsonObject("cells").getJsonObject("STR-02");
        assertThat(cell.getString("status")).isEqualTo("UNKNOWN");
        assertThat(cell.getInt("selfAssessed")).isEqualTo(4);
    }

    @Test
    @Order(11)
    void evidence_writes_and_heat_map_reads_and_exports_are_audited() {
        long smirnova = Api.personIdsByCode(base).get("PER-0001");
        Api.Reply r = Api.as(base, "hr").post("api/v1/competency/persons/" + smirnova + "/evidence",
                evidence("LDR-01", 3, "MANAGER"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(audit("action=EVIDENCE_RECORDED&outcome=SUCCESS&actor=hr&targetId=" + smirnova))
                .extracting(e -> e.getString("detail"))
                .anyMatch(d -> d.contains("source=MANAGER") && d.contains("competency=LDR-01"));
        assertThat(audit("action=EVIDENCE_RECORDED&outcome=SUCCESS&actor=employee&targetId=" + smirnova))
                .extracting(e -> e.getString("detail")).anyMatch(d -> d.contains("source=SELF_ASSESSMENT"));

        assertThat(Api.as(base, "hr.tver").get("api/v1/competency/heatmap?mode=municipalities").status())
                .isEqualTo(200);
        assertThat(audit("action=HEATMAP_READ&actor=hr.tver")).extracting(e -> e.getString("detail"))
                .anyMatch(d -> d.contains("mode=MUNICIPALITIES") && d.contains("rows=1"));
        assertThat(Api.as(base, "hr").send("GET", "api/v1/competency/heatmap.xlsx?q=x", null, "*/*").status())
                .isEqualTo(200);
        assertThat(audit("action=DATA_EXPORTED&actor=hr&targetType=heatmap")).extracting(e -> e.getString("detail"))
                .anyMatch(d -> d.startsWith("xlsx") && d.contains("q=x"));
    }

    @Test
    @Order(12)
    void a_csv_saved_by_excel_in_windows_1251_or_with_a_utf8_mark_imports_with_every_cyrillic_letter_intact() {
        String csv = """
                record,code,parent,name,description,kind,level
                SCALE,1,,Базовый,Знает основы,,
                SCALE,2,,Уверенный,Применяет самостоятельно,,
                AREA,ENC,,Область «Кодировки»,,,
                COMPETENCY,ENC-01,ENC,Работа с обращениями граждан: ёмко и в срок,,PROFESSIONAL,
                INDICATOR,,ENC-01,Отвечает на обращение в установленный срок,,,1
                """;
        Api methodologist = Api.as(base, "methodologist");
        Map<String, byte[]> files = Map.of(
                "TEST-CP1251", csv.getBytes(java.nio.charset.Charset.forName("windows-1251")),
                "TEST-BOM", ("\uFEFF" + csv).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (var file : files.entrySet()) {
            Api.Reply r = methodologist.sendBytes("POST", "api/v1/competency/import?format=csv&standard="
                    + file.getKey() + "&title=Enc", file.getValue(), "text/csv");
            assertThat(r.status()).as(file.getKey() + ": " + r).isEqualTo(201);
            Api.Reply export = methodologist.getAny("api/v1/competency/versions/" + r.json().getInt("id")
                    + "/export?format=csv");
            assertThat(export.body()).as(file.getKey()).contains("Работа с обращениями граждан: ёмко и в срок")
                    .contains("Область «Кодировки»").doesNotContain("\uFFFD");
        }
        // a declared charset is obeyed: Windows-1251 bytes declared as UTF-8 are refused, not garbled
        Api.Reply wrong = methodologist.sendBytes("POST", "api/v1/competency/import?format=csv&standard=TEST-WRONG"
                + "&title=Enc", files.get("TEST-CP1251"), "text/csv; charset=UTF-8");
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
        assertThat(wrong.json().getString("code")).isNotBlank();
        assertThat(wrong.body()).contains("UTF-8");
    }

    @Test
    @Order(13)
    void a_refused_import_lists_every_one_of_its_errors_not_the_first_five() {
        StringBuilder csv = new StringBuilder("""
                record,code,parent,name,description,kind,level
                SCALE,1,,Базовый,Знает основы,,
                AREA,MANY,,Область,,,
                COMPETENCY,MANY-01,MANY,Компетенция,,PROFESSIONAL,
                """);
        for (int i = 0; i < 36; i++) {
            csv.append("INDICATOR,,NOPE-").append(i).append(",Индикатор без компетенции,,,1\n");
        }
        Api.Reply r = Api.as(base, "methodologist")
                .send("POST", "api/v1/competency/import?format=csv&standard=TEST-MANY&title=Many", csv.toString());
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().getString("code")).isEqualTo("IMPORT_REJECTED");
        List<JsonObject> errors = r.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertThat(errors).hasSize(36);
        assertThat(errors).extracting(e -> e.getString("field")).contains("line 5", "line 40");
    }
}
