package org.munacademy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The server's memory per Vaadin session and the cost of an answer saved through the taking page, measured with
 * real Vaadin sessions and no browser: each session speaks Flow's HTTP protocol itself ({@code ?v-r=init} creates
 * the UI and gives the security key, {@code ?v-r=uidl} carries the events), signs in through the login form's
 * {@code login} event, opens the employee's home, goes to the taking page of its attempt by the router (as a click
 * on a link does) and picks answers there, which the page saves. Not part of the suite (the class name ends neither
 * in {@code Test} nor in {@code IT}); run it by name against a running server whose process runs on this machine
 * (its heap is read with {@code jcmd}):
 *
 * <pre>
 * mvn test -Dtest=VaadinSessionBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.url=http://127.0.0.1:8080 \
 *     -Dbench.pid=12345 -Dbench.sessions=2000 -Dbench.saves=3
 * </pre>
 *
 * Set-up (not measured): as the demo administrator it creates persons {@code VS-00001…} and accounts
 * {@code vs00001…} (password {@code vs-pass-00001…}, role EMPLOYEE) as needed, reusing those of an earlier run; as
 * the demo methodologist a fresh open test {@code VSB-…} of single-choice questions; each taker starts an attempt
 * over REST. Then, for the heap: {@code GC.run} twice and the used heap of {@code GC.heap_info} with no sessions,
 * with N signed-in sessions on the home page, and with the same N sessions on the taking page; KB per session is
 * the difference divided by N. Then each session saves {@code bench.saves} answers through the page (the UIDL
 * request of the click is timed; SQL statements per save from the server's own counter), and every acknowledged
 * save is checked against the attempt's sequence number over REST. Last, every session signs out (the server ends
 * it) and the heap is read once more: the taking page's heap less this one is what the sessions held, net of what
 * filled during the run and stays (caches, pools), which the difference to the heap before the run counts too.
 * The table goes to the console and to {@code target/bench-reports/vaadin-sessions-*.md}.
 */
class VaadinSessionBenchmark {

    private static final String URL = System.getProperty("bench.url", "http://127.0.0.1:8080").replaceAll("/+$", "");
    private static final int SESSIONS = Integer.getInteger("bench.sessions", 200);
    private static final int SAVES = Integer.getInteger("bench.saves", 3);
    private static final int THREADS = Integer.getInteger("bench.threads", 8);
    private static final String PID = System.getProperty("bench.pid", "");
    private static final String ADMIN = System.getProperty("bench.admin", "admin");
    private static final String METHODOLOGIST = System.getProperty("bench.methodologist", "methodologist");
    private static final String DEMO_PASSWORD = System.getProperty("bench.password", "demo12345");
    private static final String COMPETENCY = System.getProperty("bench.competency", "DIG-01");
    private static final int QUESTIONS = Integer.getInteger("bench.questions", 9);
    private static final String REPORTS = System.getProperty("bench.reports", "target/bench-reports");
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private long testId;

    /** One browser tab: its HTTP session, its UI and where the protocol stands. */
    private static final class Tab {
        final int no;
        final String username;
        final String password;
        long attemptId;
        int slot;
        int options;
        String cookie;
        int uiId;
        String csrf;
        int syncId;
        int clientId;
        /** Element tag and id attribute per state node of the UI. */
        final Map<Integer, String> tags = new HashMap<>();
        final Map<Integer, String> ids = new HashMap<>();
        /** The state nodes attached now, as the client knows them. */
        final java.util.Set<Integer> live = new java.util.HashSet<>();
        /** Characters in the UIDL answer that showed the taking page. */
        int takingResponse;
        int saved;

        Tab(int no) {
            this.no = no;
            this.username = String.format(Locale.ROOT, "vs%05d", no);
            this.password = String.format(Locale.ROOT, "vs-pass-%05d", no);
        }

