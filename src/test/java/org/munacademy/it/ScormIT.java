package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.munacademy.learning.control.ScormZips;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * SCORM 1.2 on the seeded content: broken packages refused with every problem named and nothing stored, a good one
 * stored and attached, the package's files served on its own path with their type, nosniff and the package policy to
 * whoever may open the lesson, and the runtime: a commit with the launch token, refused without it, from another
 * site or for someone else, and a second launch resuming where the first stopped with the time added up; passed with
 * its score reaches the platform.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScormIT extends OnPayaraMicro {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String CODE = "TOS-16";

    private Api methodologist() {
        return Api.as(base, "methodologist");
    }

    private Api employee() {
        return Api.as(base, "employee");
    }

    static byte[] zip(Map<String, byte[]> entries) {
        return ScormZips.zip(entries);
    }

    static String manifest(String launch, String... files) {
        StringBuilder f = new StringBuilder();
        for (String file : files) {
            f.append("<file href=\"").append(file).append("\"/>");
        }
        return "<?xml version=\"1.0\"?><manifest identifier=\"M\" "
                + "xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\""
                + " xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"><organizations default=\"O\">"
                + "<organization identifier=\"O\"><title>Проба</title><item identifier=\"I\" identifierref=\"R\">"
                + "<title>Урок</title></item></organization></organizations><resources><resource identifier=\"R\" "
                + "type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"" + launch + "\">" + f + "</resource></resources>"
                + "</manifest>";
    }

    static Map<String, byte[]> files(String manifest, String... pathsAndTexts) {
        return ScormZips.files(manifest, pathsAndTexts);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Api.Reply upload(Api api, byte[] zip) {
        return api.accepting("ru").sendBytes("POST", "api/v1/learning/scorm/packages?name=p.zip", zip,
                "application/zip");
    }

    private JsonObject programme(Api api) {
        Api.Reply r = api.get("api/v1/learning/programmes/" + CODE);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static JsonObject scormLesson(JsonObject programme) {
        return programme.getJsonArray("modules").getValuesAs(JsonObject.class).stream()
                .flatMap(m -> m.getJsonArray("lessons").getValuesAs(JsonObject.class).stream())
                .filter(l -> l.getString("kind").equals("SCORM")).findFirst().orElseThrow();
    }

    private long packageOf(Api api, JsonObject programme) {
        Api.Reply r = api.get("api/v1/learning/programmes/" + CODE + "/lessons/"
                + scormLesson(programme).getJsonNumber("id").longValue());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonNumber("scormPackageId").longValue();
    }

    /** A request as a browser page of ours would send it (Basic stands in for the session). */
    private HttpResponse<String> raw(String user, String method, String path, String body,
            Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(b::header);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> runtime(String user, String token, String commit) {
        Map<String, String> h = new LinkedHashMap<>();
        if (token != null) {
            h.put("X-Scorm-Token", token);
        }
        h.put("Accept-Language", "ru");
        if (commit != null) {
            h.put("Content-Type", "application/json");
        }
        return raw(user, commit == null ? "GET" : "POST", "learning/scorm-runtime", commit, h);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private String launch(String user, long lesson) {
        Api.Reply r = Api.as(base, user).post("api/v1/learning/scorm/programmes/" + CODE + "/lessons/" + lesson
                + "/launch", null);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getString("token");
    }

    @Test
    @Order(1)
    void broken_packages_are_refused_with_every_problem_named_and_nothing_stored() {
        String marker = "<p>unique content " + System.nanoTime() + "</p>";
        Map<String, byte[]> escaping = files(manifest("index.html", "index.html", "missing.js"), "index.html", marker,
                "../../evil.html", "x");
        Api.Reply r = upload(methodologist(), zip(escaping));
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().getString("code")).isEqualTo("IMPORT_REJECTED");
        assertThat(r.body()).contains("../../evil.html").contains("выходит за пределы пакета");
        assertThat(Api.as(base, "admin").get("api/v1/files/" + sha256(marker)).status())
                .as("nothing stored: not even the good file of the refused package").isEqualTo(404);

        Api.Reply missing = upload(methodologist(), zip(files(manifest("start.html", "start.html", "app.js"),
                "index.html", "x")));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("Файла запуска «start.html» нет в пакете")
                .contains("Файла «app.js», указанного в манифесте, нет в пакете");

        Api.Reply malformed = upload(methodologist(), zip(files("<manifest><resources>", "index.html", "x")));
        assertThat(malformed.body()).contains("imsmanifest.xml не является корректным XML").contains("строка");

        Map<String, byte[]> bomb = files(manifest("index.html"), "index.html", "x");
        bomb.put("zeros.bin", new byte[20 * 1024 * 1024]);
        Api.Reply refused = upload(methodologist(), zip(bomb));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("zip-бомба");

        assertThat(upload(employee(), zip(files(manifest("index.html"), "index.html", "x"))).status())
                .isEqualTo(403);
    }

    /**
     * Nothing of a refused package is stored: a good upload before and one after every kind of refusal get consecutive
     * ids (an identity column spends a value even on an insert rolled back), and none of the refused packages' files
     * reaches the file store.
     */
    @Test
    @Order(1)
    void refused_packages_leave_no_row_and_no_file_between_two_good_uploads() {
        long before = goodUpload("before");
        Map<String, Map<String, byte[]>> refused = new LinkedHashMap<>();
        String[] markers = new String[6];
        for (int i = 0; i < markers.length; i++) {
            markers[i] = "<p>refused " + i + " " + System.nanoTime() + "</p>";
        }
        refused.put("malformed manifest", files("<manifest><organizations>", "index.html", markers[0]));
        refused.put("missing launch file", files(manifest("start.html", "start.html"), "index.html", markers[1]));
        refused.put("file in the manifest missing", files(manifest("index.html", "index.html", "gone.js"),
                "index.html", markers[2]));
        refused.put("../ path", files(manifest("index.html", "index.html"), "index.html", markers[3],
                "../outside.html", "x"));
        refused.put("absolute launch", files(manifest("/etc/passwd", "index.html"), "index.html", markers[4]));
        Map<String, byte[]> bomb = files(manifest("index.html", "index.html"), "index.html", markers[5]);
        bomb.put("zeros.bin", new byte[20 * 1024 * 1024]);
        refused.put("zip bomb", bomb);
        refused.forEach((what, entries) -> {
            Api.Reply r = upload(methodologist(), zip(entries));
            assertThat(r.status()).as(what + ": " + r).isEqualTo(400);
            assertThat(r.json().getString("code")).as(what).isEqualTo("IMPORT_REJECTED");
        });
        assertThat(upload(methodologist(), "not a zip at all".getBytes(StandardCharsets.UTF_8)).status())
                .isEqualTo(400);
        long after = goodUpload("after");
        assertThat(after).as("no package row was written, not even one rolled back").isEqualTo(before + 1);
        Api admin = Api.as(base, "admin");
        for (String marker : markers) {
            assertThat(admin.get("api/v1/files/" + sha256(marker)).status()).as(marker).isEqualTo(404);
        }
    }

    private long goodUpload(String label) {
        Api.Reply r = upload(methodologist(), zip(files(manifest("index.html", "index.html"), "index.html",
                "<p>" + label + " " + System.nanoTime() + "</p>")));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().getJsonNumber("id").longValue();
    }

    @Test
    @Order(2)
    void the_seeded_package_is_attached_and_a_good_upload_is_stored_and_attached_to_the_draft() throws IOException {
        JsonObject p = programme(methodologist());
        JsonObject lesson = scormLesson(p);
        assertThat(lesson.getBoolean("complete")).isTrue();

        Api.Reply r = upload(methodologist(), Files.readAllBytes(Path.of("content/learning/scorm/tos-16-ustav.zip")));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonObject pkg = r.json();
        assertThat(pkg.getString("title")).isEqualTo("Практикум: устав территориального общественного самоуправления");
        assertThat(pkg.getString("launchPath")).isEqualTo("index.html");
        assertThat(pkg.getInt("fileCount")).isEqualTo(4);

        Api.Reply attached = methodologist().post("api/v1/learning/scorm/programmes/" + CODE + "/lessons/"
                + lesson.getJsonNumber("id").longValue() + "/package?version=" + p.getJsonNumber("version")
                + "&package=" + pkg.getJsonNumber("id"), null);
        assertThat(attached.status()).as(attached.toString()).isEqualTo(200);
        assertThat(packageOf(methodologist(), attached.json())).isEqualTo(pkg.getJsonNumber("id").longValue());

        // before publication only editors read the package
        long id = pkg.getJsonNumber("id").longValue();
        assertThat(raw("employee", "GET", "learning/scorm/" + id + "/index.html", null, Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(raw("methodologist", "GET", "learning/scorm/" + id + "/index.html", null, Map.of()).statusCode())
                .isEqualTo(200);

        JsonObject now = programme(methodologist());
        Api.Reply published = methodologist().post("api/v1/learning/programmes/" + CODE + "/publish?version="
                + now.getJsonNumber("version"), null);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void the_package_is_served_on_its_own_path_with_its_type_nosniff_and_its_policy() {
        long id = packageOf(employee(), programme(employee()));
        HttpResponse<String> page = raw("employee", "GET", "learning/scorm/" + id + "/index.html", null, Map.of());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'").contains("connect-src 'self'").contains("object-src 'none'");
        assertThat(page.body()).contains("Устав ТОС");
        HttpResponse<String> script = raw("employee", "GET", "learning/scorm/" + id + "/sco.js", null, Map.of());
        assertThat(script.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(raw("employee", "GET", "learning/scorm/" + id + "/nothing.html", null, Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(raw(null, "GET", "learning/scorm/" + id + "/index.html", null, Map.of()).statusCode())
                .isNotEqualTo(200);
        // the same bytes from the file store are a download, never a page
        HttpResponse<String> player = raw("employee", "GET", "scorm-player.html", null, Map.of());
        assertThat(player.statusCode()).isEqualTo(200);
        assertThat(player.body()).contains("scorm-player.js");
        assertThat(raw("employee", "GET", "scorm-player.js", null, Map.of()).body()).contains("LMSInitialize");
    }

    @Test
    @Order(4)
    void the_runtime_takes_commits_with_the_token_only_and_a_second_launch_resumes() {
        long lesson = scormLesson(programme(employee())).getJsonNumber("id").longValue();
        String token = launch("employee", lesson);

        HttpResponse<String> start = runtime("employee", token, null);
        assertThat(start.statusCode()).as(start.body()).isEqualTo(200);
        JsonObject cmi = json(start.body()).getJsonObject("cmi");
        assertThat(cmi.getString("cmi.core.entry")).isEqualTo("ab-initio");
        assertThat(cmi.getString("cmi.core.lesson_status")).isEqualTo("not attempted");
        assertThat(json(start.body()).getString("launchPath")).matches("learning/scorm/\\d+/index.html");

        String commit = "{\"values\":{\"cmi.core.lesson_location\":\"p3\",\"cmi.suspend_data\":\"q1=b\","
                + "\"cmi.core.lesson_status\":\"incomplete\",\"cmi.core.session_time\":\"0000:02:30.00\"},"
                + "\"finish\":false}";
        assertThat(runtime("employee", null, commit).statusCode()).as("no token").isEqualTo(403);
        assertThat(runtime("hr", token, commit).statusCode()).as("someone else's token").isEqualTo(403);
        assertThat(raw("employee", "POST", "learning/scorm-runtime", commit, Map.of("X-Scorm-Token", token,
                "Content-Type", "application/json", "Origin", "https://evil.example")).statusCode())
                .as("another site").isEqualTo(403);
        assertThat(raw("employee", "POST", "learning/scorm-runtime", commit, Map.of("X-Scorm-Token", token,
                "Content-Type", "text/plain")).statusCode()).as("not JSON, as a form could send").isEqualTo(403);
        HttpResponse<String> bad = runtime("employee", token,
                "{\"values\":{\"cmi.core.lesson_status\":\"done\",\"cmi.core.student_id\":\"x\"}}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("cmi.core.lesson_status").contains("cmi.core.student_id");

        HttpResponse<String> ok = runtime("employee", token, commit);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);

        String second = launch("employee", lesson);
        assertThat(runtime("employee", token, null).statusCode()).as("the first launch's token is replaced")
                .isEqualTo(403);
        JsonObject resumed = json(runtime("employee", second, null).body()).getJsonObject("cmi");
        assertThat(resumed.getString("cmi.core.entry")).isEqualTo("resume");
        assertThat(resumed.getString("cmi.core.lesson_location")).isEqualTo("p3");
        assertThat(resumed.getString("cmi.suspend_data")).isEqualTo("q1=b");
        assertThat(resumed.getString("cmi.core.total_time")).isEqualTo("0000:02:30.00");

        HttpResponse<String> passed = runtime("employee", second, "{\"values\":{\"cmi.core.lesson_status\":"
                + "\"passed\",\"cmi.core.score.raw\":\"100\",\"cmi.core.score.min\":\"0\",\"cmi.core.score.max\":"
                + "\"100\",\"cmi.core.session_time\":\"0000:01:00\",\"cmi.core.exit\":\"\"},\"finish\":true}");
        assertThat(passed.statusCode()).as(passed.body()).isEqualTo(200);
        assertThat(json(passed.body()).getBoolean("completed")).isTrue();

        Api.Reply attempt = employee().get("api/v1/learning/scorm/programmes/" + CODE + "/lessons/" + lesson
                + "/attempt");
        assertThat(attempt.status()).as(attempt.toString()).isEqualTo(200);
        JsonObject a = attempt.json();
        assertThat(a.getString("lessonStatus")).isEqualTo("passed");
        assertThat(a.getJsonNumber("scoreRaw").doubleValue()).isEqualTo(100.0);
        assertThat(a.getString("totalTime")).isEqualTo("0000:03:30.00");
        assertThat(a.get("completedAt")).isNotNull().isNotEqualTo(JsonValue.NULL);
        assertThat(a.getInt("sessions")).isEqualTo(2);
        assertThat(employee().get("api/v1/learning/scorm/programmes/" + CODE + "/lessons/" + lesson + "/attempt")
                .status()).isEqualTo(200);
        assertThat(Api.as(base, "hr").get("api/v1/learning/scorm/programmes/" + CODE + "/lessons/" + lesson
                + "/attempt").status()).as("nobody else's attempt is shown: hr has none").isEqualTo(204);
        assertThat(List.of(token, second)).doesNotHaveDuplicates();
    }

    // ---- a real public package, and titles that try to be markup ----

    /** A draft programme of its own with one SCORM lesson (its id), for a package under test. */
    private long draftWithScormLesson(String code) {
        Api m = methodologist();
        String json = Json.createObjectBuilder().add("code", code).add("title", "Проба пакета SCORM: " + code)
                .add("kind", "QUALIFICATION_UPGRADE").add("format", "PART_TIME").add("distanceLearning", true)
                .add("hours", 16).add("providerCode", "FIMS-UCH").add("description", "Проверка пакета.")
                .add("competencies", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("competencyCode", "STR-02").add("targetLevel", 2)))
                .add("prerequisites", Json.createArrayBuilder()).build().toString();
        Api.Reply created = m.post("api/v1/learning/programmes", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Reply module = m.post("api/v1/learning/programmes/" + code + "/modules?version="
                + created.json().getJsonNumber("version"), "{\"title\":\"Модуль\"}");
        assertThat(module.status()).as(module.toString()).isEqualTo(201);
        long moduleId = module.json().getJsonArray("modules").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply lesson = m.post("api/v1/learning/programmes/" + code + "/modules/" + moduleId + "/lessons?version="
                + module.json().getJsonNumber("version"), Json.createObjectBuilder().add("title", "Пакет")
                        .add("kind", "SCORM").add("mandatory", true).build().toString());
        assertThat(lesson.status()).as(lesson.toString()).isEqualTo(201);
        return scormLesson(lesson.json()).getJsonNumber("id").longValue();
    }

    private void attach(String code, long lesson, long pkg) {
        JsonObject p = methodologist().get("api/v1/learning/programmes/" + code).json();
        Api.Reply attached = methodologist().post("api/v1/learning/scorm/programmes/" + code + "/lessons/" + lesson
                + "/package?version=" + p.getJsonNumber("version") + "&package=" + pkg, null);
        assertThat(attached.status()).as(attached.toString()).isEqualTo(200);
    }

    /**
     * Rustici Software's "Golf Explained - Run-time Basic Calls" (SCORM 1.2, CC BY 3.0 US; see
     * {@code src/test/resources/scorm/README.md}) as a methodologist uploads it: validated and stored with its 44
     * files, served with their types, and run in the player in a real browser — its own script finds
     * {@code window.API}, bookmarks the page in {@code cmi.core.lesson_location}, reports completed on the last page
     * and finishes on Exit; the runtime takes it all.
     */
    @Test
    @Order(5)
    void a_real_public_package_uploads_validates_launches_and_its_own_script_commits_to_the_runtime()
            throws IOException {
        byte[] golf = Files.readAllBytes(Path.of("src/test/resources/scorm/RunTimeBasicCalls_SCORM12.zip"));
        Api.Reply r = upload(methodologist(), golf);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonObject pkg = r.json();
        assertThat(pkg.getString("title")).isEqualTo("Golf Explained - Run-time Basic Calls");
        assertThat(pkg.getString("launchPath")).isEqualTo("shared/launchpage.html");
        assertThat(pkg.getInt("fileCount")).isEqualTo(44);
        long id = pkg.getJsonNumber("id").longValue();
        long lesson = draftWithScormLesson("IT-GOLF-16");
        attach("IT-GOLF-16", lesson, id);
        HttpResponse<String> jpeg = raw("methodologist", "GET", "learning/scorm/" + id + "/Playing/par.jpg", null,
                Map.of());
        assertThat(jpeg.statusCode()).isEqualTo(200);
        assertThat(jpeg.headers().firstValue("Content-Type").orElse("")).startsWith("image/jpeg");

        String attempt = "api/v1/learning/scorm/programmes/IT-GOLF-16/lessons/" + lesson + "/attempt";
        try (Browser browser = new Browser(base, "scorm-golf")) {
            browser.signIn("methodologist", Api.DEMO_PASSWORD);
            browser.waitForText("Здравствуйте");
            browser.open("learning/programmes/IT-GOLF-16/lessons/" + lesson);
            browser.wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("scorm-player")));
            browser.wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("scorm-frame")));
            browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("butNext")));
            int pages = 1;
            while (browser.driver.findElement(By.id("butNext")).isEnabled()) {
                browser.driver.findElement(By.id("butNext")).click();
                pages++;
            }
            assertThat(pages).as("the course's pages").isGreaterThan(5);
            browser.driver.findElement(By.id("butExit")).click(); // reached the end: no question, LMSFinish
            int last = pages - 1;
            browser.wait.until(d -> "completed".equals(methodologist().get(attempt).json()
                    .getString("lessonStatus", "")));
            JsonObject a = methodologist().get(attempt).json();
            assertThat(a.getString("lessonLocation")).isEqualTo(String.valueOf(last));
            assertThat(a.getString("totalTime")).matches("\\d{2,4}:\\d\\d:\\d\\d(\\.\\d{1,2})?");
            browser.driver.switchTo().defaultContent();
            browser.screenshot("golf-completed");
        }
    }

    /**
     * A package whose organisation and item titles are an XSS corpus — a script tag, an event handler, a
     * {@code javascript:} link and SVG with script — as escaped text and in CDATA, as a manifest carries it. REST
     * answers the title as the literal JSON string; in the editor's upload field, on the lesson page and in the
     * player it is text: no alert, no injected element, no script ran.
     */
    @Test
    @Order(6)
    void markup_in_manifest_titles_stays_text_in_rest_in_the_editor_and_in_the_player() throws IOException {
        String organisation = "<script>window.__xss='org';alert(1)</script><img src=x onerror=\"window.__xss='img'\">"
                + " Устав";
        String item = "<svg onload=\"window.__xss='svg'\"><script>alert(2)</script></svg>"
                + "<a href=\"javascript:window.__xss='link'\">ссылка</a>";
        String manifest = "<?xml version=\"1.0\"?><manifest identifier=\"X\" "
                + "xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\" "
                + "xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"><organizations default=\"O\">"
                + "<organization identifier=\"O\"><title>" + xmlText(organisation) + "</title>"
                + "<item identifier=\"I\" identifierref=\"R\"><title><![CDATA[" + item + "]]></title></item>"
                + "</organization></organizations><resources><resource identifier=\"R\" type=\"webcontent\" "
                + "adlcp:scormtype=\"sco\" href=\"index.html\"><file href=\"index.html\"/></resource></resources>"
                + "</manifest>";
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>SCO</title></head>"
                + "<body><p id=\"sco-body\">Страница пакета</p></body></html>";
        byte[] zip = zip(files(manifest, "index.html", page));

        Api.Reply r = upload(methodologist(), zip);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(r.json().getString("title")).as("the literal text, nothing dropped or run").isEqualTo(organisation);
        String itemOnly = manifest.replace("<title>" + xmlText(organisation) + "</title>", "<title></title>");
        Api.Reply byItem = upload(methodologist(), zip(files(itemOnly, "index.html", page + " ")));
        assertThat(byItem.status()).as(byItem.toString()).isEqualTo(201);
        assertThat(byItem.json().getString("title")).as("the item's title when the organisation has none")
                .isEqualTo(item);

        long lesson = draftWithScormLesson("IT-XSS-16");
        Path file = Files.createTempFile("xss-titles", ".zip");
        Files.write(file, zip);
        try (Browser browser = new Browser(base, "scorm-xss-titles")) {
            browser.signIn("methodologist", Api.DEMO_PASSWORD);
            browser.waitForText("Здравствуйте");
            browser.open("learning/editor/IT-XSS-16");
            browser.click(By.cssSelector("#outline-lesson-" + lesson + " vaadin-button"));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("scorm-upload")));
            browser.upload(By.id("scorm-upload"), file);
            browser.wait.until(d -> d.findElement(By.id("scorm-upload-result")).getText().contains("загружен"));
            assertThat(browser.driver.findElement(By.id("scorm-upload-result")).getText())
                    .contains("«" + organisation + "»");
            assertNothingRan(browser);
            browser.screenshot("editor");

            browser.open("learning/programmes/IT-XSS-16/lessons/" + lesson);
            WebElement player = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.id("scorm-player")));
            assertThat(player.getAttribute("title")).isEqualTo(organisation);
            browser.wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("scorm-player")));
            browser.wait.until(d -> organisation.equals(((JavascriptExecutor) d).executeScript(
                    "return document.title"))); // the player's own title (getTitle() reads the top page's)
            assertThat(browser.driver.findElement(By.id("scorm-frame")).getAttribute("title")).isEqualTo(organisation);
            browser.wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("scorm-frame")));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sco-body")));
            browser.driver.switchTo().defaultContent();
            assertNothingRan(browser);
            browser.screenshot("lesson");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** No alert is open, no script of the corpus ran, and no element of it is in the page or the player. */
    private static void assertNothingRan(Browser browser) {
        assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        String probe = "const docs = [document]; const p = document.getElementById('scorm-player');"
                + " if (p && p.contentDocument) { docs.push(p.contentDocument);"
                + "  const f = p.contentDocument.getElementById('scorm-frame');"
                + "  if (f && f.contentDocument) docs.push(f.contentDocument); }"
                + " const wins = [window, p && p.contentWindow].filter(w => w);"
                + " return { ran: wins.map(w => w.__xss).filter(x => x !== undefined),"
                + "  injected: docs.flatMap(d => Array.from(d.querySelectorAll("
                + "   'img[src=\"x\"], svg[onload], a[href^=\"javascript\"], [onerror]')).map(e => e.outerHTML)) };";
        @SuppressWarnings("unchecked")
        Map<String, List<Object>> found = (Map<String, List<Object>>) js.executeScript(probe);
        assertThat(found.get("ran")).as("scripts of the titles that ran").isEmpty();
        assertThat(found.get("injected")).as("elements of the titles in the page").isEmpty();
    }

    private static String xmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
