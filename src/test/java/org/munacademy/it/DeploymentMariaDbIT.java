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
        try (Connection c = MariaDb.root(MariaDb.APP_DATABASE); PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
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
        String created = "('taker', 'author')";
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
            List<Api.Reply> saves = concurrently(pool, 8, n -> employee.post("api/v1/assessment/attempts/" + id
                    + "/answers", AssessmentIT.answer(slots.get(n % slots.size()), 0)));
            assertThat(saves.stream().filter(r -> r.status() == 200).count()).isEqualTo(1);
            assertThat(saves.stream().filter(r -> r.status() == 409)
                    .allMatch(r -> r.body().contains("STALE_SEQUENCE"))).isTrue();
            assertThat(count("select seq from assessment_attempt where id = " + id)).isEqualTo(1);
            assertThat(count("select count(*) from assessment_attempt_item where attempt_id = " + id
                    + " and response is not null")).isEqualTo(1);

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
}
