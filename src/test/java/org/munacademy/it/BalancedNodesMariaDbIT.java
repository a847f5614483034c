package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one MariaDB behind HAProxy (the Debian package, started by the test on loopback), as the README's
 * "Running N nodes in production" describes: REST calls go to any node (round robin), the Vaadin UI sticks to one
 * by HAProxy's {@code SRV} cookie. Takers save answers through the balancer while one node is killed with SIGKILL;
 * a client retries a failed save with the same sequence number, and a refused retry (409) is settled by reading
 * the attempt: its sequence number says whether the lost answer was committed. Afterwards every acknowledged answer
 * is in the database, the takers went on on the surviving node, the deadline did not move, and the attempts left
 * to run out are closed once each by the surviving node's job.
 */
@Tag("slow")
class BalancedNodesMariaDbIT {

    private static final String DATABASE = "academy_lb";
    private static final String USER = "academy_lb";
    private static final String PASSWORD = "academy_lb_pw";
    private static final int PORT_A = Integer.getInteger("it.lb.port.a", 18630);
    private static final int PORT_B = Integer.getInteger("it.lb.port.b", 18631);
    private static final int PORT_LB = Integer.getInteger("it.lb.port", 18639);
    private static final String HAPROXY = System.getProperty("it.haproxy", "/usr/sbin/haproxy");
    private static final int TAKERS = 20;
    private static final String TAKER_PASSWORD = "lb-taker-pass-42";
    /** Long enough for the saves before and after the kill; the timer closes the attempts left open after it. */
    private static final int TIME_LIMIT_SECONDS = 120;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void killing_one_of_two_balanced_nodes_mid_exam_loses_no_acknowledged_answer(@TempDir Path dir)
            throws Exception {
        MariaDb.recreate(DATABASE, USER, PASSWORD);
        Map<String, String> env = Map.of("ACADEMY_DB_URL", MariaDb.url(DATABASE), "ACADEMY_DB_USER", USER,
                "ACADEMY_DB_PASSWORD", PASSWORD, "ACADEMY_DB_DATASOURCE", "com.mysql.cj.jdbc.MysqlDataSource",
                "ACADEMY_DEMO_ACCOUNTS", "true", "ACADEMY_ASSESSMENT_GRACE_SECONDS", "1",
                "ACADEMY_ASSESSMENT_OVERDUE_CHECK_SECONDS", "1",
                // every caller reaches the nodes from the balancer's address (see the README)
                "ACADEMY_LOGIN_ADDRESS_VERIFICATIONS_PER_MINUTE", "1000");
        URI lb = URI.create("http://127.0.0.1:" + PORT_LB + "/");
        Path cfg = dir.resolve("haproxy.cfg");
        Files.writeString(cfg, haproxyConfig());
        Path lbLog = dir.resolve("haproxy.log");
        Process haproxy = null;
        ServerProcess a = null;
        ServerProcess b = null;
        try {
            // started one after the other (the first migrates the empty database); killed whatever happens
            a = ServerProcess.start(dir, "node-a", PORT_A, env);
            a.awaitReady();
            b = ServerProcess.start(dir, "node-b", PORT_B, env);
            b.awaitReady();
            haproxy = new ProcessBuilder(HAPROXY, "-f", cfg.toString(), "-db").redirectErrorStream(true)
                    .redirectOutput(lbLog.toFile()).start();
            awaitBalancer(lb, haproxy, lbLog);

            // the UI sticks to the node HAProxy's cookie names; REST calls are spread over both nodes
            String cookie = stickyCookie(lb);
            assertThat(cookie).matches("SRV=node-[ab]");
            String sticky = cookie.substring("SRV=".length());
            for (int i = 0; i < 6; i++) {
                assertThat(get(lb, "?probe=sticky" + i, cookie).statusCode()).isLessThan(500);
            }
            Map<String, String> served = served(lbLog, "probe=sticky");
            assertThat(served).hasSize(6);
            assertThat(served.values()).as("UI requests with the cookie").containsOnly(sticky);

            long testId = publishTest(lb);
            List<Api> accounts = new ArrayList<>();
            List<Long> persons = new ArrayList<>(Api.personIdsByCode(lb).values());
            persons.sort(null);
            Api admin = Api.as(lb, "admin");
            for (int i = 0, p = 0; accounts.size() < TAKERS; i++) {
                assertThat(p).as("persons without an account").isLessThan(persons.size());
                String name = "lb.taker." + i;
                Api.Reply created = admin.post("api/v1/accounts", Json.createObjectBuilder().add("username", name)
                        .add("password", TAKER_PASSWORD).add("personId", persons.get(p++))
                        .add("grants", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("role", "EMPLOYEE").add("scopeType", "NATIONAL")))
                        .build().toString());
                if (created.status() != 201) {
                    continue; // the person has an account already (a demo account): the next one
                }
                accounts.add(Api.as(lb, name, TAKER_PASSWORD));
            }
            List<Taker> takers = new ArrayList<>();
            for (Api account : accounts) { // all at once: the deadlines are close together
                takers.add(new Taker(account, testId));
            }
            assertThat(served(lbLog, "/api/v1/accounts").values()).as("REST calls go to both nodes")
                    .contains("node-a", "node-b");

            List<Thread> threads = new ArrayList<>();
            long stopAt = System.currentTimeMillis() + 25_000;
            for (Taker t : takers) {
                Thread thread = new Thread(() -> t.saveUntil(stopAt), "taker-" + t.attemptId);
                threads.add(thread);
                thread.start();
            }
            Thread.sleep(10_000);
            long before = Taker.ACKS.get();
            ServerProcess victim = "node-a".equals(sticky) ? a : b;
            ServerProcess survivor = victim == a ? b : a;
            String survivorName = victim == a ? "node-b" : "node-a";
            long killedAt = System.nanoTime();
            Taker.KILLED_AT.set(killedAt);
            int exit = victim.kill(); // SIGKILL: no shutdown hooks, requests in flight cut off
            for (Thread thread : threads) {
                thread.join(120_000);
            }
            for (Taker t : takers) {
                assertThat(t.failure).as("taker of attempt %d", t.attemptId).isNull();
            }
            long firstAfter = Taker.FIRST_ACK_AFTER_KILL.get();
            assertThat(firstAfter).as("a save acknowledged after the kill").isPositive();
            assertThat(Taker.ACKS.get()).as("saves went on after the kill").isGreaterThan(before + TAKERS);

            // a UI user of the dead node lands on the other one (and signs in again there)
            HttpResponse<String> moved = get(lb, "?probe=moved", cookie);
            assertThat(moved.statusCode()).isLessThan(500);
            assertThat(served(lbLog, "probe=moved").values()).containsExactly(survivorName);
            assertThat(moved.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("SRV=" + survivorName));

            // every acknowledged answer is in the database; the deadline and the remaining time are right
            int lost = 0;
            for (Taker t : takers) {
                lost += t.verify();
            }
            System.out.printf("Balanced kill: %d takers, %d saves acknowledged (%d of them settled by reading the "
                    + "attempt after a refused retry), %d retried, %d lost; node %s killed (exit %d) after %d "
                    + "acknowledged saves; first acknowledged save after the kill in %d ms%n", takers.size(),
                    Taker.ACKS.get(), Taker.SETTLED.get(), Taker.RETRIED.get(), lost, victim == a ? "A" : "B", exit,
                    before, Duration.ofNanos(firstAfter - killedAt).toMillis());
            assertThat(lost).as("acknowledged answers lost").isZero();

            // half finish on the surviving node, the other half are left to its overdue job: closed once each
            List<Long> byTaker = new ArrayList<>();
            List<Long> byTimer = new ArrayList<>();
            for (int i = 0; i < takers.size(); i++) {
                Taker t = takers.get(i);
                if (i % 2 == 0) {
                    Api.Reply finished = t.api.post("api/v1/assessment/attempts/" + t.attemptId + "/finish", null);
                    assertThat(finished.status()).as(finished.toString()).isEqualTo(200);
                    byTaker.add(t.attemptId);
                } else {
                    byTimer.add(t.attemptId);
                }
            }
            long until = System.currentTimeMillis() + (TIME_LIMIT_SECONDS + 60) * 1000L;
            while (count("select count(*) from assessment_attempt where status = 'IN_PROGRESS'") > 0
                    && System.currentTimeMillis() < until) {
                Thread.sleep(500);
            }
            Thread.sleep(3000); // a few more rounds of the job over the closed attempts
            for (Taker t : takers) {
                String closedBy = byTaker.contains(t.attemptId) ? "TAKER" : "TIMER";
                assertThat(count("select count(*) from assessment_attempt where id = " + t.attemptId
                        + " and status = 'FINISHED' and closed_by = '" + closedBy + "'"))
                        .as("attempt %d closed by the %s", t.attemptId, closedBy).isEqualTo(1);
                assertThat(count("select count(*) from assessment_result where attempt_id = " + t.attemptId))
                        .isEqualTo(count("select count(distinct competency_code) from assessment_attempt_item "
                                + "where attempt_id = " + t.attemptId));
                assertThat(count("select count(*) from competency_evidence where reference like '%(attempt "
                        + t.attemptId + ")'")).as("evidence of attempt %d", t.attemptId)
                        .isEqualTo(count("select count(*) from assessment_result where attempt_id = " + t.attemptId
                                + " and level_no >= 1"));
            }
            int closedBySurvivor = closed(survivor.logText());
            System.out.printf("Overdue attempts closed by the surviving node's job: %d of %d left open (the killed "
                    + "node's log: %d)%n", closedBySurvivor, byTimer.size(), closed(victim.logText()));
            assertThat(closedBySurvivor).isEqualTo(byTimer.size());
            assertThat(closed(victim.logText())).isZero();
        } finally {
            if (haproxy != null) {
                haproxy.destroyForcibly();
                haproxy.waitFor();
            }
            for (ServerProcess node : new ServerProcess[] {a, b}) {
                if (node != null) {
                    node.kill();
                }
            }
        }
    }

    /**
     * One taker: an account of their own, an attempt, one save after the other through the balancer (as the taking
     * page does), each naming the sequence number last received.
     */
    private static final class Taker {

        static final AtomicLong ACKS = new AtomicLong();
        static final AtomicLong RETRIED = new AtomicLong();
        static final AtomicLong SETTLED = new AtomicLong();
        static final AtomicLong KILLED_AT = new AtomicLong(Long.MAX_VALUE);
        static final AtomicLong FIRST_ACK_AFTER_KILL = new AtomicLong();

        final Api api;
        final long attemptId;
        final Instant deadline;
        final List<JsonObject> slots;
        /** The last acknowledged save of each slot: its sequence number and the response sent. */
        final Map<Integer, Ack> acknowledged = new ConcurrentHashMap<>();
        long seq;
        volatile String failure;

        Taker(Api api, long testId) {
            this.api = api;
            Api.Reply started = api.post("api/v1/assessment/tests/" + testId + "/attempts", null);
            assertThat(started.status()).as(started.toString()).isEqualTo(200);
            JsonObject attempt = started.json();
            attemptId = attempt.getJsonNumber("attemptId").longValue();
            seq = attempt.getJsonNumber("seq").longValue();
            deadline = Instant.parse(attempt.getString("deadlineAt"));
            slots = attempt.getJsonArray("slots").getValuesAs(JsonObject.class);
        }

        void saveUntil(long stopAt) {
            try {
                for (int k = 0; System.currentTimeMillis() < stopAt; k++) {
                    JsonObject slot = slots.get(k % slots.size());
                    JsonObject response = response(slot, k);
                    String body = Json.createObjectBuilder().add("slot", slot.getInt("slot")).add("seq", seq)
                            .add("response", response).build().toString();
                    long sent = System.nanoTime();
                    long acked = save(body);
                    if (sent > KILLED_AT.get()) {
                        FIRST_ACK_AFTER_KILL.compareAndSet(0, System.nanoTime());
                    }
                    acknowledged.put(slot.getInt("slot"), new Ack(acked, response));
                    seq = acked;
                    ACKS.incrementAndGet();
                }
            } catch (RuntimeException | InterruptedException e) {
                failure = e.toString();
            }
        }

        /** Sends the save until it is settled; the sequence number it got. Retries name the same number. */
        private long save(String body) throws InterruptedException {
            long deadlineMs = System.currentTimeMillis() + 60_000;
            while (true) {
                if (System.currentTimeMillis() > deadlineMs) {
                    throw new IllegalStateException("save not settled within a minute: " + body);
                }
                Api.Reply r;
                try {
                    r = api.post("api/v1/assessment/attempts/" + attemptId + "/answers", body);
                } catch (UncheckedIOException e) {
                    r = null;
                }
                if (r != null && r.status() == 200) {
                    return r.json().getJsonNumber("seq").longValue();
                }
                if (r != null && r.status() == 409) {
                    // the first try was committed but its answer lost, or not: the attempt's number tells
                    long now = current();
                    if (now == seq + 1) {
                        SETTLED.incrementAndGet();
                        return now;
                    }
                    throw new IllegalStateException("refused: " + r + " (attempt at " + now + ", sent " + seq + ")");
                }
                if (r != null && r.status() < 500) {
                    throw new IllegalStateException("refused: " + r);
                }
                RETRIED.incrementAndGet();
                Thread.sleep(100);
            }
        }

        /** The attempt's sequence number, read until a node answers. */
        private long current() throws InterruptedException {
            for (int i = 0; i < 100; i++) {
                try {
                    Api.Reply r = api.get("api/v1/assessment/attempts/" + attemptId);
                    if (r.status() == 200) {
                        return r.json().getJsonNumber("seq").longValue();
                    }
                } catch (UncheckedIOException e) {
                    // try again
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("attempt " + attemptId + " not readable");
        }

        /**
         * The acknowledged answers missing from the database (each slot's stored sequence number and response are
         * the last acknowledged ones); checks the deadline and the remaining time the surviving node reports.
         */
        int verify() throws SQLException {
            JsonObject now = api.get("api/v1/assessment/attempts/" + attemptId).json();
            assertThat(now.getString("status")).isEqualTo("IN_PROGRESS");
            assertThat(now.getJsonNumber("seq").longValue()).as("attempt %d's sequence number", attemptId)
                    .isEqualTo(seq);
            // exactly the deadline the start answered (whole seconds: the database column keeps no fraction)
            assertThat(Instant.parse(now.getString("deadlineAt"))).as("deadline of attempt %d", attemptId)
                    .isEqualTo(deadline);
            Instant serverNow = Instant.parse(now.getString("serverNow"));
            assertThat(Duration.between(serverNow, Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
            assertThat(now.getJsonNumber("remainingSeconds").longValue())
                    .isBetween(Duration.between(serverNow, deadline).toSeconds() - 1,
                            Duration.between(serverNow, deadline).toSeconds() + 1);
            Map<Integer, Long> stored = new HashMap<>();
            try (Connection c = MariaDb.root(DATABASE); PreparedStatement s = c.prepareStatement(
                    "select slot, answer_seq from assessment_attempt_item where attempt_id = ?")) {
                s.setLong(1, attemptId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        stored.put(r.getInt(1), r.getObject(2) == null ? null : r.getLong(2));
                    }
                }
            }
            Map<Integer, JsonObject> responses = new HashMap<>();
            for (JsonObject slot : now.getJsonArray("slots").getValuesAs(JsonObject.class)) {
                if (slot.containsKey("response") && !slot.isNull("response")) {
                    responses.put(slot.getInt("slot"), slot.getJsonObject("response"));
                }
            }
            int lost = 0;
            for (Map.Entry<Integer, Ack> e : acknowledged.entrySet()) {
                Ack ack = e.getValue();
                JsonObject response = responses.get(e.getKey());
                if (!Long.valueOf(ack.seq()).equals(stored.get(e.getKey())) || response == null
                        || !same(response, ack.response())) {
                    System.out.printf("Lost: attempt %d slot %d acknowledged %s, stored seq %s response %s%n",
                            attemptId, e.getKey(), ack, stored.get(e.getKey()), response);
                    lost++;
                }
            }
            return lost;
        }
    }

    private record Ack(long seq, JsonObject response) {
    }

    /** The k-th answer to a slot: a different one each round, so that a lost save shows. */
    private static JsonObject response(JsonObject slot, int k) {
        JsonObjectBuilder response = Json.createObjectBuilder();
        switch (slot.getString("type")) {
            case "SINGLE_CHOICE", "TRUE_FALSE", "MULTIPLE_CHOICE" -> {
                List<JsonObject> options = slot.getJsonArray("options").getValuesAs(JsonObject.class);
                response.add("choices", Json.createArrayBuilder()
                        .add(options.get(k % options.size()).getInt("index")));
            }
            case "SHORT_TEXT" -> response.add("text", "ответ " + k);
            case "NUMERIC" -> response.add("text", String.valueOf(k));
            case "MATCHING" -> response.add("order", rotated(slot.getJsonArray("rights").getValuesAs(JsonObject.class),
                    k));
            case "ORDERING" -> response.add("order", rotated(slot.getJsonArray("items").getValuesAs(JsonObject.class),
                    k));
            default -> throw new IllegalArgumentException(slot.getString("type"));
        }
        return response.build();
    }

    private static JsonArrayBuilder rotated(List<JsonObject> items, int k) {
        JsonArrayBuilder order = Json.createArrayBuilder();
        for (int i = 0; i < items.size(); i++) {
            order.add(items.get((i + k) % items.size()).getInt("index"));
        }
        return order;
    }

    /** A stored response (presented ids, as the taker sent it) against the one sent; absent lists are empty. */
    private static boolean same(JsonObject stored, JsonObject sent) {
        return ints(stored, "choices").equals(ints(sent, "choices"))
                && ints(stored, "order").equals(ints(sent, "order")) && text(stored).equals(text(sent));
    }

    private static List<Integer> ints(JsonObject o, String key) {
        List<Integer> out = new ArrayList<>();
        if (o.containsKey(key) && !o.isNull(key)) {
            o.getJsonArray(key).forEach(v -> out.add(((JsonNumber) v).intValue()));
        }
        return out;
    }

    private static String text(JsonObject o) {
        return o.containsKey("text") && !o.isNull("text") ? o.getString("text") : "";
    }

    /** A published test any employee may take: six questions, {@value #TIME_LIMIT_SECONDS} s. */
    private static long publishTest(URI lb) {
        Api author = Api.as(lb, "methodologist");
        String settings = Json.createObjectBuilder().add("title", "Балансировщик").add("timeLimitSeconds",
                TIME_LIMIT_SECONDS).add("attemptsAllowed", 1).add("review", "SCORE_ONLY").add("openForSelf", true)
                .add("rules", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("competencyCode", "DIG-01").add("count", 3))
                        .add(Json.createObjectBuilder().add("competencyCode", "LAW-01").add("count", 3)))
                .add("cuts", Json.createArrayBuilder()).add("accommodations", Json.createArrayBuilder())
                .build().toString();
        Api.Reply created = author.post("api/v1/assessment/tests?code=LB-1", settings);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long testId = created.json().getJsonNumber("id").longValue();
        Api.Reply published = author.post("api/v1/assessment/tests/" + testId + "/publish?version="
                + created.json().getJsonNumber("version").longValue(), null);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return testId;
    }

    /**
     * The balancer: REST ({@code /api/}) round robin over both nodes, anything else (the Vaadin UI) sticky by the
     * {@code SRV} cookie HAProxy inserts; a node is taken out after two failed readiness checks a second apart, and
     * a request that could not reach its node (refused connection, or the node died before answering) is sent to
     * the other one; a cleartext HTTP/2 upgrade is refused. One log line per request: backend, node, status, method
     * and URI.
     */
    static String haproxyConfig() {
        return String.join("\n",
                "global",
                "    log stdout format raw local0 info",
                "    maxconn 2000",
                "defaults",
                "    mode http",
                "    log global",
                "    log-format \"%b %s %ST %HM %HU\"",
                "    option redispatch 1",
                "    retries 3",
                "    retry-on conn-failure empty-response",
                "    timeout connect 1s",
                "    timeout client 60s",
                "    timeout server 60s",
                "    timeout check 2s",
                "frontend academy",
                "    bind 127.0.0.1:" + PORT_LB,
                // no cleartext HTTP/2 upgrade (Java's HttpClient asks for one): it would tie the client's connection
                // to one node, and every REST call on it would go there
                "    http-request del-header Connection if { req.hdr(Upgrade) -m sub -i h2c }",
                "    http-request del-header Upgrade if { req.hdr(Upgrade) -m sub -i h2c }",
                "    http-request del-header HTTP2-Settings",
                "    use_backend api if { path_beg /api/ }",
                "    default_backend ui",
                "backend api",
                "    balance roundrobin",
                "    option httpchk GET /health/ready",
                "    http-check expect status 200",
                "    default-server inter 1s fall 2 rise 2",
                "    server node-a 127.0.0.1:" + PORT_A + " check",
                "    server node-b 127.0.0.1:" + PORT_B + " check",
                "backend ui",
                "    balance roundrobin",
                "    cookie SRV insert indirect nocache httponly",
                "    option httpchk GET /health/ready",
                "    http-check expect status 200",
                "    default-server inter 1s fall 2 rise 2",
                "    server node-a 127.0.0.1:" + PORT_A + " check cookie node-a",
                "    server node-b 127.0.0.1:" + PORT_B + " check cookie node-b",
                "");
    }

    private static void awaitBalancer(URI lb, Process haproxy, Path log) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            if (!haproxy.isAlive()) {
                throw new IllegalStateException("HAProxy stopped: " + Files.readString(log));
            }
            try {
                // both nodes up in the REST backend: two calls in a row reach both
                boolean up = get(lb, "api/v1/ping", null).statusCode() == 200;
                up &= get(lb, "api/v1/ping", null).statusCode() == 200;
                if (up && served(log, "/api/v1/ping").values().containsAll(List.of("node-a", "node-b"))) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("HAProxy did not reach both nodes: " + Files.readString(log));
    }

    /** The cookie HAProxy sets on a first UI request: {@code SRV=<node>}. */
    private static String stickyCookie(URI lb) {
        HttpResponse<String> first = get(lb, "?probe=first", null);
        return first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SRV="))
                .map(c -> c.split(";")[0]).findFirst().orElseThrow(() -> new AssertionError("no SRV cookie: "
                        + first.headers().map()));
    }

    private static HttpResponse<String> get(URI lb, String path, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(lb.resolve(path)).timeout(Duration.ofSeconds(30));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** From the balancer's log: the node that served each request whose URI contains the text, by URI. */
    private static Map<String, String> served(Path log, String uriPart) throws IOException {
        try {
            Thread.sleep(300); // HAProxy logs a request once it has answered it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        Pattern line = Pattern.compile("^(\\w+) (node-[ab]) (\\d+) (\\w+) (\\S+)$");
        int n = 0;
        for (String l : Files.readAllLines(log)) {
            Matcher m = line.matcher(l.trim());
            if (m.matches() && m.group(5).contains(uriPart)) {
                out.put(m.group(5) + "#" + n++, m.group(2));
            }
        }
        return out;
    }

    /** The attempts a node's job reports having closed. */
    private static int closed(String log) {
        return ServerProcess.total(log, "Closed (\\d+) overdue attempt");
    }

    private static long count(String sql) throws SQLException {
        return MariaDb.count(DATABASE, sql);
    }
}