        /** The attached state node with this id attribute (a page shown earlier may have left a detached one). */
        Integer node(String id) {
            return ids.entrySet().stream().filter(e -> id.equals(e.getValue()) && live.contains(e.getKey()))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
        }

        Integer nodeByTag(String tag) {
            return tags.entrySet().stream().filter(e -> tag.equals(e.getValue())).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
        }
    }

    @Test
    void memory_per_vaadin_session_and_the_cost_of_a_save_through_the_taking_page() throws Exception {
        System.out.printf(Locale.ROOT, "%n== Vaadin session benchmark: %d sessions against %s (server pid %s) ==%n",
                SESSIONS, URL, PID.isEmpty() ? "n/a" : PID);
        assertThat(rest("GET", "accounts?limit=1", null, ADMIN, DEMO_PASSWORD).statusCode())
                .as("%s as %s (is the server running?)", URL, ADMIN).isEqualTo(200);
        List<Tab> tabs = accounts();
        testId = test();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            each(pool, tabs, this::startAttempt);
            System.out.printf(Locale.ROOT, "set-up: %d attempts started%n", tabs.size());
            long used0 = usedHeapKb();
            Map<String, long[]> histogram0 = histogram();
            long started = System.nanoTime();
            each(pool, tabs, this::signInAndOpenHome);
            long idleSeconds = (System.nanoTime() - started) / 1_000_000_000L;
            long usedIdle = usedHeapKb();
            histogramDiff("home", histogram0, tabs.size());
            started = System.nanoTime();
            each(pool, tabs, this::openTakingPage);
            long takingSeconds = (System.nanoTime() - started) / 1_000_000_000L;
            long usedTaking = usedHeapKb();
            histogramDiff("taking", histogram0, tabs.size());
            System.out.println("state nodes of one session on the taking page: " + nodes(tabs.get(0)));
            long before = statements();
            long diagnostics = statements() - before;
            before = statements();
            List<Long> nanos = new ArrayList<>();
            long wall = System.nanoTime();
            for (Future<long[]> f : submitAll(pool, tabs, this::save)) {
                for (long n : f.get()) {
                    nanos.add(n);
                }
            }
            wall = System.nanoTime() - wall;
            long sql = statements() - before - diagnostics;
            long usedAfterSaves = usedHeapKb();
            histogramDiff("after-saves", histogram0, tabs.size());
            long acknowledged = tabs.stream().mapToLong(t -> t.saved).sum();
            long missing = 0;
            for (Tab t : tabs) {
                JsonObject view = json(rest("GET", "assessment/attempts/" + t.attemptId, null, t.username,
                        t.password).body());
                if (view.getJsonNumber("seq").longValue() != t.saved) {
                    missing++;
                }
            }
            // what the sessions held, net of what filled during the run and stays (caches, pools): the heap once
            // every session has ended
            each(pool, tabs, this::signOut);
            long usedEnded = usedHeapKb();
            histogramDiff("ended", histogram0, tabs.size());
            if (usedEnded >= 0 && SESSIONS >= 100 && usedEnded - used0 > (usedAfterSaves - used0) / 2) {
                // a sign-out that went nowhere would leave the sessions up and make "held" near zero
                error("the heap did not fall after signing out: the sessions did not end");
            }
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            BenchStats saves = BenchStats.of(sorted, wall, sql);
            String table = table(new Heap(used0, usedIdle, usedTaking, usedAfterSaves, usedEnded), saves,
                    acknowledged, missing, idleSeconds, takingSeconds);
            System.out.println(table);
            report(table);
            errors.forEach((k, v) -> System.out.println("  error " + k + ": " + v.sum()));
            assertThat(errors).as("requests that failed").isEmpty();
            assertThat(acknowledged).as("saves acknowledged on the page").isEqualTo((long) SAVES * tabs.size());
            assertThat(missing).as("attempts whose sequence number is not the number of acknowledged saves")
                    .isZero();
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    // ---- the Vaadin protocol ----

    /** Opens the login page in a fresh session, signs in through the form, then loads the home page. */
    private void signInAndOpenHome(Tab t) {
        t.cookie = null;
        page(t, "login");
        send(t, navigate("login"));
        Integer form = t.nodeByTag("vaadin-login-form");
        if (form == null) {
            throw new IllegalStateException(t.username + ": no login form on /login");
        }
        String answer = send(t, "[{\"type\":\"event\",\"node\":" + form + ",\"event\":\"login\",\"data\":{"
                + "\"event.detail.username\":" + quote(t.username) + ",\"event.detail.password\":"
                + quote(t.password) + "}}]");
        if (!answer.contains("vaadin-redirect-pending")) {
            throw new IllegalStateException(t.username + " not signed in: " + abbreviate(answer));
        }
        // the form reloads the page at "/": a new UI in the same (renewed) session, as a browser does
        page(t, "");
        send(t, navigate(""));
    }

    /** The taker follows the link to their attempt: the router navigates the same UI to the taking page. */
    private void openTakingPage(Tab t) {
        String shown = send(t, navigate("tests/attempt/" + t.attemptId));
        t.takingResponse = shown.length();
        Integer button = t.node("nav-" + t.slot);
        if (button == null) {
            throw new IllegalStateException(t.username + ": no taking page for attempt " + t.attemptId);
        }
        if (t.node("answer-" + t.slot) == null) {
            // one question per page: the navigator's button shows the question (sent to the browser only now)
            send(t, click(button));
        }
        if (t.node("answer-" + t.slot) == null) {
            throw new IllegalStateException(t.username + ": no question " + t.slot + " on the taking page");
        }
    }

    /** Picks answers of the single-choice question one after another (a different option each time). */
    private long[] save(Tab t) {
        int group = t.node("answer-" + t.slot);
        long[] nanos = new long[SAVES];
        for (int i = 0; i < SAVES; i++) {
            // the radio group's items carry the keys 1…n in the order shown
            String key = String.valueOf(1 + (i % t.options));
            String rpc = "[{\"type\":\"mSync\",\"node\":" + group + ",\"feature\":1,\"property\":\"value\","
                    + "\"value\":\"" + key + "\"},{\"type\":\"event\",\"node\":" + group
                    + ",\"event\":\"value-changed\",\"data\":{}}]";
            long started = System.nanoTime();
            String answer = send(t, rpc);
            nanos[i] = System.nanoTime() - started;
            if (answer.contains("__takingEnd")) { // the acknowledgement restarts the countdown
                t.saved++;
            } else {
                error("save not acknowledged on the page: " + abbreviate(answer));
            }
        }
        return nanos;
    }

    /** A mouse click on the element of this state node, as the browser reports it. */
    private static String click(int node) {
        return "[{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":{"
                + "\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,"
                + "\"event.clientX\":0,\"event.clientY\":0,\"event.altKey\":false,\"event.button\":0,"
                + "\"event.screenY\":0,\"event.screenX\":0}}]";
    }

    /**
     * Signs out with the frame's «Выйти» button (from the home page, where the taking page has none): the server
     * invalidates the HTTP session, and with it the Vaadin session. The answer to that click may already be the
     * ended session's, so it is not read; whether the session is gone shows in the heap.
     */
    private void signOut(Tab t) {
        if (t.node("logout") == null) {
            send(t, navigate(""));
        }
        Integer logout = t.node("logout");
        if (logout == null) {
            throw new IllegalStateException(t.username + ": no sign-out button on the home page");
        }
        try {
            send(t, click(logout));
        } catch (IllegalStateException e) {
            // the session ended while answering: what signing out is for
        }
    }

    private static String navigate(String route) {
        return "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":" + quote(route)
                + ",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]";
    }

    /** A page load: the HTML (which starts the session), then {@code v-r=init}, which creates the UI. */
    private void page(Tab t, String location) {
        HttpResponse<String> html = http(t, HttpRequest.newBuilder(URI.create(URL + "/" + location)).GET());
        if (html.statusCode() != 200) {
            throw new IllegalStateException("GET /" + location + ": " + html.statusCode());
        }
        HttpResponse<String> init = http(t, HttpRequest.newBuilder(URI.create(URL + "/?v-r=init&location="
                + URLEncoder.encode(location, StandardCharsets.UTF_8) + "&query=")).GET());
        JsonObject config = json(init.body()).getJsonObject("appConfig");
        JsonObject uidl = config.getJsonObject("uidl");
        t.uiId = config.getInt("v-uiId");
        t.csrf = uidl.getString("Vaadin-Security-Key");
        t.tags.clear();
        t.live.clear();
        t.ids.clear();
        apply(t, uidl);
    }

    /** One UIDL request with the given RPC invocations; returns the answer's JSON text. */
    private String send(Tab t, String rpc) {
        String body = "{\"csrfToken\":" + quote(t.csrf) + ",\"rpc\":" + rpc + ",\"syncId\":" + t.syncId
                + ",\"clientId\":" + t.clientId + "}";
        HttpResponse<String> r = http(t, HttpRequest.newBuilder(URI.create(URL + "/?v-r=uidl&v-uiId=" + t.uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        String text = r.body();
        if (r.statusCode() != 200 || !text.startsWith("for(;;);")) {
            throw new IllegalStateException("UIDL " + r.statusCode() + ": " + abbreviate(text));
        }
        text = text.substring("for(;;);".length());
        JsonArray messages;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            messages = reader.readArray();
        }
        JsonObject message = messages.getJsonObject(0);
        if (message.containsKey("meta") && message.getJsonObject("meta").containsKey("appError")) {
            throw new IllegalStateException("UIDL error: " + abbreviate(text));
        }
        apply(t, message);
        answerBrowserDetails(t, message);
        return text;
    }

    /**
     * Answers what the page asks of the browser as a browser does at once: a page that reads the browser's
     * details (time zone, screen) runs {@code Vaadin.Flow.getBrowserDetailsParameters()} and its return channel
     * ({@code [2, node, channel]}) gets them in the next request. Without this answer the server would keep the
     * large UIDL answer that showed the page as the last one (kept to resend it), which no browser leaves there.
     */
    private void answerBrowserDetails(Tab t, JsonObject message) {
        if (!message.containsKey("execute")) {
            return;
        }
        for (JsonValue v : message.getJsonArray("execute")) {
            JsonArray call = v.asJsonArray();
            String script = call.getString(call.size() - 1, "");
            if (!script.contains("getBrowserDetailsParameters") || call.size() < 2
                    || call.get(0).getValueType() != JsonValue.ValueType.ARRAY) {
                continue;
            }
            JsonArray channel = call.getJsonArray(0);
            String details = Json.createObjectBuilder().add("v-sw", "1920").add("v-sh", "1080").add("v-ww", "1600")
                    .add("v-wh", "900").add("v-bw", "1600").add("v-bh", "900").add("v-tzo", "-180")
                    .add("v-rtzo", "-180").add("v-dstd", "0").add("v-dston", "false").add("v-tzid", "Europe/Moscow")
                    .add("v-curdate", String.valueOf(System.currentTimeMillis())).add("v-td", "false")
                    .add("v-pr", "1").add("v-wn", "ROOT-" + t.no).add("v-np", "Linux x86_64").build().toString();
            send(t, "[{\"type\":\"channel\",\"node\":" + channel.getInt(1) + ",\"channel\":" + channel.getInt(2)
                    + ",\"args\":[" + details + "]}]");
        }
    }

    private static void apply(Tab t, JsonObject uidl) {
        if (uidl.containsKey("syncId")) {
            t.syncId = uidl.getInt("syncId");
        }
        if (uidl.containsKey("clientId")) {
            t.clientId = uidl.getInt("clientId");
        }
        if (!uidl.containsKey("changes")) {
            return;
        }
        for (JsonValue v : uidl.getJsonArray("changes")) {
            JsonObject c = v.asJsonObject();
            String type = c.getString("type", "");
            if ("attach".equals(type)) {
                t.live.add(c.getInt("node"));
            } else if ("detach".equals(type)) {
                t.live.remove(c.getInt("node"));
            } else if ("put".equals(type) && "text".equals(c.getString("key", ""))) {
                t.tags.put(c.getInt("node"), "#text");
            }
            if (!"put".equals(c.getString("type", "")) || !c.containsKey("value")
                    || c.get("value").getValueType() != JsonValue.ValueType.STRING) {
                continue;
            }
            int node = c.getInt("node");
            if (c.getInt("feat", -1) == 0 && "tag".equals(c.getString("key"))) {
                t.tags.put(node, c.getString("value"));
            } else if (c.getInt("feat", -1) == 3 && "id".equals(c.getString("key"))) {
                t.ids.put(node, c.getString("value"));
            }
        }
    }

    private HttpResponse<String> http(Tab t, HttpRequest.Builder b) {
        if (t.cookie != null) {
            b.header("Cookie", "JSESSIONID=" + t.cookie);
        }
        try {
            HttpResponse<String> r = client.send(b.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String header : r.headers().allValues("Set-Cookie")) {
                Matcher m = COOKIE.matcher(header);
                if (m.find()) {
                    t.cookie = m.group(1);
                }
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- set-up over REST ----

    /** Persons {@code VS-…} and their accounts, created where an earlier run did not leave them. */
    private List<Tab> accounts() {
        Map<String, Boolean> existing = new HashMap<>();
        for (JsonObject a : all("accounts?q=vs")) {
            existing.put(a.getString("username"), Boolean.TRUE);
        }
        JsonObject municipality = all("municipalities").get(0);
        long municipalityId = municipality.getJsonNumber("id").longValue();
        String oktmo = municipality.getString("oktmo");
        List<Tab> tabs = new ArrayList<>();
        AtomicInteger created = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 1; i <= SESSIONS; i++) {
                Tab t = new Tab(i);
                tabs.add(t);
                if (existing.containsKey(t.username)) {
                    continue;
                }
                futures.add(pool.submit(() -> {
                    String person = Json.createObjectBuilder().add("lastName", "Сессионный")
                            .add("firstName", String.format(Locale.ROOT, "Тестировщик %05d", t.no))
                            .add("municipalityId", municipalityId).add("consentGiven", true)
                            .add("consentDate", LocalDate.now().toString()).build().toString();
                    HttpResponse<String> p = rest("POST", "persons", person, ADMIN, DEMO_PASSWORD);
                    if (p.statusCode() != 201) {
                        throw new IllegalStateException("person " + t.no + ": " + p.statusCode() + " " + p.body());
                    }
                    long personId = json(p.body()).getJsonNumber("id").longValue();
                    String account = Json.createObjectBuilder().add("username", t.username)
                            .add("password", t.password).add("personId", personId).add("enabled", true)
                            .add("grants", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                    .add("role", "EMPLOYEE").add("scopeType", "MUNICIPALITY")
                                    .add("municipalityOktmo", oktmo)))
                            .build().toString();
                    HttpResponse<String> a = rest("POST", "accounts", account, ADMIN, DEMO_PASSWORD);
                    if (a.statusCode() != 201) {
                        throw new IllegalStateException(t.username + ": " + a.statusCode() + " " + a.body());
                    }
                    created.incrementAndGet();
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(Locale.ROOT, "set-up: %d taker accounts (%d created)%n", tabs.size(), created.get());
        return tabs;
    }

    /** A fresh open test of single-choice questions: one question per page, an hour, five attempts. */
    private long test() {
        String code = "VSB-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        String settings = Json.createObjectBuilder().add("title", "Нагрузочный тест (сессии)")
                .add("timeLimitSeconds", 3600).add("attemptsAllowed", 5).add("review", "SCORE_ONLY")
                .add("openForSelf", true).add("shuffleQuestions", true).add("shuffleOptions", true)
                .add("onePerPage", true)
                .add("rules", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("competencyCode", COMPETENCY).add("count", QUESTIONS)))
                .add("cuts", Json.createArrayBuilder()).add("accommodations", Json.createArrayBuilder())
                .build().toString();
        HttpResponse<String> created = rest("POST", "assessment/tests?code=" + code, settings, METHODOLOGIST,
                DEMO_PASSWORD);
        assertThat(created.statusCode()).as("creating test %s: %s", code, created.body()).isEqualTo(201);
        JsonObject test = json(created.body());
        long id = test.getJsonNumber("id").longValue();
        HttpResponse<String> published = rest("POST", "assessment/tests/" + id + "/publish?version="
                + test.getJsonNumber("version").longValue(), null, METHODOLOGIST, DEMO_PASSWORD);
        assertThat(published.statusCode()).as("publishing %s: %s", code, published.body()).isEqualTo(200);
        System.out.printf(Locale.ROOT, "set-up: test %s (id %d), %d questions of %s per attempt%n", code, id,
                QUESTIONS, COMPETENCY);
        return id;
    }

    private void startAttempt(Tab t) {
        HttpResponse<String> r = rest("POST", "assessment/tests/" + testId + "/attempts", null, t.username,
                t.password);
        if (r.statusCode() == 401) {
            // the per-address sign-in budget (academy.login.address-verifications-per-minute) ran out: once more
            r = rest("POST", "assessment/tests/" + testId + "/attempts", null, t.username, t.password);
        }
        if (r.statusCode() != 200) {
            throw new IllegalStateException(t.username + " cannot start: " + r.statusCode() + " " + r.body());
        }
        JsonObject view = json(r.body());
        t.attemptId = view.getJsonNumber("attemptId").longValue();
        for (JsonObject s : view.getJsonArray("slots").getValuesAs(JsonObject.class)) {
            String type = s.getString("type");
            if (("SINGLE_CHOICE".equals(type) || "TRUE_FALSE".equals(type)) && s.getJsonArray("options").size() > 1) {
                t.slot = s.getInt("slot");
                t.options = s.getJsonArray("options").size();
                return;
            }
        }
        throw new IllegalStateException(t.username + ": no single-choice question in " + abbreviate(r.body()));
    }

    private List<JsonObject> all(String path) {
        List<JsonObject> all = new ArrayList<>();
        for (int offset = 0;; offset += 500) {
            HttpResponse<String> r = rest("GET", path + (path.contains("?") ? "&" : "?") + "limit=500&offset="
                    + offset, null, ADMIN, DEMO_PASSWORD);
            assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
            JsonValue body = parse(r.body());
            List<JsonObject> page = body.getValueType() == JsonValue.ValueType.ARRAY
                    ? body.asJsonArray().getValuesAs(JsonObject.class)
                    : body.asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class);
            all.addAll(page);
            if (body.getValueType() == JsonValue.ValueType.ARRAY || page.size() < 500) {
                return all;
            }
        }
    }

    private HttpResponse<String> rest(String method, String path, String json, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(URL + "/api/v1/" + path)).timeout(TIMEOUT)
                .header("Accept", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long statements() {
        HttpResponse<String> r = rest("GET", "assessment/maintenance/sql-statements", null, ADMIN, DEMO_PASSWORD);
        return r.statusCode() == 200 ? json(r.body()).getJsonNumber("statements").longValue() : -1;
    }

    // ---- the heap ----

    /** The server's used heap in KB after two full collections; -1 without {@code bench.pid}. */
    private static long usedHeapKb() {
        if (PID.isEmpty()) {
            return -1;
        }
        jcmd("GC.run");
        jcmd("GC.run");
        Matcher m = USED.matcher(jcmd("GC.heap_info"));
        if (!m.find()) {
            throw new IllegalStateException("no used heap in jcmd GC.heap_info");
        }
        return Long.parseLong(m.group(1));
    }

    /** The client's attached state nodes by element tag ({@code #text} for text nodes), most first. */
    private static String nodes(Tab t) {
        Map<String, Integer> byTag = new java.util.TreeMap<>();
        t.live.forEach(n -> byTag.merge(t.tags.getOrDefault(n, "?"), 1, Integer::sum));
        return t.live.size() + " " + byTag + "; the answer that showed the page: " + t.takingResponse + " chars";
    }

    /** Instances and bytes per class ({@code GC.class_histogram}) with {@code -Dbench.histograms=true}, else empty. */
    private static Map<String, long[]> histogram() {
        Map<String, long[]> classes = new HashMap<>();
        if (PID.isEmpty() || !Boolean.getBoolean("bench.histograms")) {
            return classes;
        }
        Matcher m = HISTOGRAM_ROW.matcher(jcmd("GC.class_histogram"));
        while (m.find()) {
            classes.put(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
        }
        return classes;
    }

    /**
     * Where a session's bytes are: the classes that grew most since the histogram with no sessions, per session,
     * written to {@code vaadin-sessions-histogram-<stage>-*.txt} in the reports' directory.
     */
    private static void histogramDiff(String stage, Map<String, long[]> before, int sessions) {
        if (before.isEmpty()) {
            return;
        }
        Map<String, long[]> now = histogram();
        List<Map.Entry<String, long[]>> grown = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, long[]> e : now.entrySet()) {
            long[] b = before.getOrDefault(e.getKey(), new long[2]);
            long[] d = {e.getValue()[0] - b[0], e.getValue()[1] - b[1]};
            total += d[1];
            grown.add(Map.entry(e.getKey(), d));
        }
        grown.sort((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1]));
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%s: %.1f KB per session in all classes; the 60 that grew most, per session:%n", stage,
                total / 1024.0 / sessions));
        for (Map.Entry<String, long[]> e : grown.subList(0, Math.min(60, grown.size()))) {
            out.append(String.format(Locale.ROOT, "%9.0f B %8.1f  %s%n", e.getValue()[1] / (double) sessions,
                    e.getValue()[0] / (double) sessions, e.getKey()));
        }
        try {
            Path dir = Path.of(REPORTS);
            Files.createDirectories(dir);
            Path file = dir.resolve("vaadin-sessions-histogram-" + stage + "-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".txt");
            Files.writeString(file, out);
            System.out.println("histogram: " + file.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jcmd(String command) {
        try {
            Process p = new ProcessBuilder("jcmd", PID, command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- running and reporting ----

    private interface Step {
        void run(Tab t);
    }

    private interface Timed {
        long[] run(Tab t);
    }

    private void each(ExecutorService pool, List<Tab> tabs, Step step) throws Exception {
        for (Future<long[]> f : submitAll(pool, tabs, t -> {
            step.run(t);
            return new long[0];
        })) {
            f.get();
        }
    }

    private List<Future<long[]>> submitAll(ExecutorService pool, List<Tab> tabs, Timed step) {
        List<Future<long[]>> futures = new ArrayList<>();
        for (Tab t : tabs) {
            futures.add(pool.submit(() -> step.run(t)));
        }
        return futures;
    }

    private void error(String what) {
        String key = what.length() > 120 ? what.substring(0, 120) : what;
        errors.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** Used heap in KB at each stage of the run (-1 without {@code bench.pid}). */
    private record Heap(long none, long home, long taking, long afterSaves, long ended) {
    }

    private String table(Heap heap, BenchStats saves, long acknowledged, long missing, long idleSeconds,
            long takingSeconds) {
        long used0 = heap.none();
        long usedIdle = heap.home();
        long usedTaking = heap.taking();
        long usedAfterSaves = heap.afterSaves();
        long usedEnded = heap.ended();
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "Vaadin sessions, %s, N = %d, %d single-choice questions per attempt "
                + "(one per page), %d saves per session by %d threads%n%n", LocalDate.now(), SESSIONS, QUESTIONS,
                SAVES, THREADS));
        s.append("| measurement | value |\n|---|---|\n");
        s.append(String.format(Locale.ROOT, "| used heap, no sessions | %s |%n", mb(used0)));
        s.append(String.format(Locale.ROOT, "| N signed-in sessions on the home page (set up in %d s) | %s, **%s "
                + "per session** |%n", idleSeconds, mb(usedIdle), kb(usedIdle, used0)));
        s.append(String.format(Locale.ROOT, "| the same N sessions on the taking page (set up in %d s) | %s, **%s "
                + "per session** |%n", takingSeconds, mb(usedTaking), kb(usedTaking, used0)));
        s.append(String.format(Locale.ROOT, "| after %d saves | %s, %s per session |%n", acknowledged,
                mb(usedAfterSaves), kb(usedAfterSaves, used0)));
        s.append(String.format(Locale.ROOT, "| the N sessions ended (signed out) | %s: the taking page held **%s per "
                + "session** over this heap |%n", mb(usedEnded), kb(usedTaking, usedEnded)));
        s.append(String.format(Locale.ROOT, "| save through the page (UIDL round trip) p50 / p95 / p99 | %.1f / "
                + "%.1f / %.1f ms |%n", saves.percentileMillis(50), saves.percentileMillis(95),
                saves.percentileMillis(99)));
        s.append(String.format(Locale.ROOT, "| saves/s (%d threads) | %.0f |%n", THREADS, saves.throughput()));
        s.append(String.format(Locale.ROOT, "| SQL statements per save through the page | %s |%n",
                saves.sqlStatements() < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", saves.sqlPerCall())));
        s.append(String.format(Locale.ROOT, "| acknowledged saves missing in the attempts | %d |%n", missing));
        if (usedTaking >= 0) {
            // judged on what the sessions held (the heap once they ended is the base: what filled during the run and
            // stays is no session's); the difference to the heap before the run is printed beside it
            double held = (double) (usedTaking - usedEnded) / SESSIONS;
            ExamDayFigures.record(String.format(Locale.ROOT, "memory per Vaadin session on the taking page, N = %d: "
                    + "held by the sessions (over the heap before the run; after %d saves each)", SESSIONS, SAVES),
                    String.format(Locale.ROOT, "%.1f KB (%s; %s)", held, kb(usedTaking, used0),
                            kb(usedAfterSaves, used0)), "≤ 100 KB", held <= 100);
        }
        ExamDayFigures.record("save through the taking page (UIDL) p50 / p99", String.format(Locale.ROOT,
                "%.1f / %.1f ms", saves.percentileMillis(50), saves.percentileMillis(99)));
        return s.toString();
    }

    private static String mb(long kb) {
        return kb < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f MB", kb / 1024.0);
    }

    private static String kb(long used, long used0) {
        return used < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f KB", (double) (used - used0) / SESSIONS);
    }

    private static void report(String table) {
        try {
            Path dir = Path.of(REPORTS);
            Files.createDirectories(dir);
            Path file = dir.resolve("vaadin-sessions-" + LocalDateTime.now()
                    .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
            Files.writeString(file, "# Vaadin session benchmark\n\n" + table);
            System.out.println("report: " + file.toAbsolutePath());
        } catch (IOException e) {
            System.out.println("report not written: " + e);
        }
    }

    private static JsonObject json(String body) {
        return parse(body).asJsonObject();
    }

    private static JsonValue parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    private static String quote(String s) {
        return Json.createValue(s).toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }
}
