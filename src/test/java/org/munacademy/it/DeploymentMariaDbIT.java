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
        assertThat(accounts.json().getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(count("select count(*) from account")).isEqualTo(1);
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
}
