package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database server restarts in the middle of an exam, once cleanly (SIGTERM) and once killed (SIGKILL), each
 * time down for a few seconds while takers keep saving. The application is not restarted: its connection pool
 * validates connections and replaces the dead ones, so saves succeed again once the database is back. While it is
 * down a save fails within a bound with 503 and a problem body ({@code DATABASE_UNAVAILABLE}); the client retries
 * the very same save (same sequence number) with a backoff, and a save that was committed just before the database
 * went away while its answer was lost is acknowledged again on the retry. Every acknowledged answer is in the
 * database afterwards. The database is a private MariaDB of the test's own ({@link PrivateMariaDb}), never the shared
 * one; the application runs as a separate process ({@link ServerProcess}).
 */
@Tag("slow")
class DatabaseRestartMariaDbIT {

    private static final int PORT = Integer.getInteger("it.dbrestart.port", 18640);
    private static final int DB_PORT = Integer.getInteger("it.dbrestart.mysql.port", 3317);
    private static final String DATABASE = "academy_restart";
    private static final String USER = "academy_restart";
    private static final String PASSWORD = "academy_restart_pw";
    /** The demo accounts taking; each takes both tests, so there are twice as many takers (attempts). */
    private static final List<String> ACCOUNTS = List.of("employee", "hr", "hr.region", "hr.tver", "methodologist",
            "juror", "contest", "admin");
    private static final int TESTS = 2;
    /** The client's bound on one call: a call that has no answer by then counts as a hang. */
    private static final Duration CALL_BOUND = Duration.ofSeconds(10);
    private static final Duration OUTAGE = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private final AtomicLong longestCallMillis = new AtomicLong();
    private final AtomicBoolean stop = new AtomicBoolean();
    private ServerProcess server;

    @Test
    void takers_saving_through_a_clean_restart_and_a_kill_of_the_database_lose_no_acknowledged_answer(
            @TempDir Path dir) throws Exception {
        long t0 = System.nanoTime();
        try (PrivateMariaDb db = PrivateMariaDb.install(dir.resolve("mariadb"), DB_PORT)) {
            long installMillis = (System.nanoTime() - t0) / 1_000_000;
            long firstStartMillis = db.start();
            db.createDatabase(DATABASE, USER, PASSWORD);
            System.out.printf(Locale.ROOT, "Private MariaDB on %s: installed in %d ms, started in %d ms%n",
                    db.host(), installMillis, firstStartMillis);
            Map<String, String> env = Map.of("ACADEMY_DB_URL", db.url(DATABASE), "ACADEMY_DB_USER", USER,
                    "ACADEMY_DB_PASSWORD", PASSWORD, "ACADEMY_DB_DATASOURCE", "com.mysql.cj.jdbc.MysqlDataSource",
                    "ACADEMY_DEMO_ACCOUNTS", "true");
            ServerProcess started = ServerProcess.start(dir, "node", PORT, env);
            try (ServerProcess server = started) {
                server.awaitReady(); // inside: a server that never gets ready is stopped all the same
                this.server = server;
                List<Taker> takers = startAttempts(server.base);
                Health health = new Health(server.base);
                List<Thread> threads = new ArrayList<>();
                for (Taker t : takers) {
                    Thread thread = new Thread(t, "taker-" + t.user + "-" + t.attemptId);
                    thread.start();
                    threads.add(thread);
                }
                health.thread.start();
                Thread.sleep(4000);
                String clean = outage("clean shutdown (SIGTERM)", db, takers, health, false);
                Thread.sleep(4000);
                String killed = outage("kill (SIGKILL)", db, takers, health, true);
                Thread.sleep(3000);
                stop.set(true);
                for (Thread t : threads) {
                    t.join(CALL_BOUND.toMillis() * 3);
                    assertThat(t.isAlive()).as("%s has stopped", t.getName()).isFalse();
                }
                health.thread.join(10_000);

                assertThat(server.process.isAlive()).as("the application was not restarted").isTrue();
                List<String> errors = new ArrayList<>();
                takers.forEach(t -> errors.addAll(t.errors));
                assertThat(errors).as("saves refused for good").isEmpty();
                long acknowledged = takers.stream().mapToLong(t -> t.acknowledged).sum();
                long retried = takers.stream().mapToLong(t -> t.retried).sum();
                int lost = lost(db, takers);
                System.out.println(clean);
                System.out.println(killed);
                System.out.printf(Locale.ROOT, "%d takers: %d saves acknowledged, %d retried until acknowledged, "
                        + "%d acknowledged answers lost; failed calls %s; longest call %d ms (bound %d ms)%n",
                        takers.size(), acknowledged, retried, lost, new TreeMap<>(counts()),
                        longestCallMillis.get(), CALL_BOUND.toMillis());
                System.out.println("Readiness while the database was down: " + health.whileDown
                        + "; after: " + health.status());
                assertThat(lost).isZero();
                assertThat(acknowledged).isPositive();
                // a failed save is a 503 problem at once: never a 500, a page that is not a problem, or a hang
                assertThat(counts().keySet()).as("while the database is down a save fails with 503 and a problem")
                        .allMatch(k -> k.equals("503 DATABASE_UNAVAILABLE"));
                assertThat(longestCallMillis.get()).as("longest call, ms").isLessThan(CALL_BOUND.toMillis());
                assertThat(counts()).as("saves failed while the database was down").isNotEmpty();
                assertThat(health.whileDown).as("readiness while the database is down").contains(503)
                        .doesNotContain(200);
                assertThat(health.status()).as("ready again").isEqualTo(200);
            } finally {
                keep(started.log, "dbrestart-node.log");
                keep(dir.resolve("mariadb").resolve("mariadb.log"), "dbrestart-mariadb.log");
            }
        }
    }

