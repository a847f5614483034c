package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers on one MariaDB database, each running the overdue job every second: attempts started on either
 * node and left to run out are closed exactly once — one set of results and one piece of evidence per attained
 * competency each — whichever node gets there first (closing takes a row lock on the attempt and re-checks it).
 */
class TwoNodesMariaDbIT {

    private static final String DATABASE = "academy_nodes";
    private static final String USER = "academy_nodes";
    private static final String PASSWORD = "academy_nodes_pw";
    private static final List<String> TAKERS = List.of("employee", "hr", "hr.region", "hr.tver", "methodologist",
            "juror", "contest", "admin");

    @Test
    void two_nodes_close_every_overdue_attempt_exactly_once(@TempDir Path dir) throws Exception {
        MariaDb.recreate(DATABASE, USER, PASSWORD);
        Map<String, String> env = Map.of("ACADEMY_DB_URL", MariaDb.url(DATABASE), "ACADEMY_DB_USER", USER,
                "ACADEMY_DB_PASSWORD", PASSWORD, "ACADEMY_DB_DATASOURCE", "com.mysql.cj.jdbc.MysqlDataSource",
                "ACADEMY_DEMO_ACCOUNTS", "true", "ACADEMY_ASSESSMENT_GRACE_SECONDS", "1",
                "ACADEMY_ASSESSMENT_OVERDUE_CHECK_SECONDS", "1");
        try (ServerProcess a = ServerProcess.start(dir, "node-a", 8384, env).awaitReady();
                ServerProcess b = ServerProcess.start(dir, "node-b", 8385, env).awaitReady()) {
            Api author = Api.as(a.base, "methodologist");
            String settings = Json.createObjectBuilder().add("title", "Два узла").add("timeLimitSeconds", 10)
                    .add("attemptsAllowed", 1).add("review", "SCORE_ONLY").add("openForSelf", true)
                    .add("rules", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("competencyCode", "DIG-01").add("count", 3))
                            .add(Json.createObjectBuilder().add("competencyCode", "LAW-01").add("count", 3)))
                    .add("cuts", Json.createArrayBuilder()).add("accommodations", Json.createArrayBuilder())
                    .build().toString();
            Api.Reply created = author.post("api/v1/assessment/tests?code=NODES-1", settings);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            long testId = created.json().getJsonNumber("id").longValue();
            assertThat(author.post("api/v1/assessment/tests/" + testId + "/publish?version="
                    + created.json().getJsonNumber("version").longValue(), null).status()).isEqualTo(200);

            List<Long> attempts = new ArrayList<>();
            for (int i = 0; i < TAKERS.size(); i++) {
                Api taker = Api.as(i % 2 == 0 ? a.base : b.base, TAKERS.get(i));
                JsonObject attempt = taker.post("api/v1/assessment/tests/" + testId + "/attempts", null).json();
                long id = attempt.getJsonNumber("attemptId").longValue();
                attempts.add(id);
                for (JsonObject slot : attempt.getJsonArray("slots").getValuesAs(JsonObject.class)) {
                    Api.Reply saved = taker.post("api/v1/assessment/attempts/" + id + "/answers",
                            AssessmentIT.answer(slot, slot.getInt("slot") - 1));
                    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
                }
            }
            // nobody finishes: both nodes' jobs race to close the attempts once the time is up
            long until = System.currentTimeMillis() + 60_000;
            while (count("select count(*) from assessment_attempt where status = 'IN_PROGRESS'") > 0
                    && System.currentTimeMillis() < until) {
                Thread.sleep(500);
            }
            Thread.sleep(3000); // let both jobs run a few more rounds over the closed attempts
            for (long id : attempts) {
                assertThat(count("select count(*) from assessment_attempt where id = " + id
                        + " and status = 'FINISHED' and closed_by = 'TIMER'")).as("attempt %d closed", id).isEqualTo(1);
                assertThat(count("select count(*) from assessment_result where attempt_id = " + id))
                        .isEqualTo(count("select count(distinct competency_code) from assessment_attempt_item "
                                + "where attempt_id = " + id));
                assertThat(count("select count(*) from competency_evidence where reference like '%(attempt " + id
                        + ")'")).as("evidence of attempt %d", id)
                        .isEqualTo(count("select count(*) from assessment_result where attempt_id = " + id
                                + " and level_no >= 1"));
            }
            int closedByA = closed(a.logText());
            int closedByB = closed(b.logText());
            System.out.println("Overdue attempts closed: node A " + closedByA + ", node B " + closedByB + " (of "
                    + attempts.size() + ")");
            assertThat(closedByA + closedByB).isEqualTo(attempts.size());
        }
    }

    /** The attempts a node's job reports having closed. */
    private static int closed(String log) {
        Matcher m = Pattern.compile("Closed (\\d+) overdue attempt").matcher(log);
        int total = 0;
        while (m.find()) {
            total += Integer.parseInt(m.group(1));
        }
        return total;
    }

    /**
     * The reserve's expiry job on two nodes: entries included by a protocol held more than a term ago are all past
     * their term at once; both nodes' jobs (every second) race for them, and each entry expires exactly once (one
     * EXPIRED line of history) and its person is told once; the seeded open entries each get their readiness once
     * (one READINESS_CHANGED line), whichever node computed it.
     */
    @Test
    void two_nodes_expire_every_entry_past_its_term_exactly_once(@TempDir Path dir) throws Exception {
        MariaDb.recreate(DATABASE, USER, PASSWORD);
        Map<String, String> env = Map.of("ACADEMY_DB_URL", MariaDb.url(DATABASE), "ACADEMY_DB_USER", USER,
                "ACADEMY_DB_PASSWORD", PASSWORD, "ACADEMY_DB_DATASOURCE", "com.mysql.cj.jdbc.MysqlDataSource",
                "ACADEMY_DEMO_ACCOUNTS", "true", "ACADEMY_RESERVE_CHECK_SECONDS", "1");
        try (ServerProcess a = ServerProcess.start(dir, "node-a", 8384, env).awaitReady();
                ServerProcess b = ServerProcess.start(dir, "node-b", 8385, env).awaitReady()) {
            Map<String, Long> people = Api.personIdsByCode(a.base);
            List<Long> entries = new ArrayList<>();
            var decisions = Json.createArrayBuilder();
            for (String code : List.of("PER-0016", "PER-0017", "PER-0018", "PER-0019", "PER-0020", "PER-0021")) {
                Api.Reply n = Api.as(entries.size() % 2 == 0 ? a.base : b.base, "hr").post("api/v1/reserve/entries",
                        Json.createObjectBuilder().add("reserveCode", "MUN-19701000").add("personId", people.get(code))
                                .add("targetGroupCode", "CHIEF").add("basis", "RESERVE_CONTEST").build().toString());
                assertThat(n.status()).as(n.toString()).isEqualTo(201);
                long id = n.json().getJsonObject("entry").getJsonNumber("id").longValue();
                entries.add(id);
                decisions.add(Json.createObjectBuilder().add("entryId", id).add("kind", "INCLUDE").add("votesFor", 1)
                        .add("votesAgainst", 0).add("votesAbstained", 0));
            }
            long before = count("select count(*) from reserve_entry_event where kind = 'EXPIRED'");
            Api.Reply p = Api.as(a.base, "commission").post("api/v1/reserve/reserves/MUN-19701000/protocols",
                    Json.createObjectBuilder().add("number", "КР-УЗЛЫ").add("heldOn",
                            java.time.LocalDate.now().minusMonths(37).toString())
                            .add("membersPresent", Json.createArrayBuilder().add("Белова О. Н."))
                            .add("decisions", decisions).build().toString());
            assertThat(p.status()).as(p.toString()).isEqualTo(201);
            long until = System.currentTimeMillis() + 60_000;
            while (count("select count(*) from reserve_entry where status <> 'EXPIRED' and id in ("
                    + join(entries) + ")") > 0 && System.currentTimeMillis() < until) {
                Thread.sleep(500);
            }
            Thread.sleep(3000); // let both jobs run a few more rounds over the expired entries
            for (long id : entries) {
                assertThat(count("select count(*) from reserve_entry_event where kind = 'EXPIRED' and entry_id = "
                        + id)).as("entry %d expired once", id).isEqualTo(1);
                assertThat(count("select count(*) from reserve_entry_event where kind = 'INCLUDED' and notified = TRUE "
                        + "and entry_id = " + id)).as("entry %d: the person told once", id).isEqualTo(1);
            }
            int byA = expired(a.logText());
            int byB = expired(b.logText());
            System.out.println("Reserve entries expired: node A " + byA + ", node B " + byB);
            // the jobs also expire the seeded entries whose term ran out since the content was written: at least ours
            assertThat(byA + byB).isGreaterThanOrEqualTo(entries.size());
            assertThat(count("select count(*) from reserve_entry_event where kind = 'EXPIRED'") - before)
                    .isEqualTo(entries.size());
            // both jobs also race for the readiness of the seeded open entries: each computed, with one line
            assertThat(count("select count(*) from reserve_entry where readiness is null "
                    + "and status in ('NOMINATED', 'INCLUDED', 'IN_DEVELOPMENT')")).as("open without readiness")
                    .isZero();
            assertThat(count("select count(*) from (select entry_id from reserve_entry_event "
                    + "where kind = 'READINESS_CHANGED' group by entry_id having count(*) > 1) twice"))
                    .as("entries with more than one readiness line").isZero();
        }
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    /** The entries a node's reserve job reports having expired. */
    private static int expired(String log) {
        Matcher m = Pattern.compile("Expired (\\d+) reserve entr").matcher(log);
        int total = 0;
        while (m.find()) {
            total += Integer.parseInt(m.group(1));
        }
        return total;
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = MariaDb.root(DATABASE); PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
