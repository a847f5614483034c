package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The HTTP layer's defences (issue 8): the API ignores the UI's session (no cross-site requests), reads JSON strictly
 * (400 naming the field, never a 500, never a coerced value), checks roles before it reads a body and limits bodies
 * (413), answers with its own texts, and sets the security and caching headers.
 */
class HardeningIT extends OnPayaraMicro {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final int MB = 1024 * 1024;

    // ---- item 6: the API authenticates only by its own credentials ----

    @Test
    void a_session_signed_in_through_the_ui_does_not_authorise_api_calls() throws Exception {
        String session;
        try (Browser browser = new Browser(base, "hardening-session")) {
            // every page records the Content-Security-Policy violations it meets
            ((org.openqa.selenium.chrome.ChromeDriver) browser.driver).executeCdpCommand(
                    "Page.addScriptToEvaluateOnNewDocument", Map.of("source", "window.__csp = [];"
                            + " document.addEventListener('securitypolicyviolation',"
                            + " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"));
            browser.signIn("employee", Api.DEMO_PASSWORD);
            browser.waitForText("Здравствуйте");
            session = browser.sessionId();
            assertThat(session).isNotNull();
            // the same session still works for the UI, under the Content-Security-Policy
            browser.open("tests");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav")));
            assertThat(browser.driver.getCurrentUrl()).doesNotContain("login");
            browser.open("competencies/me");
            browser.waitForText("Мои компетенции");
            Object violations = ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("return window.__csp");
            assertThat(violations).as("CSP violations").isInstanceOf(List.class);
            assertThat((List<?>) violations).as("CSP violations").isEmpty();
        }
        long testId = startableTest();
        HttpResponse<String> me = send(HttpRequest.newBuilder(base.resolve("api/v1/me"))
                .header("Cookie", "JSESSIONID=" + session).GET());
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(me.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> start = send(HttpRequest.newBuilder(base.resolve(
                        "api/v1/assessment/tests/" + testId + "/attempts"))
                .header("Cookie", "JSESSIONID=" + session).header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(start.statusCode()).isEqualTo(401);
        JsonObject mine = myTest(testId);
        assertThat(!mine.containsKey("activeAttemptId") || mine.isNull("activeAttemptId"))
                .as("no attempt was started with the session cookie").isTrue();
        assertThat(Api.as(base, "employee").get("api/v1/me").status()).as("Basic still works").isEqualTo(200);
    }

    @Test
    void the_session_cookie_is_same_site_and_secure_behind_an_https_proxy() throws Exception {
        HttpResponse<String> plain = send(HttpRequest.newBuilder(base.resolve("login")).GET());
        String cookie = sessionCookie(plain);
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly")
                .doesNotContainIgnoringCase("Secure");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        HttpResponse<String> proxied = send(HttpRequest.newBuilder(base.resolve("login"))
                .header("X-Forwarded-Proto", "https").GET());
        assertThat(sessionCookie(proxied)).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("; Secure");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security").orElse("")).startsWith("max-age=");
    }

    // ---- item 8: malformed JSON is a 400 naming the field ----

    @Test
    void a_string_where_a_boolean_belongs_is_refused_not_stored_as_false() {
        Api hr = Api.as(base, "hr");
        String person = "{\"lastName\":\"Строгая\",\"firstName\":\"Проверка\",\"municipalityId\":"
                + Api.municipalityId(base, "19701000") + ",\"consentGiven\":%s,\"consentDate\":%s}";
        Api.Reply yes = hr.post("api/v1/persons", person.formatted("\"yes\"", "\"2024-01-10\""));
        assertMalformed(yes, "consentGiven");
        Api.Reply badDate = hr.post("api/v1/persons", person.formatted("true", "\"2024-13-45\""));
        assertMalformed(badDate, "consentDate");
        assertThat(hr.get("api/v1/persons?q=" + java.net.URLEncoder.encode("Строгая", StandardCharsets.UTF_8))
                .json().getJsonNumber("total").longValue()).as("nothing was created").isZero();
        assertMalformed(hr.post("api/v1/persons", "{\"lastName\":"), "");
        assertMalformed(hr.post("api/v1/persons", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)), "");
        assertMalformed(hr.post("api/v1/persons", "[".repeat(10_000) + "]".repeat(10_000)), "");
    }

    @Test
    void answers_with_out_of_range_or_fractional_slots_or_null_choices_are_refused() {
        Api employee = Api.as(base, "employee");
        long testId = startableTest();
        JsonObject attempt = employee.post("api/v1/assessment/tests/" + testId + "/attempts", null).json();
        long attemptId = attempt.getJsonNumber("attemptId").longValue();
        String answers = "api/v1/assessment/attempts/" + attemptId + "/answers";
        assertMalformed(employee.post(answers, "{\"slot\":4294967297,\"seq\":0,\"response\":{\"choices\":[0]}}"),
                "slot");
        assertMalformed(employee.post(answers, "{\"slot\":1.9,\"seq\":0,\"response\":{\"choices\":[0]}}"), "slot");
        assertMalformed(employee.post(answers, "{\"slot\":1,\"seq\":0,\"response\":{\"choices\":[1,null]}}"),
                "response.choices[1]");
        assertMalformed(employee.post(answers, "{\"slot\":\"1\",\"seq\":0,\"response\":{\"choices\":[0]}}"),
                "slot");
        JsonObject after = employee.get("api/v1/assessment/attempts/" + attemptId).json();
        assertThat(after.getJsonArray("slots").getValuesAs(JsonObject.class))
                .as("no answer was saved to any slot").noneMatch(s -> s.getBoolean("answered"));
    }

    @Test
    void an_unknown_enum_value_is_refused_naming_the_field() {
        Api methodologist = Api.as(base, "methodologist");
        assertMalformed(methodologist.post("api/v1/assessment/questions",
                "{\"competencyCode\":\"PRJ-01\",\"level\":1,\"difficulty\":\"IMPOSSIBLE\"}"), "difficulty");
    }

    @Test
    void query_parameters_of_the_wrong_type_are_400_naming_the_parameter() {
        Api.Reply limit = Api.as(base, "hr").get("api/v1/persons?limit=many");
        assertThat(limit.status()).as(limit.toString()).isEqualTo(400);
        assertThat(limit.json().getString("code")).isEqualTo("INVALID_PARAMETER");
        assertThat(limit.json().getString("detail")).contains("limit");
        Api.Reply status = Api.as(base, "methodologist").get("api/v1/assessment/questions?status=NOPE");
        assertThat(status.status()).as(status.toString()).isEqualTo(400);
        assertThat(status.json().getString("detail")).contains("status");
    }

    // ---- item 9: roles before bodies, and a body limit ----

    @Test
    void an_employee_uploading_thirty_megabytes_to_the_import_gets_403_before_the_body_is_read() throws Exception {
        RawReply reply = rawUpload("employee", "api/v1/assessment/questions/import?format=gift", 30 * MB, 64 * 1024);
        assertThat(reply.status()).as(reply.head()).isEqualTo(403);
        assertThat(reply.sentBytes()).as("the server answered having received only the first 64 KB")
                .isEqualTo(64 * 1024);
        assertThat(reply.millis()).isLessThan(10_000);
    }

    @Test
    void a_methodologist_over_the_body_limit_gets_413_declared_or_streamed() throws Exception {
        RawReply declared = rawUpload("methodologist", "api/v1/assessment/questions/import?format=gift", 30 * MB,
                64 * 1024);
        assertThat(declared.status()).as(declared.head()).isEqualTo(413);
        assertThat(declared.body()).contains("PAYLOAD_TOO_LARGE");

        RawReply streamed = rawChunkedUpload("methodologist", "api/v1/assessment/questions/import?format=gift",
                21L * MB);
        assertThat(streamed.status()).as(streamed.head()).isEqualTo(413);
        assertThat(streamed.body()).contains("PAYLOAD_TOO_LARGE");
    }

    // ---- item 10: our own texts ----

    @Test
    void runtime_refusals_carry_our_own_texts_not_the_frameworks() {
        Api hr = Api.as(base, "hr");
        Api.Reply media = hr.sendBytes("POST", "api/v1/persons", "lastName=x".getBytes(StandardCharsets.UTF_8),
                "text/plain");
        assertThat(media.status()).isEqualTo(415);
        assertThat(media.json().getString("detail")).isEqualTo("This media type is not accepted here");
        Api.Reply method = hr.send("DELETE", "api/v1/regions", null);
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.json().getString("detail")).isEqualTo("This method is not allowed on this resource");
        Api.Reply missing = hr.get("api/v1/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().getString("detail")).isEqualTo("No such resource");
        Api.Reply multipart = Api.as(base, "methodologist").sendBytes("POST",
                "api/v1/competency/import?format=case", "--x\r\nbroken".getBytes(StandardCharsets.UTF_8),
                "multipart/form-data; boundary=x");
        assertThat(multipart.status()).isEqualTo(415);
        for (Api.Reply r : List.of(media, method, missing, multipart)) {
            assertThat(r.body()).doesNotContain("jakarta.").doesNotContain("org.glassfish")
                    .doesNotContain("HTTP 4");
        }
    }

    // ---- item 12: headers ----

    @Test
    void pages_api_answers_and_exports_carry_the_security_and_no_store_headers() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve("login")).GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'").contains("frame-ancestors 'self'").contains("object-src 'none'");
        assertSecurityHeaders(page);