    /** Copies a log beside the WAR (the build folder): the test's own folder is deleted after it. */
    private static void keep(Path log, String name) {
        try {
            Path war = Path.of(System.getProperty("it.war", "target/municipal-academy.war")).toAbsolutePath();
            java.nio.file.Files.copy(log, war.getParent().resolve(name),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            System.out.println("Could not keep " + log + ": " + e);
        }
    }

    /** The server's threads, written beside its log: what the calls in flight wait for while the database is down. */
    private void threadDump(String name) {
        try {
            Path war = Path.of(System.getProperty("it.war", "target/municipal-academy.war")).toAbsolutePath();
            new ProcessBuilder(System.getProperty("java.home") + "/bin/jcmd", String.valueOf(server.process.pid()),
                    "Thread.print").redirectErrorStream(true)
                    .redirectOutput(war.getParent().resolve(name).toFile()).start().waitFor();
        } catch (IOException e) {
            System.out.println("No thread dump: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Takes the database down (cleanly or by SIGKILL) while the takers save, brings it back after {@link #OUTAGE}
     * and waits until every taker has had a save acknowledged again; returns the figures.
     */
    private String outage(String how, PrivateMariaDb db, List<Taker> takers, Health health, boolean kill)
            throws Exception {
        long before = takers.stream().mapToLong(t -> t.acknowledged).sum();
        long down = System.nanoTime();
        if (kill) {
            db.kill();
        } else {
            db.stop();
        }
        long stopMillis = (System.nanoTime() - down) / 1_000_000;
        health.down.set(true);
        Thread.sleep(OUTAGE.toMillis() - 1000);
        threadDump("dbrestart-threads-" + (kill ? "kill" : "clean") + ".txt");
        Thread.sleep(1000);
        long restartMillis = db.start();
        long up = System.nanoTime();
        health.down.set(false);
        Thread after = new Thread(() -> {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                return;
            }
            threadDump("dbrestart-threads-" + (kill ? "kill" : "clean") + "-back.txt");
        }, "thread-dump");
        after.start();
        long until = up + Duration.ofSeconds(60).toNanos();
        while (takers.stream().anyMatch(t -> t.lastAcknowledged < up) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(takers).as("every taker saves again after the database's %s", how)
                .allMatch(t -> t.lastAcknowledged >= up);
        long first = takers.stream().mapToLong(t -> t.lastAcknowledged).filter(n -> n >= up).min().orElseThrow();
        long firstByEach = takers.stream().mapToLong(t -> t.firstAcknowledgedAfter(up)).max().orElseThrow();
        long acknowledged = takers.stream().mapToLong(t -> t.acknowledged).sum() - before;
        return String.format(Locale.ROOT, "Database %s: stopped in %d ms, down %d s, restarted in %d ms; first save "
                + "acknowledged %d ms after the database was back, every taker's within %d ms; %d saves acknowledged "
                + "across the outage", how, stopMillis, OUTAGE.toSeconds(), restartMillis, (first - up) / 1_000_000,
                (firstByEach - up) / 1_000_000, acknowledged);
    }

    /** Publishes {@value #TESTS} open tests and starts an attempt on each for every account. */
    private List<Taker> startAttempts(URI base) {
        Api author = Api.as(base, "methodologist");
        List<Long> tests = new ArrayList<>();
        for (int i = 1; i <= TESTS; i++) {
            String settings = Json.createObjectBuilder().add("title", "Перезапуск базы " + i)
                    .add("timeLimitSeconds", 3600).add("attemptsAllowed", 1).add("review", "SCORE_ONLY")
                    .add("openForSelf", true)
                    .add("rules", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("competencyCode", "DIG-01").add("count", 3))
                            .add(Json.createObjectBuilder().add("competencyCode", "LAW-01").add("count", 3)))
                    .add("cuts", Json.createArrayBuilder()).add("accommodations", Json.createArrayBuilder())
                    .build().toString();
            Api.Reply created = author.post("api/v1/assessment/tests?code=DBRESTART-" + i, settings);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            long id = created.json().getJsonNumber("id").longValue();
            Api.Reply published = author.post("api/v1/assessment/tests/" + id + "/publish?version="
                    + created.json().getJsonNumber("version").longValue(), null);
            assertThat(published.status()).as(published.toString()).isEqualTo(200);
            tests.add(id);
        }
        List<Taker> takers = new ArrayList<>();
        for (String account : ACCOUNTS) {
            for (long test : tests) {
                Api.Reply started = Api.as(base, account).post("api/v1/assessment/tests/" + test + "/attempts", null);
                assertThat(started.status()).as(started.toString()).isEqualTo(200);
                takers.add(new Taker(base, account, started.json()));
            }
        }
        return takers;
    }

    /** Acknowledged answers the database does not hold: per attempt its last sequence number, per slot its save. */
    private static int lost(PrivateMariaDb db, List<Taker> takers) throws Exception {
        int lost = 0;
        try (Connection c = db.root(DATABASE);
                PreparedStatement attempt = c.prepareStatement("select seq from assessment_attempt where id = ?");
                PreparedStatement items = c.prepareStatement(
                        "select slot, answer_seq from assessment_attempt_item where attempt_id = ?")) {
            for (Taker t : takers) {
                attempt.setLong(1, t.attemptId);
                try (ResultSet r = attempt.executeQuery()) {
                    r.next();
                    assertThat(r.getLong(1)).as("sequence number of attempt %d", t.attemptId).isEqualTo(t.seq);
                }
                Map<Integer, Long> stored = new HashMap<>();
                items.setLong(1, t.attemptId);
                try (ResultSet r = items.executeQuery()) {
                    while (r.next()) {
                        stored.put(r.getInt(1), r.getLong(2));
                    }
                }
                for (Map.Entry<Integer, Long> e : t.acknowledgedSlots.entrySet()) {
                    if (!e.getValue().equals(stored.get(e.getKey()))) {
                        lost++;
                    }
                }
            }
        }
        return lost;
    }

    private Map<String, Long> counts() {
        Map<String, Long> out = new HashMap<>();
        failures.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** One call within {@link #CALL_BOUND}: the status and body, or status 0 with the client's failure as body. */
    private Reply call(URI base, String user, String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(CALL_BOUND)
                .header("Accept", "application/json");
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (json != null) {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        long started = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (HttpTimeoutException e) {
            return new Reply(0, "", "timeout");
        } catch (IOException e) {
            return new Reply(0, "", "connection: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, "", "interrupted");
        } finally {
            longestCallMillis.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
        }
    }

    private record Reply(int status, String contentType, String body) {

        /** The problem's code, or what the body is when it is not a problem. */
        String code() {
            if (status == 0) {
                return body.startsWith("timeout") ? "timeout" : "no answer";
            }
            if (!contentType.contains("json")) {
                return "not JSON: " + contentType;
            }
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject().getString("code", "no code");
            } catch (RuntimeException e) {
                return "not JSON";
            }
        }

        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    /**
     * One taker on one attempt, saving answer after answer as the taking page does: each save names the sequence
     * number the last acknowledgement returned; a save that fails with 5xx or no answer is sent again unchanged
     * after a backoff (0.1 s doubling to 1 s) until it is acknowledged.
     */
    private final class Taker implements Runnable {

        final URI base;
        final String user;
        final long attemptId;
        final List<JsonObject> slots;
        final List<String> errors = new CopyOnWriteArrayList<>();
        /** Per slot, the sequence number of its last acknowledged save. */
        final Map<Integer, Long> acknowledgedSlots = new ConcurrentHashMap<>();
        final List<Long> acknowledgedAt = new CopyOnWriteArrayList<>();
        volatile long seq;
        volatile long acknowledged;
        volatile long retried;
        volatile long lastAcknowledged;

        Taker(URI base, String user, JsonObject attempt) {
            this.base = base;
            this.user = user;
            this.attemptId = attempt.getJsonNumber("attemptId").longValue();
            this.slots = attempt.getJsonArray("slots").getValuesAs(JsonObject.class);
            this.seq = attempt.getJsonNumber("seq").longValue();
        }

        @Override
        public void run() {
            for (int k = 0; !stop.get(); k++) {
                JsonObject slot = slots.get(k % slots.size());
                String body = answer(slot, seq, k);
                long backoff = 100;
                boolean retry = false;
                while (true) {
                    Reply r = call(base, user, "POST", "api/v1/assessment/attempts/" + attemptId + "/answers", body);
                    if (r.status() == 200) {
                        long acked = r.json().getJsonNumber("seq").longValue();
                        if (acked != seq + 1) {
                            errors.add(user + " attempt " + attemptId + ": acknowledged " + acked + " after " + seq);
                            return;
                        }
                        seq = acked;
                        acknowledgedSlots.put(slot.getInt("slot"), acked);
                        acknowledged++;
                        lastAcknowledged = System.nanoTime();
                        acknowledgedAt.add(lastAcknowledged);
                        if (retry) {
                            retried++;
                        }
                        break;
                    }
                    if (r.status() != 0 && r.status() < 500) {
                        errors.add(user + " attempt " + attemptId + " seq " + seq + ": " + r);
                        return;
                    }
                    failures.computeIfAbsent(r.status() + " " + r.code(), x -> new LongAdder()).increment();
                    retry = true;
                    try {
                        Thread.sleep(backoff);
                    } catch (InterruptedException e) {
                        return;
                    }
                    backoff = Math.min(1000, backoff * 2);
                }
            }
        }

        long firstAcknowledgedAfter(long nanos) {
            return acknowledgedAt.stream().mapToLong(Long::longValue).filter(n -> n >= nanos).min().orElseThrow();
        }
    }

    /** The readiness check, asked every quarter of a second; the answers while the database is down are kept. */
    private final class Health {

        final AtomicBoolean down = new AtomicBoolean();
        final java.util.Set<Integer> whileDown = ConcurrentHashMap.newKeySet();
        final Thread thread;
        private final URI base;

        Health(URI base) {
            this.base = base;
            this.thread = new Thread(() -> {
                while (!stop.get()) {
                    boolean wasDown = down.get();
                    int status = status();
                    if (wasDown && down.get()) {
                        whileDown.add(status);
                    }
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "readiness");
        }

        int status() {
            return call(base, null, "GET", "health/ready", null).status();
        }
    }

    /** A valid answer to the slot that differs from save to save where the question type allows. */
    static String answer(JsonObject slot, long seq, int variant) {
        JsonObjectBuilder response = Json.createObjectBuilder();
        String type = slot.getString("type");
        switch (type) {
            case "SINGLE_CHOICE", "TRUE_FALSE", "MULTIPLE_CHOICE" -> {
                var options = slot.getJsonArray("options");
                response.add("choices", Json.createArrayBuilder()
                        .add(options.getJsonObject(variant % options.size()).getInt("index")));
            }
            case "SHORT_TEXT" -> response.add("text", "ответ " + variant);
            case "NUMERIC" -> response.add("text", String.valueOf(variant));
            case "MATCHING" -> {
                JsonArrayBuilder order = Json.createArrayBuilder();
                slot.getJsonArray("rights").getValuesAs(JsonObject.class).forEach(r -> order.add(r.getInt("index")));
                response.add("order", order);
            }
            case "ORDERING" -> {
                JsonArrayBuilder order = Json.createArrayBuilder();
                slot.getJsonArray("items").getValuesAs(JsonObject.class).forEach(r -> order.add(r.getInt("index")));
                response.add("order", order);
            }
            default -> throw new IllegalArgumentException(type);
        }
        return Json.createObjectBuilder().add("slot", slot.getInt("slot")).add("seq", seq)
                .add("response", response).build().toString();
    }
}
