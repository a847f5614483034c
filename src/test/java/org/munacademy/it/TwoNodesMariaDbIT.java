package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers on one MariaDB database, each running the overdue job every second: attempts started on either
 * node and left to run out are closed exactly once — one set of results and one piece of evidence per attained
 * competency each — whichever node gets there first (closing takes a row lock on the attempt and re-checks it).
 */
@Tag("slow")
class TwoNodesMariaDbIT {

    private static final String DATABASE = "academy_nodes";
    private static final String USER = "academy_nodes";
    private static final String PASSWORD = "academy_nodes_pw";
    /** The reserve race: rounds, and entries of each kind per round. */
    private static final int ROUNDS = 4;
    private static final int PER_ROUND = 25;
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

    // fastauth

    /**
     * Cheap authentication on two nodes (ADR 0015): a caller known in memory on node B is refused there within the
     * stated bound (the default poll of the security epoch, 2 s) once an administrator on node A withdraws their
     * grant, changes their password or disables the account; on node A itself at the very next call.
     */
    @Test
    void a_revocation_on_one_node_applies_on_the_other_within_the_stated_bound(@TempDir Path dir) throws Exception {
        MariaDb.recreate(DATABASE, USER, PASSWORD);
        Map<String, String> env = Map.of("ACADEMY_DB_URL", MariaDb.url(DATABASE), "ACADEMY_DB_USER", USER,
                "ACADEMY_DB_PASSWORD", PASSWORD, "ACADEMY_DB_DATASOURCE", "com.mysql.cj.jdbc.MysqlDataSource",
                "ACADEMY_DEMO_ACCOUNTS", "true");
        try (ServerProcess a = ServerProcess.start(dir, "node-a", 8384, env).awaitReady();
                ServerProcess b = ServerProcess.start(dir, "node-b", 8385, env).awaitReady()) {
            java.time.Duration bound = java.time.Duration.ofSeconds(2);
            java.time.Duration slack = java.time.Duration.ofMillis(1500); // the calls themselves on a busy box
            java.time.Duration onB = Revocations.revokeAndWatch(a.base, b.base, "two.nodes.b", bound, slack);
            java.time.Duration onA = Revocations.revokeAndWatch(a.base, a.base, "two.nodes.a", java.time.Duration.ZERO,
                    java.time.Duration.ZERO);
            System.out.printf("Revocation applied on the other node after at most %d ms (bound %d ms), on the "
                    + "changing node at the next call (%d ms)%n", onB.toMillis(), bound.toMillis(), onA.toMillis());
        }
    }

    /** The attempts a node's job reports having closed. */
    private static int closed(String log) {
        return ServerProcess.total(log, "Closed (\\d+) overdue attempt");
    }

