package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the server with SIGKILL in the middle of an attempt and starts it again on the same embedded database
 * (the default H2 file configuration, only the data folder moved): every acknowledged answer is there, the
 * sequence number goes on, the server computes the remaining time, and the attempt can be continued and
 * finished. The server runs as a separate process from the built WAR, as a newcomer runs it.
 */
class CrashRecoveryIT {

    private static final int PORT = Integer.getInteger("it.crash.port", 8383);

    @Test
    void killing_the_server_mid_attempt_loses_no_saved_answer_and_the_attempt_resumes(@TempDir Path dir)
            throws Exception {
        URI base = URI.create("http://127.0.0.1:" + PORT + "/");
        Process first = start(dir, "first");
        Map<Integer, String> acknowledged = new LinkedHashMap<>();
        long attemptId;
        long seq;
        long remainingBefore;
        List<JsonObject> slots;
        try {
            awaitReady(base, first, dir.resolve("first.log"));
            Api employee = Api.as(base, "employee");
            JsonObject test = employee.get("api/v1/assessment/my/tests").array().getValuesAs(JsonObject.class)
                    .stream().filter(t -> t.getBoolean("canStart")).findFirst().orElseThrow();
            JsonObject attempt = employee.post("api/v1/assessment/tests/" + test.getInt("testId") + "/attempts", null)
                    .json();
            attemptId = attempt.getJsonNumber("attemptId").longValue();
            seq = attempt.getJsonNumber("seq").longValue();
            slots = attempt.getJsonArray("slots").getValuesAs(JsonObject.class);
            for (JsonObject slot : slots.subList(0, 5)) {
                String body = AssessmentIT.answer(slot, seq);
                Api.Reply r = employee.post("api/v1/assessment/attempts/" + attemptId + "/answers", body);
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
                seq = r.json().getJsonNumber("seq").longValue();
                acknowledged.put(slot.getInt("slot"), responseOf(body));
            }
            remainingBefore = employee.get("api/v1/assessment/attempts/" + attemptId).json()
                    .getJsonNumber("remainingSeconds").longValue();
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hooks, no orderly close of the database
            first.waitFor();
        }
        System.out.println("Killed the server (exit " + first.exitValue() + ") after " + acknowledged.size()
                + " acknowledged answers");

        Process second = start(dir, "second");
        try {
            awaitReady(base, second, dir.resolve("second.log"));
            Api employee = Api.as(base, "employee");
            JsonObject resumed = employee.get("api/v1/assessment/attempts/" + attemptId).json();
            assertThat(resumed.getString("status")).isEqualTo("IN_PROGRESS");
            assertThat(resumed.getJsonNumber("seq").longValue()).isEqualTo(seq);
            long remainingAfter = resumed.getJsonNumber("remainingSeconds").longValue();
            assertThat(remainingAfter).isPositive().isLessThanOrEqualTo(remainingBefore);
            int missing = 0;
            for (JsonObject slot : resumed.getJsonArray("slots").getValuesAs(JsonObject.class)) {
                String expected = acknowledged.get(slot.getInt("slot"));
                if (expected != null && (slot.isNull("response")
                        || !same(slot.getJsonObject("response"), expected))) {
                    missing++;
                }
            }
            System.out.println("After restart: " + missing + " acknowledged answers missing, remaining time "
                    + remainingBefore + " s → " + remainingAfter + " s");
            assertThat(missing).isZero();
            List<JsonObject> now = resumed.getJsonArray("slots").getValuesAs(JsonObject.class);
            Api.Reply next = employee.post("api/v1/assessment/attempts/" + attemptId + "/answers",
                    AssessmentIT.answer(now.get(5), seq));
            assertThat(next.status()).as(next.toString()).isEqualTo(200);
            Api.Reply finished = employee.post("api/v1/assessment/attempts/" + attemptId + "/finish", null);
            assertThat(finished.status()).as(finished.toString()).isEqualTo(200);
            assertThat(finished.json().getString("status")).isEqualTo("FINISHED");
        } finally {
            second.destroy();
            second.waitFor();
        }
    }

    private static String responseOf(String answerBody) {
        return jakarta.json.Json.createReader(new java.io.StringReader(answerBody)).readObject()
                .getJsonObject("response").toString();
    }

    /** Compares a stored response with the one sent (the server fills in empty lists and a null text). */
    private static boolean same(JsonObject stored, String sent) {
        JsonObject s = jakarta.json.Json.createReader(new java.io.StringReader(sent)).readObject();
        return list(stored, "choices").equals(list(s, "choices")) && list(stored, "order").equals(list(s, "order"))
                && text(stored).equals(text(s));
    }

    private static List<Integer> list(JsonObject o, String key) {
        List<Integer> out = new ArrayList<>();
        if (o.containsKey(key) && !o.isNull(key)) {
            o.getJsonArray(key).forEach(v -> out.add(((jakarta.json.JsonNumber) v).intValue()));
        }
        return out;
    }

    private static String text(JsonObject o) {
        return o.containsKey("text") && !o.isNull("text") ? o.getString("text") : "";
    }

    private static Process start(Path dir, String name) throws IOException {
        File payara = new File(fish.payara.micro.PayaraMicro.class.getProtectionDomain().getCodeSource()
                .getLocation().getPath());
        String war = System.getProperty("it.war", "target/municipal-academy.war");
        ProcessBuilder pb = new ProcessBuilder(System.getProperty("java.home") + "/bin/java", "-Xmx1g", "-jar",
                payara.getAbsolutePath(), "--deploy", war, "--contextroot", "/", "--port", String.valueOf(PORT),
                "--nocluster", "--rootdir", dir.resolve("payara-" + name).toString());
        pb.environment().remove("ACADEMY_DB_URL");
        pb.environment().put("ACADEMY_DATA_DIR", dir.resolve("data").toString());
        pb.redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        return pb.start();
    }

    private static void awaitReady(URI base, Process process, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server died: " + java.nio.file.Files.readString(log));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The server did not become ready: " + java.nio.file.Files.readString(log));
    }
}