        HttpResponse<String> api = send(HttpRequest.newBuilder(base.resolve("api/v1/me"))
                .header("Authorization", basic("employee")).GET());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
        assertSecurityHeaders(api);

        HttpResponse<byte[]> export = HTTP.send(HttpRequest.newBuilder(base.resolve("api/v1/competency/heatmap.xlsx"))
                .header("Authorization", basic("hr")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Cache-Control").orElse("")).isEqualTo("no-store");
        assertThat(export.headers().firstValue("X-Content-Type-Options").orElse("")).isEqualTo("nosniff");
    }

    @Test
    void readiness_names_the_database_product_and_no_exception_text() throws Exception {
        HttpResponse<String> ready = send(HttpRequest.newBuilder(base.resolve("health/ready")).GET());
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"").doesNotContain("Exception").doesNotContain("error");
    }

    // ---- helpers ----

    private static void assertSecurityHeaders(HttpResponse<?> r) {
        Map<String, List<String>> h = r.headers().map();
        assertThat(r.headers().firstValue("X-Content-Type-Options").orElse("")).as(h.toString()).isEqualTo("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy").orElse("")).isEqualTo("same-origin");
        assertThat(r.headers().firstValue("X-Frame-Options").orElse("")).isIn("DENY", "SAMEORIGIN");
        assertThat(r.headers().firstValue("Cache-Control").orElse("")).isEqualTo("no-store");
    }

    private void assertMalformed(Api.Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonObject problem = reply.json();
        assertThat(problem.getString("code")).as(reply.toString()).isEqualTo("MALFORMED_JSON");
        if (!field.isEmpty()) {
            assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                    .as(reply.toString()).anyMatch(e -> e.getString("field").equals(field));
        }
        assertThat(reply.body()).doesNotContain("Unable to deserialize").doesNotContain("jakarta.")
                .doesNotContain("yasson").doesNotContain("Exception");
    }

    private long startableTest() {
        return Api.as(base, "employee").get("api/v1/assessment/my/tests").array().getValuesAs(JsonObject.class)
                .stream().filter(t -> t.getBoolean("canStart")).findFirst().orElseThrow()
                .getJsonNumber("testId").longValue();
    }

    private JsonObject myTest(long testId) {
        return Api.as(base, "employee").get("api/v1/assessment/my/tests").array().getValuesAs(JsonObject.class)
                .stream().filter(t -> t.getJsonNumber("testId").longValue() == testId).findFirst().orElseThrow();
    }

    private static String sessionCookie(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + r.headers().map()));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    record RawReply(int status, String head, String body, long sentBytes, long millis) {
    }

    /**
     * Declares a body of {@code declared} bytes but sends only the first {@code sent}, then reads the answer: a
     * server that answers has decided without reading the body.
     */
    private RawReply rawUpload(String user, String path, long declared, int sent) throws IOException {
        URI uri = base.resolve(path);
        long started = System.nanoTime();
        try (Socket socket = open(uri)) {
            OutputStream out = socket.getOutputStream();
            out.write(head(uri, user, "Content-Length: " + declared));
            byte[] part = new byte[sent];
            java.util.Arrays.fill(part, (byte) 'x');
            out.write(part);
            out.flush();
            return answer(socket, sent, started);
        }
    }

    /** Streams {@code total} bytes chunked (no declared length) while reading the answer as it comes. */
    private RawReply rawChunkedUpload(String user, String path, long total) throws Exception {
        URI uri = base.resolve(path);
        long started = System.nanoTime();
        try (Socket socket = open(uri)) {
            OutputStream out = socket.getOutputStream();
            out.write(head(uri, user, "Transfer-Encoding: chunked"));
            java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
            Thread writer = new Thread(() -> {
                byte[] chunk = "::Q:: Вопрос {=да ~нет}\n\n".repeat(2_000).getBytes(StandardCharsets.UTF_8);
                try {
                    while (sent.get() < total) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        sent.addAndGet(chunk.length);
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // the server closed the connection after its answer
                }
            });
            writer.start();
            RawReply reply = answer(socket, 0, started);
            writer.join(30_000);
            return new RawReply(reply.status(), reply.head(), reply.body(), sent.get(), reply.millis());
        }
    }

    private static Socket open(URI uri) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
        socket.setSoTimeout(60_000);
        return socket;
    }

    private static byte[] head(URI uri, String user, String length) {
        return ("POST " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\n"
                + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                + "Authorization: " + basic(user) + "\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Accept: application/json\r\n"
                + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static RawReply answer(Socket socket, long sent, long started) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[16 * 1024];
        StringBuilder text = new StringBuilder();
        int n;
        while ((n = readSome(in, buffer)) > 0) {
            text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            int end = text.indexOf("\r\n\r\n");
            if (end >= 0 && text.indexOf("}", end) >= 0) {
                break; // the problem document arrived
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String all = text.toString();
        int end = all.indexOf("\r\n\r\n");
        String head = end < 0 ? all : all.substring(0, end);
        int status = head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
        return new RawReply(status, head, end < 0 ? "" : all.substring(end + 4), sent, millis);
    }

    private static int readSome(InputStream in, byte[] buffer) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            return -1;
        }
    }

}
