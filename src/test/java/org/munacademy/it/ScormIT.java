package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

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
}