    /**
     * The reserve's daily job on two nodes, both running it every second over the same rows: in each of
     * {@value #ROUNDS} rounds {@value #PER_ROUND} entries past their term and {@value #PER_ROUND} entries due for
     * HR's 14-day notice appear at once (one transaction), and both nodes' ticks fall on them while the other is
     * still at work. Each entry expires exactly once (one EXPIRED line of history), each expiry is told to the
     * person once (one in-app notice and one mail), each notice to HR is sent once (one EXPIRY_NOTICE line, one
     * notice and one mail per HR officer of the place) — and both nodes win claims. Both jobs also race for the
     * readiness of the open entries (the seeded ones and these): each is computed once, with one line.
     */
    @Test
    void two_nodes_racing_over_the_reserve_expire_and_notify_every_entry_exactly_once(@TempDir Path dir)
            throws Exception {
        MariaDb.recreate(DATABASE, USER, PASSWORD);
        Map<String, String> env = Map.of("ACADEMY_DB_URL", MariaDb.url(DATABASE), "ACADEMY_DB_USER", USER,
                "ACADEMY_DB_PASSWORD", PASSWORD, "ACADEMY_DB_DATASOURCE", "com.mysql.cj.jdbc.MysqlDataSource",
                "ACADEMY_DEMO_ACCOUNTS", "true", "ACADEMY_RESERVE_CHECK_SECONDS", "1");
        try (ServerProcess a = ServerProcess.start(dir, "node-a", 8384, env).awaitReady();
                ServerProcess b = ServerProcess.start(dir, "node-b", 8385, env).awaitReady()) {
            Thread.sleep(5000); // both jobs have run over the seeded reserve: what follows is only the rows below
            int logA = a.logText().length();
            int logB = b.logText().length();
            long notices = count("select coalesce(max(id), 0) from notification");
            long mails = count("select coalesce(max(id), 0) from outbox_message");
            List<Long> expiring = new ArrayList<>();
            List<Long> noticed = new ArrayList<>();
            LocalDate today = LocalDate.now();
            for (int round = 0; round < ROUNDS; round++) {
                List<Long> due = new ArrayList<>();
                List<Long> soon = new ArrayList<>();
                try (Connection c = MariaDb.root(DATABASE)) {
                    c.setAutoCommit(false);
                    for (int i = 0; i < PER_ROUND; i++) {
                        // distinct terms: each expiry's notice names its own date
                        due.add(insertEntry(c, today.minusDays(1 + expiring.size() + i)));
                        soon.add(insertEntry(c, today.plusDays(1 + i % 13)));
                    }
                    c.commit();
                }
                long until = System.currentTimeMillis() + 90_000;
                while (System.currentTimeMillis() < until && (count("select count(*) from reserve_entry where "
                        + "status <> 'EXPIRED' and id in (" + join(due) + ")") > 0
                        || count("select count(*) from reserve_entry where notified_14 = FALSE and id in ("
                        + join(soon) + ")") > 0
                        || count("select count(*) from reserve_entry_event where kind = 'EXPIRED' and notified = FALSE"
                        + " and entry_id in (" + join(due) + ")") > 0)) {
                    Thread.sleep(200);
                }
                expiring.addAll(due);
                noticed.addAll(soon);
            }
            Thread.sleep(3000); // let both jobs run a few more rounds over the finished rows

            for (long id : expiring) {
                assertThat(count("select count(*) from reserve_entry_event where kind = 'EXPIRED' and notified = TRUE "
                        + "and entry_id = " + id)).as("entry %d expired once, the person told", id).isEqualTo(1);
                assertThat(count("select count(*) from reserve_entry_event where entry_id = " + id)).isEqualTo(1);
            }
            for (long id : noticed) {
                assertThat(count("select count(*) from reserve_entry_event where kind = 'EXPIRY_NOTICE' and entry_id = "
                        + id)).as("entry %d: HR told once", id).isEqualTo(1);
                assertThat(count("select count(*) from notification where template = 'notice.reserve.EXPIRES_14' "
                        + "and link = 'reserve/entry/" + id + "'")).as("entry %d: one notice per HR officer", id)
                        .isEqualTo(2);
                assertThat(count("select count(distinct recipient) from notification where link = 'reserve/entry/"
                        + id + "'")).isEqualTo(2); // hr (the city) and hr.region (Vologda oblast)
            }
            String newNotices = " from notification where id > " + notices + " and template = ";
            assertThat(count("select count(*)" + newNotices + "'notice.reserve.EXPIRED' and recipient = 'employee'"))
                    .as("one expiry notice per entry").isEqualTo(expiring.size());
            assertThat(count("select count(distinct args)" + newNotices + "'notice.reserve.EXPIRED'"))
                    .isEqualTo(expiring.size());
            assertThat(count("select count(*)" + newNotices + "'notice.reserve.EXPIRES_14'"))
                    .isEqualTo(2L * noticed.size());
            String newMails = " from outbox_message where id > " + mails + " and template = ";
            assertThat(count("select count(*)" + newMails + "'notice.reserve.EXPIRED'")).as("one mail per expiry")
                    .isEqualTo(expiring.size());
            assertThat(count("select count(*)" + newMails + "'notice.reserve.EXPIRES_14'"))
                    .isEqualTo(2L * noticed.size());

            Claims byA = Claims.in(a.logText().substring(logA));
            Claims byB = Claims.in(b.logText().substring(logB));
            System.out.printf("Reserve job claims over %d rounds of %d + %d entries: node A %s, node B %s%n", ROUNDS,
                    PER_ROUND, PER_ROUND, byA, byB);
            assertThat(byA.expired() + byB.expired()).isEqualTo(expiring.size());
            assertThat(byA.hr() + byB.hr()).isEqualTo(noticed.size());
            assertThat(byA.persons() + byB.persons()).isEqualTo(expiring.size());
            assertThat(byA.total()).as("node A won claims: the nodes really raced").isPositive();
            assertThat(byB.total()).as("node B won claims: the nodes really raced").isPositive();
            // both jobs also race for the readiness of the open entries: each computed, with one line
            assertThat(count("select count(*) from reserve_entry where readiness is null "
                    + "and status in ('NOMINATED', 'INCLUDED', 'IN_DEVELOPMENT')")).as("open without readiness")
                    .isZero();
            assertThat(count("select count(*) from (select entry_id from reserve_entry_event "
                    + "where kind = 'READINESS_CHANGED' group by entry_id having count(*) > 1) twice"))
                    .as("entries with more than one readiness line").isZero();
        }
    }

    /** An entry of the employee (PER-0001) in Vologda city's reserve, in the reserve until the day given. */
    private static long insertEntry(Connection c, LocalDate validUntil) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO reserve_entry (reserve_id, person_id, region_id, "
                + "municipality_id, target_group_id, basis, status, nominated_by, nominated_on, included_on, "
                + "valid_until, created_at) SELECT r.id, a.person_id, m.region_id, m.id, g.id, 'RESERVE_CONTEST', "
                + "'INCLUDED', 'it', ?, ?, ?, NOW(6) FROM reserve_reserve r, account a, person p, municipality m, "
                + "position_group g WHERE r.code = 'MUN-19701000' AND a.username = 'employee' "
                + "AND p.id = a.person_id AND m.id = p.municipality_id AND g.code = 'CHIEF'",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            LocalDate included = validUntil.minusMonths(36);
            s.setObject(1, included);
            s.setObject(2, included);
            s.setObject(3, validUntil);
            assertThat(s.executeUpdate()).isEqualTo(1);
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** What a node's reserve job reports having claimed. */
    private record Claims(int expired, int hr, int persons) {

        static Claims in(String log) {
            Matcher notices = Pattern.compile("Sent (\\d+) reserve expiry notice\\(s\\) to HR and (\\d+) reserve "
                    + "notice\\(s\\) to persons").matcher(log);
            int hr = 0;
            int persons = 0;
            while (notices.find()) {
                hr += Integer.parseInt(notices.group(1));
                persons += Integer.parseInt(notices.group(2));
            }
            return new Claims(TwoNodesMariaDbIT.expired(log), hr, persons);
        }

        int total() {
            return expired + hr + persons;
        }

        @Override
        public String toString() {
            return expired + " expiries, " + hr + " notices to HR, " + persons + " to persons";
        }
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    /** The entries a node's reserve job reports having expired. */
    private static int expired(String log) {
        return ServerProcess.total(log, "Expired (\\d+) reserve entr");
    }

    private static long count(String sql) throws SQLException {
        return MariaDb.count(DATABASE, sql);
    }
}
