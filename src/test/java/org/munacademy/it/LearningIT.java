package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The learning context over REST on the seeded content: the catalogue with its filters, a programme's page with what a
 * person decides from, lessons with sanitised Markdown and files, a methodologist building, publishing and archiving a
 * programme, a change from a stale version refused with 409, bad input refused with 400 naming the field, roles that
 * may not edit refused, and the catalogue search costing the same statements for six programmes and for many.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LearningIT extends OnPayaraMicro {

    private static final Set<String> SEEDED = Set.of("PM-36", "IB-72", "DT-72", "SP-72", "MCHP-256", "OG-24",
            "MON-16"); // MON-16: a draft in programmes.csv, published once scorm/packages.csv attaches its package

    private Api employee() {
        return Api.as(base, "employee");
    }

    private Api methodologist() {
        return Api.as(base, "methodologist");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private List<JsonObject> items(Api api, String query) {
        Api.Reply r = api.get("api/v1/learning/programmes" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private Set<String> codes(Api api, String query) {
        return items(api, query).stream().map(o -> o.getString("code")).collect(Collectors.toSet());
    }

    private JsonObject programme(Api api, String code) {
        Api.Reply r = api.get("api/v1/learning/programmes/" + code);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static List<JsonObject> lessons(JsonObject programme) {
        return programme.getJsonArray("modules").getValuesAs(JsonObject.class).stream()
                .flatMap(m -> m.getJsonArray("lessons").getValuesAs(JsonObject.class).stream()).toList();
    }

    private static JsonObject lesson(JsonObject programme, String kind) {
        return lessons(programme).stream().filter(l -> l.getString("kind").equals(kind)).findFirst().orElseThrow();
    }

    /** Whether a value is null (JSON-B leaves null properties out). */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.get(key) == JsonValue.NULL;
    }

    private static long version(JsonObject o) {
        return o.getJsonNumber("version").longValue();
    }

    private static Set<String> fields(Api.Reply r) {
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field"))
                .collect(Collectors.toSet());
    }

    @Test
    @Order(1)
    void the_catalogue_lists_the_published_programmes_with_provider_kind_document_and_competencies() {
        JsonObject page = employee().get("api/v1/learning/programmes?limit=50").json();
        List<JsonObject> rows = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(rows.stream().map(o -> o.getString("code"))).containsExactlyInAnyOrderElementsOf(SEEDED);
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(SEEDED.size());
        assertThat(rows).allMatch(o -> o.getString("status").equals("PUBLISHED"));
        JsonObject ib = rows.stream().filter(o -> o.getString("code").equals("IB-72")).findFirst().orElseThrow();
        assertThat(ib.getString("providerCode")).isEqualTo("RCMU-VLG");
        assertThat(ib.getString("providerShortName")).contains("Вологда");
        assertThat(ib.getInt("hours")).isEqualTo(72);
        assertThat(ib.getString("document")).isEqualTo("QUALIFICATION_CERTIFICATE");
        assertThat(ib.getJsonArray("competencies").getValuesAs(JsonObject.class))
                .anyMatch(c -> c.getString("competencyCode").equals("INB-01") && c.getInt("targetLevel") == 3);
        JsonObject mchp = rows.stream().filter(o -> o.getString("code").equals("MCHP-256")).findFirst().orElseThrow();
        assertThat(mchp.getString("kind")).isEqualTo("RETRAINING");
        assertThat(mchp.getString("document")).isEqualTo("RETRAINING_DIPLOMA");
    }

    @Test
    @Order(2)
    void each_filter_narrows_the_catalogue() {
        Api e = employee();
        assertThat(codes(e, "?competency=INB-01")).containsExactly("IB-72");
        assertThat(codes(e, "?competency=DIG-02")).containsExactly("DT-72");
        assertThat(codes(e, "?kind=RETRAINING")).containsExactly("MCHP-256");
        assertThat(codes(e, "?format=FULL_TIME")).containsExactly("PM-36");
        assertThat(codes(e, "?provider=FIMS-UCH")).containsExactlyInAnyOrder("DT-72", "SP-72", "MON-16");
        assertThat(codes(e, "?minHours=60&maxHours=100")).containsExactlyInAnyOrder("IB-72", "DT-72", "SP-72");
        assertThat(codes(e, "?maxHours=36")).containsExactlyInAnyOrder("PM-36", "OG-24", "MON-16");
        assertThat(codes(e, "?q=" + encode("КОНЦЕССИ"))).as("case-insensitive, in the title")
                .containsExactly("MCHP-256");
        assertThat(codes(e, "?q=" + encode("Вологде"))).as("in the description").containsExactly("IB-72");
        assertThat(codes(e, "?q=og-24")).as("by code").containsExactly("OG-24");
        assertThat(codes(e, "?q=" + encode("100%"))).as("% is taken literally").isEmpty();
        assertThat(codes(e, "?q=" + encode("_"))).as("_ is taken literally").isEmpty();
        assertThat(codes(e, "?kind=QUALIFICATION_UPGRADE&format=MIXED&competency=STR-01")).containsExactly("SP-72");
        JsonObject first = employee().get("api/v1/learning/programmes?limit=4").json();
        JsonObject second = employee().get("api/v1/learning/programmes?offset=4&limit=4").json();
        assertThat(first.getJsonArray("items")).hasSize(4);
        assertThat(second.getJsonArray("items")).hasSize(SEEDED.size() - 4);
        assertThat(second.getJsonNumber("total").longValue()).isEqualTo(SEEDED.size());
    }

    /** A start-date filter with dates of the seeded timeline (either end may be left open). */
    private static String starts(String from, String to) {
        return "?" + (from == null ? "" : "startsFrom=" + SeedCalendar.iso(from))
                + (from != null && to != null ? "&" : "") + (to == null ? "" : "startsTo=" + SeedCalendar.iso(to));
    }

    @Test
    @Order(2)
    void the_dates_filter_finds_programmes_with_a_cohort_starting_in_the_range() {
        Api e = employee();
        // the seeded cohorts' dates as written in content/learning/cohorts.csv, moved as the server loaded them
        assertThat(codes(e, starts("2027-02-01", "2027-02-08"))).as("both ends included")
                .containsExactlyInAnyOrder("IB-72", "MCHP-256", "DT-72");
        assertThat(codes(e, starts("2027-04-01", null))).as("open end").containsExactly("PM-36");
        assertThat(codes(e, starts(null, "2026-12-31"))).as("open start: the past cohorts and December's")
                .containsExactlyInAnyOrder("IB-72", "SP-72", "MCHP-256", "OG-24", "MON-16");
        assertThat(codes(e, starts("2027-02-02", "2027-02-07"))).isEmpty();
        assertThat(codes(e, starts("2027-01-01", "2027-03-31") + "&provider=FIMS-UCH"))
                .as("with the other filters").containsExactlyInAnyOrder("DT-72", "SP-72");

        Api.Reply reversed = e.accepting("ru").get(
                "api/v1/learning/programmes?startsFrom=2027-03-01&startsTo=2027-02-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().getString("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(fields(reversed)).containsExactlyInAnyOrder("startsFrom", "startsTo");
        assertThat(reversed.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .allSatisfy(x -> assertThat(x.getString("code")).isEqualTo("CATALOGUE_DATES_ORDER"));
        assertThat(reversed.json().getString("detail")).contains("01.03.2027").contains("01.02.2027");
        Api.Reply notADate = e.get("api/v1/learning/programmes?startsFrom=1.2.2027");
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(fields(notADate)).containsExactly("startsFrom");
    }

    @Test
    @Order(3)
    void drafts_are_for_methodologists_only() {
        assertThat(codes(methodologist(), "?status=DRAFT")).containsExactly("TOS-16");
        assertThat(codes(employee(), "?status=DRAFT")).as("an employee's status is ignored")
                .doesNotContain("TOS-16").containsAll(SEEDED);
        Api.Reply draft = employee().get("api/v1/learning/programmes/TOS-16");
        assertThat(draft.status()).isEqualTo(404);
        assertThat(draft.json().getString("code")).isEqualTo("PROGRAMME_NOT_FOUND");
        JsonObject seen = programme(methodologist(), "TOS-16");
        assertThat(seen.getString("status")).isEqualTo("DRAFT");
        assertThat(seen.getBoolean("editable")).isTrue();
        // the SCORM lesson got its package from the content (learning/scorm/packages.csv); a lesson without content
        // refusing the publication is ProgrammeTest's
        assertThat(lesson(seen, "SCORM").getBoolean("complete")).as("its package came with the content").isTrue();
    }

    @Test
    @Order(4)
    void the_programme_page_shows_what_a_person_decides_from_with_their_own_levels() {
        JsonObject dt = programme(employee(), "DT-72");
        assertThat(dt.getJsonObject("provider").getString("name")).contains("Федеральный институт");
        assertThat(dt.getString("kind")).isEqualTo("QUALIFICATION_UPGRADE");
        assertThat(dt.getString("format")).isEqualTo("PART_TIME");
        assertThat(dt.getBoolean("distanceLearning")).isTrue();
        assertThat(dt.getString("document")).isEqualTo("QUALIFICATION_CERTIFICATE");
        assertThat(dt.getBoolean("editable")).isFalse();
        assertThat(dt.getString("descriptionHtml")).startsWith("<p>").doesNotContain("<script");
        List<JsonObject> competencies = dt.getJsonArray("competencies").getValuesAs(JsonObject.class);
        JsonObject dig01 = competencies.stream().filter(c -> c.getString("code").equals("DIG-01")).findFirst()
                .orElseThrow();
        assertThat(dig01.getString("name")).startsWith("Цифровая грамотность");
        assertThat(dig01.getInt("targetLevel")).isEqualTo(3);
        assertThat(absent(dig01, "currentLevel")).as("the employee has evidence of DIG-01").isFalse();
        JsonObject dig03 = competencies.stream().filter(c -> c.getString("code").equals("DIG-03")).findFirst()
                .orElseThrow();
        assertThat(absent(dig03, "currentLevel")).as("no evidence of DIG-03").isTrue();
        JsonObject prerequisite = dt.getJsonArray("prerequisites").getJsonObject(0);
        assertThat(prerequisite.getString("kind")).isEqualTo("COMPETENCY_LEVEL");
        assertThat(prerequisite.getBoolean("met")).isTrue();

        JsonObject sp = programme(employee(), "SP-72");
        assertThat(sp.getJsonArray("prerequisites").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("label"))
                .containsExactly("Высшие должности муниципальной службы", "Главные должности муниципальной службы");
        assertThat(sp.getJsonArray("prerequisites").getValuesAs(JsonObject.class))
                .as("the employee holds a leading position").allMatch(p -> !p.getBoolean("met"));

        JsonObject mchp = programme(employee(), "MCHP-256");
        JsonObject earlier = mchp.getJsonArray("prerequisites").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("kind").equals("PROGRAMME")).findFirst().orElseThrow();
        assertThat(earlier.getString("label")).isEqualTo("Проектное управление в муниципалитете");
        assertThat(absent(earlier, "met")).as("completion comes with enrolment").isTrue();

        JsonObject ib = programme(Api.as(base, "juror"), "IB-72");
        assertThat(ib.getJsonArray("modules")).hasSize(3);
        JsonObject check = lesson(ib, "CHECK");
        assertThat(check.getString("testCode")).isEqualTo("ASM-LEADING-2026");
        assertThat(check.getString("testTitle")).contains("ведущие должности");
        assertThat(check.getBoolean("hasPage")).isFalse();
        assertThat(lessons(ib)).extracting(l -> l.getInt("number")).startsWith(1, 2, 3, 1);
    }

    @Test
    @Order(5)
    void lessons_show_sanitised_markdown_a_video_host_and_a_stored_file_to_signed_in_readers() {
        JsonObject ib = programme(employee(), "IB-72");
        long textId = lesson(ib, "TEXT").getJsonNumber("id").longValue();
        JsonObject text = employee().get("api/v1/learning/programmes/IB-72/lessons/" + textId).json();
        assertThat(text.getString("bodyHtml")).contains("<h3>").contains("<strong>");
        assertThat(text.getString("moduleTitle")).isEqualTo("Правовые основы инициативного бюджетирования");
        assertThat(absent(text, "previousLessonId")).isTrue();
        assertThat(text.getJsonNumber("nextLessonId").longValue()).isPositive();

        long videoId = lesson(ib, "VIDEO").getJsonNumber("id").longValue();
        JsonObject video = employee().get("api/v1/learning/programmes/IB-72/lessons/" + videoId).json();
        assertThat(video.getString("videoUrl")).startsWith("https://");
        assertThat(video.getString("videoHost")).isEqualTo("video.munacademy.example");

        long fileId = lesson(ib, "FILE").getJsonNumber("id").longValue();
        JsonObject file = employee().get("api/v1/learning/programmes/IB-72/lessons/" + fileId).json()
                .getJsonObject("file");
        assertThat(file.getString("type")).isEqualTo("PNG");
        Api.Reply image = Api.as(base, "hr.tver").send("GET", "api/v1/files/" + file.getString("sha256"), null, "*/*");
        assertThat(image.status()).as(image.toString()).isEqualTo(200);
        assertThat(image.contentType()).startsWith("image/png");
        assertThat(Api.anonymous(base).send("GET", "api/v1/files/" + file.getString("sha256"), null, "*/*").status())
                .isEqualTo(401);
    }

    private static String programmeJson(String code, String kind, int hours, String provider,
            JsonArrayBuilder competencies) {
        return Json.createObjectBuilder().add("code", code).add("title", "Бюджет для граждан: " + code)
                .add("kind", kind).add("format", "PART_TIME").add("distanceLearning", true).add("hours", hours)
                .add("providerCode", provider)
                .add("description", "Как рассказать жителям о бюджете **просто**.")
                .add("competencies", competencies)
                .add("prerequisites", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("kind", "POSITION_GROUP").add("code", "LEADING")))
                .build().toString();
    }

    private static JsonArrayBuilder develops(String code, int level) {
        return Json.createArrayBuilder().add(Json.createObjectBuilder().add("competencyCode", code)
                .add("targetLevel", level));
    }

    private static String lessonJson(String title, String kind, String field, String value) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("title", title).add("kind", kind).add("mandatory", true);
        if (field != null) {
            b.add(field, value);
        }
        return b.build().toString();
    }

    @Test
    @Order(6)
    void a_methodologist_builds_publishes_and_archives_a_programme() {
        Api m = methodologist();
        Api.Reply provider = m.post("api/v1/learning/providers", Json.createObjectBuilder().add("code", "IT-PROV")
                .add("name", "Институт открытого бюджета (учебный)").add("shortName", "ИОБ (учебный)")
                .add("inn", "7707083893").add("licenceNumber", "Л035-00001-77/00000001")
                .add("licenceDate", "2024-02-01").add("regionCode", "77").build().toString());
        assertThat(provider.status()).as(provider.toString()).isEqualTo(201);
        assertThat(provider.json().getString("regionName")).isEqualTo("Москва");

        Api.Reply created = m.post("api/v1/learning/programmes", programmeJson("IT-BUD-18", "QUALIFICATION_UPGRADE",
                18, "IT-PROV", develops("BUD-01", 2)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject p = created.json();
        assertThat(p.getString("status")).isEqualTo("DRAFT");
        assertThat(p.getString("descriptionHtml")).contains("<strong>просто</strong>");

        Api.Reply module = m.post("api/v1/learning/programmes/IT-BUD-18/modules?version=" + version(p),
                "{\"title\":\"Открытый бюджет\"}");
        assertThat(module.status()).as(module.toString()).isEqualTo(201);
        assertThat(version(module.json())).as("every change moves the version").isGreaterThan(version(p));
        p = module.json();
        long moduleId = p.getJsonArray("modules").getJsonObject(0).getJsonNumber("id").longValue();
        String modulePath = "api/v1/learning/programmes/IT-BUD-18/modules/" + moduleId + "/lessons?version=";

        Api.Reply text = m.post(modulePath + version(p), lessonJson("Бюджет для граждан", "TEXT", "body",
                "### Зачем\n\nБрошюра <script>alert(1)</script> и [ссылка](javascript:alert(2)) "
                        + "<img src=x onerror=alert(3)>."));
        assertThat(text.status()).as(text.toString()).isEqualTo(201);
        p = text.json();
        long textId = lessons(p).get(0).getJsonNumber("id").longValue();
        String html = m.get("api/v1/learning/programmes/IT-BUD-18/lessons/" + textId).json().getString("bodyHtml");
        assertThat(html).contains("<h3>Зачем</h3>").doesNotContain("script", "javascript", "onerror", "alert");

        Api.Reply unknownTest = m.post(modulePath + version(p), lessonJson("Проверка", "CHECK", "testCode", "NO-TEST"));
        assertThat(unknownTest.status()).isEqualTo(400);
        assertThat(fields(unknownTest)).containsExactly("testCode");
        Api.Reply insecureVideo = m.post(modulePath + version(p), lessonJson("Видео", "VIDEO", "videoUrl",
                "http://video.example.ru/1"));
        assertThat(insecureVideo.status()).isEqualTo(400);
        assertThat(fields(insecureVideo)).containsExactly("videoUrl");
        Api.Reply check = m.post(modulePath + version(p), lessonJson("Проверка", "CHECK", "testCode", "ASM-SELF-2026"));
        assertThat(check.status()).as(check.toString()).isEqualTo(201);
        p = check.json();

        Api.Reply published = m.post("api/v1/learning/programmes/IT-BUD-18/publish?version=" + version(p), null);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        p = published.json();
        assertThat(p.getString("status")).isEqualTo("PUBLISHED");
        assertThat(codes(employee(), "?provider=IT-PROV")).containsExactly("IT-BUD-18");

        Api.Reply longer = m.put("api/v1/learning/programmes/IT-BUD-18?version=" + version(p),
                programmeJson("IT-BUD-18", "QUALIFICATION_UPGRADE", 24, "IT-PROV", develops("BUD-01", 2)));
        assertThat(longer.status()).isEqualTo(409);
        assertThat(longer.json().getString("code")).isEqualTo("PROGRAMME_TERMS_FROZEN");
        Api.Reply moreLessons = m.post(modulePath + version(p), lessonJson("Ещё", "TEXT", "body", "Текст"));
        assertThat(moreLessons.status()).isEqualTo(409);
        assertThat(moreLessons.json().getString("code")).isEqualTo("OUTLINE_FROZEN");

        Api.Reply archived = m.post("api/v1/learning/programmes/IT-BUD-18/archive?version=" + version(p), null);
        assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
        assertThat(codes(employee(), "?provider=IT-PROV")).isEmpty();
        assertThat(programme(employee(), "IT-BUD-18").getString("status")).as("its page stays").isEqualTo("ARCHIVED");
    }

    @Test
    @Order(7)
    void a_change_from_a_stale_version_is_refused_with_409_and_changes_nothing() {
        Api m = methodologist();
        JsonObject read = programme(m, "TOS-16");
        long stale = version(read);
        Api.Reply first = m.post("api/v1/learning/programmes/TOS-16/modules?version=" + stale,
                "{\"title\":\"Поддержка ТОС\"}");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        Api.Reply second = m.post("api/v1/learning/programmes/TOS-16/modules?version=" + stale,
                "{\"title\":\"Второе окно\"}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().getString("code")).isEqualTo("CONCURRENT_MODIFICATION");
        String data = programmeJson("TOS-16", "QUALIFICATION_UPGRADE", 16, "RCMU-VLG", develops("CIT-02", 2));
        Api.Reply staleUpdate = Api.as(base, "admin").put("api/v1/learning/programmes/TOS-16?version=" + stale, data);
        assertThat(staleUpdate.status()).isEqualTo(409);
        JsonObject now = programme(m, "TOS-16");
        assertThat(now.getJsonArray("modules").getValuesAs(JsonObject.class)).extracting(o -> o.getString("title"))
                .containsExactly("Как создаётся ТОС", "Поддержка ТОС");
        assertThat(now.getString("title")).isEqualTo(read.getString("title"));

        JsonObject provider = m.get("api/v1/learning/providers/RCMU-VLG").json();
        String providerData = Json.createObjectBuilder(provider).remove("version").remove("id").remove("regionName")
                .add("shortName", "РЦМУ (учебный)").build().toString();
        Api.Reply renamed = m.put("api/v1/learning/providers/RCMU-VLG?version=" + version(provider), providerData);
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        Api.Reply again = m.put("api/v1/learning/providers/RCMU-VLG?version=" + version(provider), providerData);
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    @Order(8)
    void bad_input_is_refused_with_400_naming_the_field() {
        Api m = methodologist();
        Api.Reply tooShort = m.post("api/v1/learning/programmes", programmeJson("IT-SHORT", "QUALIFICATION_UPGRADE",
                12, "SZIU-UCH", develops("PRJ-01", 2)));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(fields(tooShort)).containsExactly("hours");
        assertThat(tooShort.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("16");
        Api.Reply retraining = m.accepting("ru").post("api/v1/learning/programmes", programmeJson("IT-RT",
                "RETRAINING", 200, "SZIU-UCH", develops("PRJ-01", 2)));
        assertThat(fields(retraining)).containsExactly("hours");
        assertThat(retraining.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("переподготовки").contains("250");
        assertThat(fields(m.post("api/v1/learning/programmes", programmeJson("IT-X", "QUALIFICATION_UPGRADE", 36,
                "SZIU-UCH", develops("NO-SUCH", 2))))).containsExactly("competencies");
        assertThat(fields(m.post("api/v1/learning/programmes", programmeJson("IT-X", "QUALIFICATION_UPGRADE", 36,
                "SZIU-UCH", develops("PRJ-01", 9))))).containsExactly("competencies");
        assertThat(fields(m.post("api/v1/learning/programmes", programmeJson("IT-X", "QUALIFICATION_UPGRADE", 36,
                "NO-PROVIDER", develops("PRJ-01", 2))))).containsExactly("providerCode");
        assertThat(fields(m.post("api/v1/learning/programmes", programmeJson("IT X", "QUALIFICATION_UPGRADE", 36,
                "SZIU-UCH", develops("PRJ-01", 2))))).containsExactly("code");
        assertThat(fields(m.post("api/v1/learning/programmes", programmeJson("IB-72", "QUALIFICATION_UPGRADE", 36,
                "SZIU-UCH", develops("PRJ-01", 2))))).as("a taken code").containsExactly("code");
        Api.Reply noTitle = m.post("api/v1/learning/programmes", "{\"code\":\"IT-Y\",\"kind\":\"RETRAINING\","
                + "\"format\":\"MIXED\",\"hours\":300,\"providerCode\":\"SZIU-UCH\",\"competencies\":[],"
                + "\"prerequisites\":[]}");
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(fields(noTitle)).containsExactly("title");

        String provider = "{\"code\":\"IT-P2\",\"name\":\"Учебный центр\",\"shortName\":\"УЦ\",\"inn\":\"%s\"}";
        Api.Reply checksum = m.post("api/v1/learning/providers", provider.formatted("7707083894"));
        assertThat(checksum.status()).isEqualTo(400);
        assertThat(fields(checksum)).containsExactly("inn");
        assertThat(checksum.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("check digit");
        assertThat(fields(m.post("api/v1/learning/providers", provider.formatted("770708389")))).containsExactly("inn");
        assertThat(fields(m.post("api/v1/learning/providers", "{\"code\":\"IT-P3\",\"name\":\"Учебный центр\","
                + "\"shortName\":\"УЦ\",\"inn\":\"7707083893\",\"regionCode\":\"999\"}")))
                .containsExactly("regionCode");
        assertThat(m.post("api/v1/learning/programmes", "{\"code\": [1]}").status()).isEqualTo(400);
    }

    @Test
    @Order(9)
    void roles_that_do_not_edit_programmes_are_refused_and_files_are_judged_by_content() {
        String data = programmeJson("IT-ROLE", "QUALIFICATION_UPGRADE", 36, "SZIU-UCH", develops("PRJ-01", 2));
        for (String user : List.of("employee", "hr", "hr.region", "juror", "contest")) {
            Api.Reply r = Api.as(base, user).post("api/v1/learning/programmes", data);
            assertThat(r.status()).as(user).isEqualTo(403);
            assertThat(r.json().getString("code")).isEqualTo("ACCESS_DENIED");
        }
        assertThat(Api.anonymous(base).get("api/v1/learning/programmes").status()).isEqualTo(401);
        assertThat(programme(methodologist(), "IT-BUD-18").getString("status")).isEqualTo("ARCHIVED");
        assertThat(methodologist().get("api/v1/learning/programmes/IT-ROLE").status()).isEqualTo(404);

        byte[] exe = new byte[64];
        exe[0] = 'M';
        exe[1] = 'Z';
        Api.Reply disguised = methodologist().sendBytes("POST", "api/v1/learning/files?name=programma.pdf", exe,
                "application/pdf");
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.json().getString("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(fields(disguised)).containsExactly("file");
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        Api.Reply stored = methodologist().sendBytes("POST", "api/v1/learning/files?name=pamyatka.pdf", pdf,
                "application/pdf");
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        assertThat(stored.json().getString("type")).isEqualTo("PDF");
        assertThat(Api.as(base, "employee").sendBytes("POST", "api/v1/learning/files?name=p.pdf", pdf,
                "application/pdf").status()).isEqualTo(403);
    }



    @Test
    @Order(10)
    void the_catalogue_search_costs_the_same_statements_for_six_programmes_and_for_many() {
        Api e = employee();
        Runnable search = () -> assertThat(e.get("api/v1/learning/programmes?limit=100").status()).isEqualTo(200);
        // SP-72 matches among the seeded programmes, and every programme added below as well
        Runnable filtered = () -> assertThat(e.get("api/v1/learning/programmes?limit=100&q=" + encode("бюджет")
                + "&competency=BUD-02&minHours=16").json().getJsonNumber("total").longValue()).isPositive();
        // the dates filter is one more subquery in the same statements, whatever the number of programmes
        Runnable dated = () -> assertThat(e.get("api/v1/learning/programmes?limit=100&startsFrom=2026-01-01"
                + "&startsTo=2027-12-31").json().getJsonNumber("total").longValue()).isPositive();
        long few = Api.serverStatements(base, search);
        long fewFiltered = Api.serverStatements(base, filtered);
        long fewDated = Api.serverStatements(base, dated);
        Api m = methodologist();
        for (int i = 0; i < 30; i++) {
            String code = "IT-MANY-" + i;
            JsonObject p = m.post("api/v1/learning/programmes", programmeJson(code, "QUALIFICATION_UPGRADE", 16 + i,
                    "SZIU-UCH", develops("BUD-01", 1 + i % 4).add(Json.createObjectBuilder()
                            .add("competencyCode", "BUD-02").add("targetLevel", 2)))).json();
            p = m.post("api/v1/learning/programmes/" + code + "/modules?version=" + version(p),
                    "{\"title\":\"Модуль\"}").json();
            long moduleId = p.getJsonArray("modules").getJsonObject(0).getJsonNumber("id").longValue();
            p = m.post("api/v1/learning/programmes/" + code + "/modules/" + moduleId + "/lessons?version="
                    + version(p), lessonJson("Занятие", "TEXT", "body", "Текст занятия")).json();
            assertThat(m.post("api/v1/learning/programmes/" + code + "/publish?version=" + version(p), null).status())
                    .isEqualTo(200);
        }
        assertThat(e.get("api/v1/learning/programmes?limit=100").json().getJsonArray("items").size())
                .isEqualTo(SEEDED.size() + 30);
        long many = Api.serverStatements(base, search);
        long manyFiltered = Api.serverStatements(base, filtered);
        long manyDated = Api.serverStatements(base, dated);
        System.out.printf("Catalogue search SQL statements: %d for %d programmes, %d for %d; filtered %d and %d; "
                + "by cohort dates %d and %d%n", few, SEEDED.size(), many, SEEDED.size() + 30, fewFiltered,
                manyFiltered, fewDated, manyDated);
        assertThat(many).as("statements for 36 programmes vs 6").isEqualTo(few);
        assertThat(manyFiltered).as("filtered").isEqualTo(fewFiltered);
        assertThat(manyDated).as("by cohort dates").isEqualTo(fewDated);
        assertThat(few).as("a few statements, not one per programme").isLessThanOrEqualTo(6);
    }
}
