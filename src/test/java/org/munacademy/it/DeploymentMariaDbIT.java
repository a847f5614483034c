package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openqa.selenium.By;

/**
 * The same WAR on MariaDB/MySQL, configured by environment variables only (see the pom's it-mariadb run): it
 * migrates an empty database, loads the reference content, creates the first administrator from the environment,
 * has no demo accounts, and serves the same pages and API.
 */
@ExtendWith(MariaDb.FreshAppDatabase.class) // before Arquillian starts the server
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeploymentMariaDbIT {

    static final String ADMIN = "chief";
    static final String ADMIN_PASSWORD = "chief-secret-42";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtWar();
    }

    @ArquillianResource
    URL deployed;

    URI base;

    @BeforeEach
    void base() {
        base = Deployments.base(deployed);
    }

    private static long count(String sql) throws SQLException {
        return MariaDb.count(MariaDb.APP_DATABASE, sql);
    }

    @Test
    void the_empty_database_is_migrated_and_the_reference_content_loaded() throws SQLException {
        assertThat(count("select count(*) from flyway_schema_history where success = 1")).isGreaterThanOrEqualTo(2);
        assertThat(count("select count(*) from region")).isEqualTo(89);
        assertThat(count("select count(*) from municipality")).isGreaterThan(1000);
        assertThat(count("select count(*) from person where code is not null")).isGreaterThanOrEqualTo(60);
    }

    @Test
    void a_look_alike_spelling_of_a_user_name_does_not_sign_in_even_with_the_right_password() {
        assertThat(Api.as(base, "CHIEF", ADMIN_PASSWORD).get("api/v1/accounts").status())
                .as("case and spaces are normalised once").isEqualTo(200);
        for (String lookAlike : new String[] {"chíef", "chiéf", "сhief" /* Cyrillic с */}) {
            assertThat(Api.as(base, lookAlike, ADMIN_PASSWORD).get("api/v1/accounts").status())
                    .as("'%s' is another name, not another spelling of 'chief'", lookAlike).isEqualTo(401);
        }
    }

    @Test
    void readiness_reports_the_mysql_database_up() {
        Api.Reply ready = Api.anonymous(base).get("health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("UP").contains("MySQL").doesNotContain("H2");
    }

    @Test
    void there_are_no_demo_accounts_and_the_first_administrator_comes_from_the_environment() throws SQLException {
        assertThat(Api.as(base, "employee").get("api/v1/regions").status()).isEqualTo(401);
        assertThat(Api.as(base, "admin").get("api/v1/regions").status()).isEqualTo(401);
        Api.Reply accounts = Api.as(base, ADMIN, ADMIN_PASSWORD).get("api/v1/accounts");
        assertThat(accounts.status()).isEqualTo(200);
        // besides the accounts another test of this class creates through the API, only the administrator exists
        String created = "('taker', 'author', 'saver')";
        assertThat(accounts.json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(a -> a.getString("username")).filter(u -> !created.contains("'" + u + "'")).toList())
                .containsExactly(ADMIN);
        assertThat(count("select count(*) from account where username not in " + created)).isEqualTo(1);
    }

    @Test
    void a_person_created_over_the_api_is_stored_in_utf8mb4() throws SQLException {
        Api admin = Api.as(base, ADMIN, ADMIN_PASSWORD);
        long vologda = admin.get("api/v1/municipalities?q=19701000").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        Api.Reply created = admin.post("api/v1/persons", "{\"lastName\":\"Щёголева\",\"firstName\":\"Ёлка\","
                + "\"municipalityId\":" + vologda + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        try (Connection c = MariaDb.root(MariaDb.APP_DATABASE);
                PreparedStatement s = c.prepareStatement("select last_name, first_name from person where id = ?")) {
            s.setLong(1, created.json().getJsonNumber("id").longValue());
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("Щёголева");
                assertThat(r.getString(2)).isEqualTo("Ёлка");
            }
        }
    }

    @Test
    void the_learning_catalogue_is_loaded_and_searched_with_literal_text_on_mariadb() {
        Api admin = Api.as(base, ADMIN, ADMIN_PASSWORD);
        jakarta.json.JsonObject all = admin.get("api/v1/learning/programmes?limit=50").json();
        assertThat(all.getJsonNumber("total").longValue()).as(all.toString()).isGreaterThanOrEqualTo(6);
        String concession = java.net.URLEncoder.encode("КОНЦЕССИ", java.nio.charset.StandardCharsets.UTF_8);
        assertThat(admin.get("api/v1/learning/programmes?q=" + concession + "&kind=RETRAINING").json()
                .getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class))
                .extracting(o -> o.getString("code")).containsExactly("MCHP-256");
        assertThat(admin.get("api/v1/learning/programmes?q=100%25_!").json().getJsonNumber("total").longValue())
                .as("%, _ and the escape character are taken literally").isZero();
        assertThat(admin.get("api/v1/learning/programmes?competency=INB-01").json().getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class)).extracting(o -> o.getString("code"))
                .containsExactly("IB-72");
        assertThat(admin.get("api/v1/learning/programmes/IB-72").json().getJsonArray("modules")).hasSize(3);
    }

    /**
     * A shortlist over more candidates than a batch (4 here, ACADEMY_RESERVE_SHORTLIST_BATCH in the pom) reads bounds
     * of their fit from MariaDB's index and computes only as many candidates as it needs: its first rows are those of
     * the shortlist that ranks every candidate (a limit as large as the pool computes them all), for every limit.
     */
    @Test
    void a_bounded_shortlist_gives_the_same_first_rows_as_ranking_every_candidate() {
        Api admin = Api.as(base, ADMIN, ADMIN_PASSWORD);
        String url = "api/v1/reserve/shortlists?group=CHIEF&everyone=true&limit=";
        Api.Reply full = admin.get(url + 500);
        assertThat(full.status()).as(full.toString()).isEqualTo(200);
        List<JsonObject> all = full.json().getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(all).as("the seeded persons: more than a batch").hasSizeGreaterThan(20);
        assertThat(all.get(0).getJsonNumber("fit").doubleValue())
                .isGreaterThan(all.get(all.size() - 1).getJsonNumber("fit").doubleValue());
        for (int limit : new int[] {1, 3, 7, 20}) {
            List<JsonObject> top = admin.get(url + limit).json().getJsonArray("rows").getValuesAs(JsonObject.class);
            assertThat(top.stream().map(r -> r.getJsonNumber("personId").longValue()).toList()).as("limit %d", limit)
                    .containsExactlyElementsOf(all.subList(0, limit).stream()
                            .map(r -> r.getJsonNumber("personId").longValue()).toList());
            assertThat(top.get(limit - 1).getString("readiness"))
                    .isEqualTo(all.get(limit - 1).getString("readiness"));
        }
        // the level snapshots: computed by their job, the same rankings from one row per person
        assertThat(admin.post("api/v1/it/jobs/levels", "").status()).isEqualTo(200);
        assertThat(snapshotCount("levels is not null")).as("snapshots of the seeded persons").isGreaterThan(20);
        assertSameTop(admin, url, ids(all));
        // new evidence puts the person's snapshot out of date in the same transaction: the fit follows at once
        JsonObject last = all.get(all.size() - 1);
        long lastId = last.getJsonNumber("personId").longValue();
        long version = snapshotVersion(lastId);
        for (JsonObject reason : last.getJsonArray("reasons").getValuesAs(JsonObject.class)) {
            Api.Reply recorded = admin.post("api/v1/competency/persons/" + lastId + "/evidence",
                    "{\"competencyCode\":\"" + reason.getString("competencyCode") + "\",\"level\":4,"
                            + "\"source\":\"MANAGER\",\"observedOn\":\"" + java.time.LocalDate.now()
                            + "\",\"reference\":\"IT\"}");
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        }
        assertThat(snapshotVersion(lastId)).as("marked out of date (and perhaps recomputed by the job since)")
                .isGreaterThan(version);
        List<JsonObject> after = admin.get(url + 500).json().getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(after.stream().filter(r -> r.getJsonNumber("personId").longValue() == lastId).findFirst()
                .orElseThrow().getJsonNumber("fit").doubleValue())
                .isGreaterThan(last.getJsonNumber("fit").doubleValue());
        assertSameTop(admin, url, ids(after));
        assertThat(admin.post("api/v1/it/jobs/levels", "").status()).isEqualTo(200);
        assertThat(snapshotCount("person_id = " + lastId + " and levels is not null")).isEqualTo(1);
        assertSameTop(admin, url, ids(after));
    }

    private static List<Long> ids(List<JsonObject> rows) {
        return rows.stream().map(r -> r.getJsonNumber("personId").longValue()).toList();
    }

    private static void assertSameTop(Api admin, String url, List<Long> full) {
        for (int limit : new int[] {1, 3, 7, 20}) {
            List<JsonObject> top = admin.get(url + limit).json().getJsonArray("rows").getValuesAs(JsonObject.class);
            assertThat(ids(top)).as("limit %d", limit).containsExactlyElementsOf(full.subList(0, limit));
        }
    }

    private static long snapshotVersion(long personId) {
        try (Connection c = MariaDb.root(MariaDb.APP_DATABASE);
                PreparedStatement s = c.prepareStatement("select version from competency_level_snapshot "
                        + "where person_id = ?")) {
            s.setLong(1, personId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long snapshotCount(String where) {
        try (Connection c = MariaDb.root(MariaDb.APP_DATABASE);
                PreparedStatement s = c.prepareStatement("select count(*) from competency_level_snapshot where "
                        + where);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_same_pages_are_served_in_a_browser() {
        try (Browser browser = new Browser(base, "mariadb-pages")) {
            browser.open("login");
            browser.waitForText("Вход");
            browser.signIn(ADMIN, ADMIN_PASSWORD);
            browser.waitForText("Здравствуйте, chief");
            browser.open("organisation");
            browser.waitForGridText("Республика Адыгея");
            browser.open("people");
            browser.type(By.id("people-search"), "Смирнова");
            browser.waitForGridText("Смирнова Анна Викторовна");
            browser.screenshot("people");
        }
    }

    private static long personId(String code) throws SQLException {
        try (Connection c = MariaDb.root(MariaDb.APP_DATABASE);
                PreparedStatement s = c.prepareStatement("select id from person where code = ?")) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * The taking cycle on MariaDB with row locks and conditional updates as in production: of eight concurrent
     * saves naming the same sequence number exactly one is accepted; of four concurrent finishes exactly one
     * scores the attempt — one set of results and one piece of evidence per attained competency in the tables.
     */
    /**
     * The import kit's bad inputs (issue 9) on MariaDB, where a value longer than its column would be the database's
     * error: each is its 4xx naming what is wrong with nothing stored, or imports correctly. The same inputs are
     * tested on H2 in CompetencyIT and AssessmentIT.
     */
    @Test
    void the_import_kits_bad_inputs_get_their_4xx_on_mariadb_and_nothing_is_stored() throws Exception {
        Api admin = Api.as(base, ADMIN, ADMIN_PASSWORD);
        Api.Reply account = admin.post("api/v1/accounts", "{\"username\":\"kit\",\"password\":\"kit-pass-4242\","
                + "\"grants\":[{\"role\":\"METHODOLOGIST\",\"scopeType\":\"NATIONAL\"}]}");
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        Api kit = Api.as(base, "kit", "kit-pass-4242");
        java.nio.charset.Charset cp1251 = java.nio.charset.Charset.forName("windows-1251");
        String header = "record,code,parent,name,description,kind,level\nSCALE,1,,Базовый,Знает основы,,\n";

        // over-long CSV values: 400 naming column and line
        Api.Reply tooLong = kit.send("POST", "api/v1/competency/import?format=csv&standard=MDB-LONG&title=Long",
                header + "AREA,LONG,,Область,,,\n"
                        + "COMPETENCY," + "К".repeat(56) + ",LONG,Компетенция,,PROFESSIONAL,\n"
                        + "COMPETENCY,LONG-02,LONG," + "с".repeat(600) + "," + "о".repeat(2_500) + ",PROFESSIONAL,\n");
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
        assertThat(fields(tooLong)).containsExactly("line 4", "line 5", "line 5");
        assertThat(tooLong.body()).contains("56", "600", "2,500");
        assertThat(kit.get("api/v1/competency/standards/MDB-LONG/versions").array()).isEmpty();

        // 36 errors: all 36 listed
        StringBuilder many = new StringBuilder(header
                + "AREA,MANY,,Область,,,\nCOMPETENCY,MANY-01,MANY,К,,PROFESSIONAL,\n");
        for (int i = 0; i < 36; i++) {
            many.append("INDICATOR,,NOPE-").append(i).append(",Индикатор без компетенции,,,1\n");
        }
        Api.Reply refused = kit.send("POST", "api/v1/competency/import?format=csv&standard=MDB-MANY&title=M", many
                .toString());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused)).hasSize(36);

        // Windows-1251 with semicolons, no charset: imported with every Cyrillic letter intact
        String name = "Работа с обращениями граждан: ёмко и в срок";
        Api.Reply imported = kit.sendBytes("POST", "api/v1/competency/import?standard=MDB-ENC&title=Enc",
                ("record;code;parent;name;description;kind;level\nSCALE;1;;Базовый;Знает основы;;\n"
                        + "AREA;ENC;;Область «Кодировки»;;;\nCOMPETENCY;ENC-01;ENC;" + name + ";;PROFESSIONAL;\n")
                        .getBytes(cp1251), "text/csv");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        int version = imported.json().getInt("id");
        assertThat(kit.getAny("api/v1/competency/versions/" + version + "/export?format=csv").body())
                .contains(name).doesNotContain("\uFFFD");

        // CASE: over-long values and a long non-UUID identifier refused; the same package with a byte order mark
        // (fresh identifiers, another standard code) imported
        JsonObject pkg = kit.get("api/v1/competency/versions/" + version + "/export?format=case").json();
        JsonObject fresh = jakarta.json.Json.createReader(new java.io.StringReader(pkg.toString().replace(
                pkg.getJsonObject("CFDocument").getString("identifier"), java.util.UUID.randomUUID().toString())))
                .readObject();
        List<JsonObject> items = fresh.getJsonArray("CFItems").getValuesAs(JsonObject.class);
        var edited = jakarta.json.Json.createArrayBuilder(fresh.getJsonArray("CFItems"))
                .set(1, jakarta.json.Json.createObjectBuilder(items.get(1)).add("humanCodingScheme", "H".repeat(60))
                        .add("fullStatement", "с".repeat(600)).add("notes", "о".repeat(2_500)))
                .set(0, jakarta.json.Json.createObjectBuilder(items.get(0))
                        .add("identifier", "urn:x-municipal-academy:item:" + "7".repeat(21)));
        long versions = count("select count(*) from standard_version");
        Api.Reply longCase = kit.send("POST", "api/v1/competency/import?format=case",
                jakarta.json.Json.createObjectBuilder(fresh).add("CFItems", edited).build().toString());
        assertThat(longCase.status()).as(longCase.toString()).isEqualTo(400);
        assertThat(longCase.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("message"))
                .anyMatch(m -> m.contains("humanCodingScheme is 60 characters long; at most 40"))
                .anyMatch(m -> m.contains("fullStatement is 600 characters long; at most 500"))
                .anyMatch(m -> m.contains("notes is 2,500 characters long; at most 2,000"))
                .anyMatch(m -> m.contains("is 50 characters long; at most 36 are allowed"));
        assertThat(count("select count(*) from standard_version")).isEqualTo(versions);
        JsonObject renamed = jakarta.json.Json.createObjectBuilder(fresh).add("CFDocument", jakarta.json.Json
                .createObjectBuilder(fresh.getJsonObject("CFDocument")).add("notes", "MDB-BOM")).build();
        Api.Reply withMark = kit.sendBytes("POST", "api/v1/competency/import?format=case",
                ("\uFEFF" + renamed).getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json");
        assertThat(withMark.status()).as(withMark.toString()).isEqualTo(201);

        // a CASE document nested 10,000 deep
        Api.Reply deep = kit.send("POST", "api/v1/competency/import?format=case",
                "{\"CFDocument\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        assertThat(deep.status()).as(deep.toString()).isEqualTo(400);

        // formula-like names: exported as text
        String dde = "=cmd|' /C calc'!A0";
        Api.Reply formula = kit.sendBytes("POST", "api/v1/competency/import?standard=MDB-FORMULA&title=F",
                ("record;code;parent;name;description;kind;level\nSCALE;1;;Базовый;Знает основы;;\n"
                        + "AREA;FORM;;Область;;;\nCOMPETENCY;FORM-01;FORM;" + dde + ";@SUM(1+1);PROFESSIONAL;\n")
                        .getBytes(cp1251), "text/csv");
        assertThat(formula.status()).as(formula.toString()).isEqualTo(201);
        assertThat(kit.getAny("api/v1/competency/versions/" + formula.json().getInt("id") + "/export?format=csv")
                .body()).contains("'" + dde, "'@SUM(1+1)");

        // a truncated QTI zip and a Windows-1251 GIFT file
        long questions = count("select count(*) from assessment_question");
        byte[] qti = AssessmentIT.Qti.samplePackage();
        Api.Reply cut = kit.sendBytes("POST", "api/v1/assessment/questions/import?format=qti",
                java.util.Arrays.copyOf(qti, qti.length / 2), "application/zip");
        assertThat(cut.status()).as(cut.toString()).isEqualTo(400);
        assertThat(count("select count(*) from assessment_question")).isEqualTo(questions);
        Api.Reply gift = kit.sendBytes("POST", "api/v1/assessment/questions/import?format=gift",
                ("$CATEGORY: MUN-COMP/DIG-01/2\n\n::MDB-CP1251::Кто утверждает устав муниципального образования? "
                        + "{=Представительный орган ~Глава ~Жители}\n").getBytes(cp1251), "text/plain");
        assertThat(gift.status()).as(gift.toString()).isEqualTo(200);
        assertThat(count("select count(*) from assessment_question")).isEqualTo(questions + 1);
        assertThat(count("select count(*) from assessment_question where code = 'MDB-CP1251' and stem_preview like "
                + "'Кто утверждает устав муниципального образования%'")).isEqualTo(1);
    }

    private static List<String> fields(Api.Reply r) {
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    @Test
    void concurrent_saves_and_finishes_on_mariadb_give_one_accepted_save_and_one_result() throws Exception {
        assertThat(count("select count(*) from assessment_question where status = 'ACTIVE'"))
                .isGreaterThanOrEqualTo(150);
        Api admin = Api.as(base, ADMIN, ADMIN_PASSWORD);
        Api.Reply taker = admin.post("api/v1/accounts", "{\"username\":\"taker\",\"password\":\"taker-pass-42\","
                + "\"personId\":" + personId("PER-0001") + ",\"grants\":[{\"role\":\"EMPLOYEE\","
                + "\"scopeType\":\"MUNICIPALITY\",\"municipalityOktmo\":\"19701000\"}]}");
        assertThat(taker.status()).as(taker.toString()).isEqualTo(201);
        Api.Reply author = admin.post("api/v1/accounts", "{\"username\":\"author\",\"password\":\"author-pass-42\","
                + "\"grants\":[{\"role\":\"METHODOLOGIST\",\"scopeType\":\"NATIONAL\"}]}");
        assertThat(author.status()).as(author.toString()).isEqualTo(201);
        Api methodologist = Api.as(base, "author", "author-pass-42");
        Api employee = Api.as(base, "taker", "taker-pass-42");
        Api.Reply created = methodologist.post("api/v1/assessment/tests?code=MDB-1",
                "{\"title\":\"Проверка на MariaDB\",\"timeLimitSeconds\":1800,\"attemptsAllowed\":1,"
                + "\"review\":\"COMPETENCY_REPORT\",\"openForSelf\":true,"
                + "\"rules\":[{\"competencyCode\":\"LAW-01\",\"count\":3},{\"competencyCode\":\"DIG-01\",\"count\":3}],"
                + "\"cuts\":[],\"accommodations\":[]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long testId = created.json().getJsonNumber("id").longValue();
        assertThat(methodologist.post("api/v1/assessment/tests/" + testId + "/publish?version="
                + created.json().getJsonNumber("version").longValue(), null).status()).isEqualTo(200);

        JsonObject attempt = employee.post("api/v1/assessment/tests/" + testId + "/attempts", null).json();
        long id = attempt.getJsonNumber("attemptId").longValue();
        List<JsonObject> slots = attempt.getJsonArray("slots").getValuesAs(JsonObject.class);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            // one save per slot, all naming sequence 0: distinct saves, so exactly one may win (two identical
            // saves would be one save sent twice, and the second is acknowledged again: see below)
            List<String> bodies = slots.stream().map(s -> AssessmentIT.answer(s, 0)).toList();
            List<Api.Reply> saves = concurrently(pool, bodies.size(),
                    n -> employee.post("api/v1/assessment/attempts/" + id + "/answers", bodies.get(n)));
            assertThat(saves.stream().filter(r -> r.status() == 200).count()).as(saves.toString()).isEqualTo(1);
            assertThat(saves.stream().filter(r -> r.status() != 200))
                    .allMatch(r -> r.status() == 409 && r.body().contains("STALE_SEQUENCE"));
            assertThat(count("select seq from assessment_attempt where id = " + id)).isEqualTo(1);
            assertThat(count("select count(*) from assessment_attempt_item where attempt_id = " + id
                    + " and response is not null")).isEqualTo(1);

            // every save sent again: only the winner's copy is the same save (its acknowledgement again, seq 1),
            // every other copy stays refused, and nothing moves
            int winner = java.util.stream.IntStream.range(0, saves.size())
                    .filter(n -> saves.get(n).status() == 200).findFirst().orElseThrow();
            List<Api.Reply> again = concurrently(pool, bodies.size(),
                    n -> employee.post("api/v1/assessment/attempts/" + id + "/answers", bodies.get(n)));
            for (int n = 0; n < again.size(); n++) {
                Api.Reply r = again.get(n);
                if (n == winner) {
                    assertThat(r.status()).as(r.toString()).isEqualTo(200);
                    assertThat(r.json().getJsonNumber("seq").longValue()).isEqualTo(1);
                } else {
                    assertThat(r.status()).as(r.toString()).isEqualTo(409);
                }
            }
            assertThat(count("select seq from assessment_attempt where id = " + id)).isEqualTo(1);

            List<Api.Reply> finishes = concurrently(pool, 4,
                    n -> employee.post("api/v1/assessment/attempts/" + id + "/finish", null));
            assertThat(finishes).allMatch(r -> r.status() == 200);
            assertThat(finishes.stream().map(r -> r.json().getString("finishedAt")).distinct()).hasSize(1);
        } finally {
            pool.shutdown();
        }
        long competencies = count("select count(distinct competency_code) from assessment_attempt_item "
                + "where attempt_id = " + id);
        assertThat(count("select count(*) from assessment_result where attempt_id = " + id)).isEqualTo(competencies);
        assertThat(count("select count(*) from competency_evidence where source = 'ASSESSMENT' and reference like "
                + "'%(attempt " + id + ")'")).isEqualTo(count("select count(*) from assessment_result "
                + "where attempt_id = " + id + " and level_no >= 1"));
        assertThat(count("select count(*) from assessment_attempt where id = " + id + " and status = 'FINISHED'"))
                .isEqualTo(1);
    }

    private static List<Api.Reply> concurrently(ExecutorService pool, int n,
            java.util.function.IntFunction<Api.Reply> call) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Api.Reply>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            Callable<Api.Reply> task = () -> {
                go.await();
                return call.apply(k);
            };
            futures.add(pool.submit(task));
        }
        go.countDown();
        List<Api.Reply> out = new ArrayList<>();
        for (Future<Api.Reply> f : futures) {
            out.add(f.get());
        }
        return out;
    }

    // fastauth

    /**
     * An answer save on MariaDB, authentication included, as the server counts it (the request's own statements,
     * not the scheduled jobs'): at most one write and three reads. Before ADR 0015 it was 6 (3 reads authenticating
     * the caller, 1 read and 2 updates saving); now 1 read (the attempt's slot) and 1 write (sequence number and
     * answer in one multi-table UPDATE), the caller being known in memory. The least of five saves is taken (a
     * poll of the security epoch may fall into one).
     */
    @Test
    void an_answer_save_on_mariadb_costs_at_most_one_write_and_three_reads_authentication_included()
            throws SQLException {
        Api admin = Api.as(base, ADMIN, ADMIN_PASSWORD);
        Api.Reply account = admin.post("api/v1/accounts", "{\"username\":\"saver\",\"password\":\"saver-pass-42\","
                + "\"personId\":" + personId("PER-0002") + ",\"grants\":[{\"role\":\"EMPLOYEE\","
                + "\"scopeType\":\"MUNICIPALITY\",\"municipalityOktmo\":\"19701000\"},"
                + "{\"role\":\"METHODOLOGIST\",\"scopeType\":\"NATIONAL\"}]}");
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        Api saver = Api.as(base, "saver", "saver-pass-42");
        Api.Reply created = saver.post("api/v1/assessment/tests?code=MDB-SAVE",
                "{\"title\":\"Стоимость сохранения\",\"timeLimitSeconds\":1800,\"attemptsAllowed\":1,"
                + "\"review\":\"SCORE_ONLY\",\"openForSelf\":true,"
                + "\"rules\":[{\"competencyCode\":\"LAW-01\",\"count\":3}],\"cuts\":[],\"accommodations\":[]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long testId = created.json().getJsonNumber("id").longValue();
        assertThat(saver.post("api/v1/assessment/tests/" + testId + "/publish?version="
                + created.json().getJsonNumber("version").longValue(), null).status()).isEqualTo(200);
        JsonObject attempt = saver.post("api/v1/assessment/tests/" + testId + "/attempts", null).json();
        long id = attempt.getJsonNumber("attemptId").longValue();
        List<JsonObject> slots = attempt.getJsonArray("slots").getValuesAs(JsonObject.class);

        long[] counting = {Long.MAX_VALUE, Long.MAX_VALUE};
        for (int i = 0; i < 5; i++) {
            long[] before = counters(admin);
            long[] after = counters(admin);
            counting[0] = Math.min(counting[0], after[0] - before[0]);
            counting[1] = Math.min(counting[1], after[1] - before[1]);
        }
        long statements = Long.MAX_VALUE;
        long writes = Long.MAX_VALUE;
        long seq = 0;
        for (int i = 0; i < 6; i++) {
            JsonObject slot = slots.get(i % slots.size());
            String body = AssessmentIT.answer(slot, seq);
            long[] before = counters(admin);
            Api.Reply saved = saver.post("api/v1/assessment/attempts/" + id + "/answers", body);
            long[] after = counters(admin);
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            seq = saved.json().getJsonNumber("seq").longValue();
            if (i > 0) { // the first save may still read the caller (the epoch read, the account)
                statements = Math.min(statements, after[0] - before[0] - counting[0]);
                writes = Math.min(writes, after[1] - before[1] - counting[1]);
            }
        }
        System.out.printf("Statements per answer save on MariaDB, authentication included: %d (%d write(s), "
                + "%d read(s))%n", statements, writes, statements - writes);
        assertThat(writes).as("writes per save").isEqualTo(1);
        assertThat(statements - writes).as("reads per save").isLessThanOrEqualTo(3);
        assertThat(count("select seq from assessment_attempt where id = " + id)).isEqualTo(seq).isEqualTo(6);
        assertThat(count("select count(*) from assessment_attempt_item where attempt_id = " + id
                + " and response is not null and answer_seq is not null")).isEqualTo(Math.min(6, slots.size()));
        // a stale sequence number is still refused by the one statement, and changes nothing
        Api.Reply stale = saver.post("api/v1/assessment/attempts/" + id + "/answers",
                AssessmentIT.answer(slots.get(0), seq - 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("STALE_SEQUENCE");
        assertThat(count("select seq from assessment_attempt where id = " + id)).isEqualTo(6);
    }

    // examstart

    /**
     * Exam day: starting an attempt costs the same number of statements whatever the number of questions — the
     * bank is read for the draw in one query, the drawn revisions in one, and the drawn items are stored by one
     * multi-row INSERT (before: an INSERT and a SELECT LAST_INSERT_ID() per question). A test of 5 questions and
     * one of 30 (from four banks), each started three times by the same signed-in taker; the least count of the
     * three is taken (a poll of the security epoch may fall into one), the attempts are finished in between.
     */
    @Test
    void starting_an_attempt_costs_the_same_statements_for_5_and_for_30_questions_on_mariadb() throws SQLException {
        Api admin = Api.as(base, ADMIN, ADMIN_PASSWORD);
        Api.Reply account = admin.post("api/v1/accounts", "{\"username\":\"starter\","
                + "\"password\":\"starter-pass-42\",\"personId\":" + personId("PER-0003") + ",\"grants\":["
                + "{\"role\":\"EMPLOYEE\",\"scopeType\":\"MUNICIPALITY\",\"municipalityOktmo\":\"19701000\"},"
                + "{\"role\":\"METHODOLOGIST\",\"scopeType\":\"NATIONAL\"}]}");
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        Api starter = Api.as(base, "starter", "starter-pass-42");
        long small = publishedTest(starter, "MDB-START-5", "[{\"competencyCode\":\"LAW-01\",\"count\":5}]");
        long large = publishedTest(starter, "MDB-START-30", "[{\"competencyCode\":\"LAW-01\",\"count\":8},"
                + "{\"competencyCode\":\"DIG-01\",\"count\":8},{\"competencyCode\":\"BUD-01\",\"count\":8},"
                + "{\"competencyCode\":\"CIT-01\",\"count\":6}]");
        assertThat(starter.get("api/v1/assessment/clock").status()).isEqualTo(200);
        long counting = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long[] before = counters(admin);
            counting = Math.min(counting, counters(admin)[0] - before[0]);
        }
        long[] smallCost = startCost(admin, starter, small, 5, counting);
        long[] largeCost = startCost(admin, starter, large, 30, counting);
        System.out.printf("Statements per start on MariaDB: %d for 5 questions (%d write(s)), %d for 30 (%d write(s))"
                + "%n", smallCost[0], smallCost[1], largeCost[0], largeCost[1]);
        assertThat(largeCost[0]).as("statements per start, 30 questions against 5").isEqualTo(smallCost[0]);
        assertThat(largeCost[1]).as("writes per start, 30 questions against 5").isEqualTo(smallCost[1]);
        assertThat(largeCost[0]).as("statements per start").isLessThanOrEqualTo(14);
        assertThat(largeCost[1]).as("writes per start: the attempt and its items").isLessThanOrEqualTo(2);
    }

    /** Creates and publishes an open test with the rules given; its id. */
    private static long publishedTest(Api methodologist, String code, String rules) {
        Api.Reply created = methodologist.post("api/v1/assessment/tests?code=" + code,
                "{\"title\":\"Старт экзамена\",\"timeLimitSeconds\":1800,\"attemptsAllowed\":5,"
                + "\"review\":\"SCORE_ONLY\",\"openForSelf\":true,\"shuffleQuestions\":true,"
                + "\"shuffleOptions\":true,\"rules\":" + rules + ",\"cuts\":[],\"accommodations\":[]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply published = methodologist.post("api/v1/assessment/tests/" + id + "/publish?version="
                + created.json().getJsonNumber("version").longValue(), null);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }

    /**
     * Starts the test three times (finishing each attempt after counting): the least statements and writes of a
     * start, net of the counter's own cost; each attempt has {@code questions} slots, stored as rows.
     */
    private static long[] startCost(Api admin, Api taker, long testId, int questions, long counting)
            throws SQLException {
        long statements = Long.MAX_VALUE;
        long writes = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long[] before = counters(admin);
            Api.Reply started = taker.post("api/v1/assessment/tests/" + testId + "/attempts", null);
            long[] after = counters(admin);
            assertThat(started.status()).as(started.toString()).isEqualTo(200);
            long id = started.json().getJsonNumber("attemptId").longValue();
            assertThat(started.json().getJsonArray("slots")).hasSize(questions);
            assertThat(count("select count(distinct question_id) from assessment_attempt_item where attempt_id = "
                    + id + " and version = 0 and needs_grading = false")).isEqualTo(questions);
            statements = Math.min(statements, after[0] - before[0] - counting);
            writes = Math.min(writes, after[1] - before[1]);
            assertThat(taker.post("api/v1/assessment/attempts/" + id + "/finish", null).status()).isEqualTo(200);
        }
        return new long[] {statements, writes};
    }

    /** The server's statement and write counts (statements sent while serving requests). */
    private static long[] counters(Api admin) {
        JsonObject c = admin.get("api/v1/assessment/maintenance/sql-statements").json();
        return new long[] {c.getJsonNumber("statements").longValue(), c.getJsonNumber("writes").longValue()};
    }
}
