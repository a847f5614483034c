package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the server with SIGKILL in the middle of an attempt and starts it again on the same embedded database
 * (the default H2 file configuration, only the data folder moved): every acknowledged answer is there, the
 * sequence number goes on, the server computes the remaining time, and the attempt can be continued and
 * finished; the restarted server does not load the seed content again (unchanged since the first start loaded it).
 * The server runs as a separate process from the built WAR, as a newcomer runs it. Likewise a mail written to the
 * outbox just before a SIGKILL is sent after the restart, once.
 */
@Tag("slow")
class CrashRecoveryIT {

    private static final int PORT = Integer.getInteger("it.crash.port", 8383);

    @Test
    void killing_the_server_mid_attempt_loses_no_saved_answer_and_the_attempt_resumes(@TempDir Path dir)
            throws Exception {
        URI base = URI.create("http://127.0.0.1:" + PORT + "/");
        Map<String, String> env = Map.of("ACADEMY_DATA_DIR", dir.resolve("data").toString());
        ServerProcess first = ServerProcess.start(dir, "first", PORT, env);
        Map<Integer, String> acknowledged = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicLong lastAcknowledgedSeq = new java.util.concurrent.atomic.AtomicLong();
        long attemptId;
        long remainingBefore;
        List<JsonObject> slots;
        int exit;
        try {
            first.awaitReady();
            Api employee = Api.as(base, "employee");
            JsonObject test = employee.get("api/v1/assessment/my/tests").array().getValuesAs(JsonObject.class)
                    .stream().filter(t -> t.getBoolean("canStart")).findFirst().orElseThrow();
            JsonObject attempt = employee.post("api/v1/assessment/tests/" + test.getInt("testId") + "/attempts", null)
                    .json();
            attemptId = attempt.getJsonNumber("attemptId").longValue();
            lastAcknowledgedSeq.set(attempt.getJsonNumber("seq").longValue());
            slots = attempt.getJsonArray("slots").getValuesAs(JsonObject.class);
            remainingBefore = attempt.getJsonNumber("remainingSeconds").longValue();
            // the taker keeps answering (one save after the other, as the page does) while the server is killed
            List<JsonObject> answering = slots.subList(0, slots.size() - 1);
            Thread taker = new Thread(() -> {
                for (int k = 0; ; k++) {
                    JsonObject slot = answering.get(k % answering.size());
                    String body = AssessmentIT.answer(slot, lastAcknowledgedSeq.get());
                    Api.Reply r;
                    try {
                        r = employee.post("api/v1/assessment/attempts/" + attemptId + "/answers", body);
                    } catch (RuntimeException e) {
                        return; // the server is gone
                    }
                    if (r.status() != 200) {
                        return;
                    }
                    acknowledged.put(slot.getInt("slot"), responseOf(body));
                    lastAcknowledgedSeq.set(r.json().getJsonNumber("seq").longValue());
                }
            });
            taker.start();
            long until = System.currentTimeMillis() + 30_000;
            while (lastAcknowledgedSeq.get() < 12 && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
            exit = first.kill(); // SIGKILL in the middle of the saves: no shutdown hooks, no orderly close
            taker.join(30_000);
        } finally {
            if (first.process.isAlive()) {
                first.kill();
            }
        }
        long seq = lastAcknowledgedSeq.get();
        System.out.println("Killed the server (exit " + exit + ") while saving; " + seq + " saves acknowledged, "
                + acknowledged.size() + " questions answered");

        try (ServerProcess second = ServerProcess.start(dir, "second", PORT, env).awaitReady()) {
            Api employee = Api.as(base, "employee");
            JsonObject resumed = employee.get("api/v1/assessment/attempts/" + attemptId).json();
            assertThat(resumed.getString("status")).isEqualTo("IN_PROGRESS");
            // the save in flight at the kill may or may not have committed; every acknowledged one has
            long resumedSeq = resumed.getJsonNumber("seq").longValue();
            assertThat(resumedSeq).isBetween(seq, seq + 1);
            seq = resumedSeq;
            long remainingAfter = resumed.getJsonNumber("remainingSeconds").longValue();
            assertThat(remainingAfter).isPositive().isLessThanOrEqualTo(remainingBefore);
            int missing = 0;
            for (JsonObject slot : resumed.getJsonArray("slots").getValuesAs(JsonObject.class)) {
                String expected = acknowledged.get(slot.getInt("slot"));
                if (expected != null && (!slot.containsKey("response") || slot.isNull("response")
                        || !same(slot.getJsonObject("response"), expected))) {
                    missing++;
                }
            }
            System.out.println("After restart: " + missing + " acknowledged answers missing, remaining time "
                    + remainingBefore + " s → " + remainingAfter + " s");
            assertThat(missing).isZero();
            List<JsonObject> now = resumed.getJsonArray("slots").getValuesAs(JsonObject.class);
            Api.Reply next = employee.post("api/v1/assessment/attempts/" + attemptId + "/answers",
                    AssessmentIT.answer(now.get(now.size() - 1), seq));
            assertThat(next.status()).as(next.toString()).isEqualTo(200);
            Api.Reply finished = employee.post("api/v1/assessment/attempts/" + attemptId + "/finish", null);
            assertThat(finished.status()).as(finished.toString()).isEqualTo(200);
            assertThat(finished.json().getString("status")).isEqualTo("FINISHED");
            // the content was loaded by the first start and is not parsed again by the second (its fingerprint)
            assertThat(log(first)).contains("content loaded in");
            assertThat(log(second))
                    .contains("content unchanged since its last load, not loaded again");
        }
    }

    @Test
    void a_mail_written_just_before_a_sigkill_is_sent_after_the_restart_exactly_once(@TempDir Path dir)
            throws Exception {
        Mailbox.open();
        URI base = URI.create("http://127.0.0.1:" + PORT + "/");
        String email = "orlov.vg@vologda-city.ru"; // PER-0013, in the scope of the demo HR officer of Вологда
        String subject = "Вам назначен тест «Оценка компетенций: высшие должности муниципальной службы, 2026»";
        Map<String, String> env = new java.util.HashMap<>(Map.of("ACADEMY_DATA_DIR", dir.resolve("data").toString(),
                "ACADEMY_SMTP_HOST", "127.0.0.1", "ACADEMY_SMTP_PORT", String.valueOf(Mailbox.PORT),
                "ACADEMY_SMTP_FROM", "academy@munacademy.test"));
        // the first server's outbox job would only run after an hour: the message is surely unsent at the kill
        env.put("ACADEMY_NOTIFY_SEND_SECONDS", "3600");
        ServerProcess first = ServerProcess.start(dir, "mail-first", PORT, env);
        try {
            first.awaitReady();
            Api hr = Api.as(base, "hr");
            long person = Api.personIdsByCode(base).get("PER-0013");
            long test = hr.get("api/v1/assessment/tests").array().getValuesAs(JsonObject.class).stream()
                    .filter(t -> t.getString("code").equals("ASM-HIGHEST-2026")).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
            Api.Reply assigned = hr.post("api/v1/assessment/tests/" + test + "/assignments",
                    "{\"target\":\"PERSON\",\"targetId\":" + person + "}");
            assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
            first.kill(); // right after the commit that wrote the outbox row
        } finally {
            if (first.process.isAlive()) {
                first.kill();
            }
        }
        // the mailbox is shared by every test server of this run: count only this notice
        java.util.function.Supplier<List<jakarta.mail.internet.MimeMessage>> notices = () -> Mailbox.to(email).stream()
                .filter(m -> subject.equals(Mailbox.subject(m))).toList();
        assertThat(notices.get()).as("nothing was sent before the kill").isEmpty();

        env.put("ACADEMY_NOTIFY_SEND_SECONDS", "1");
        try (ServerProcess second = ServerProcess.start(dir, "mail-second", PORT, env).awaitReady()) {
            long until = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
            while (notices.get().isEmpty() && System.nanoTime() < until) {
                Thread.sleep(200);
            }
            Thread.sleep(5_000); // five more runs of the job: a second copy would be here by now
            List<jakarta.mail.internet.MimeMessage> got = notices.get();
            System.out.println("After the restart: " + got.size() + " mail(s) to " + email);
            assertThat(got).hasSize(1);
            assertThat(Mailbox.subject(got.get(0))).isEqualTo(subject);
        }
    }

    /** The server's log (ASCII is what is looked for: read as bytes, never refused as malformed). */
    private static String log(ServerProcess server) throws java.io.IOException {
        return java.nio.file.Files.readString(server.log, java.nio.charset.StandardCharsets.ISO_8859_1);
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
}
