package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.munacademy.assessment.control.Zips;

/**
 * The assessment boundary over REST with the seeded banks and tests: GIFT export re-imported to identical items,
 * malformed GIFT and hostile QTI refused with nothing stored, a QTI 2.1 package imported, and the exam-grade
 * taking cycle — sequence numbers refusing stale and repeated saves, other takers kept out, concurrent finishes
 * giving one result that becomes evidence, saves after the deadline refused and the overdue job closing
 * attempts on its own (the server runs with a 2 s grace and a 2 s job period).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssessmentIT extends OnPayaraMicro {

    private static Long employeeAttempt;

    private Api methodologist() {
        return Api.as(base, "methodologist");
    }

    private long bankSize() {
        return methodologist().get("api/v1/assessment/questions?limit=1").json().getJsonNumber("total").longValue();
    }

    @Test
    @Order(1)
    void the_seeded_banks_hold_every_question_type_and_every_position_group_has_a_published_test() {
        assertThat(bankSize()).isGreaterThanOrEqualTo(150);
        for (String type : List.of("SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "SHORT_TEXT", "NUMERIC",
                "MATCHING", "ORDERING")) {
            assertThat(methodologist().get("api/v1/assessment/questions?limit=1&type=" + type).json()
                    .getJsonNumber("total").longValue()).as(type).isPositive();
        }
        List<JsonObject> tests = methodologist().get("api/v1/assessment/tests").array()
                .getValuesAs(JsonObject.class);
        assertThat(tests.stream().filter(t -> t.containsKey("positionGroupCode"))
                .filter(t -> t.getString("status").equals("PUBLISHED"))
                .map(t -> t.getString("positionGroupCode")).collect(Collectors.toSet()))
                .contains("HIGHEST", "CHIEF", "LEADING", "SENIOR", "JUNIOR", "HEAD_OF_MUNICIPALITY", "DEPUTY");
        List<JsonObject> mine = Api.as(base, "employee").get("api/v1/assessment/my/tests").array()
                .getValuesAs(JsonObject.class);
        assertThat(mine).anyMatch(t -> t.getBoolean("assigned") && t.getBoolean("canStart"));
    }

    @Test
    @Order(2)
    void the_gift_export_of_the_seeded_banks_imports_again_to_identical_items() {
        long before = bankSize();
        Api.Reply export = methodologist().getAny("api/v1/assessment/questions/export?format=gift");
        assertThat(export.status()).isEqualTo(200);
        long counting = -statements() + statements(); // what reading the counter costs by itself
        // the server's background jobs (notices, the reserve's job) may add a few statements to one measurement:
        // the unchanged re-import and the dry run change nothing, so the cheapest of three tries is their cost
        Api.Reply imported = null;
        Api.Reply planned = null;
        long importCost = Long.MAX_VALUE;
        long planCost = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = statements();
            imported = methodologist().sendBytes("POST", "api/v1/assessment/questions/import?format=gift",
                    export.body().getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
            importCost = Math.min(importCost, statements() - start - counting);
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            start = statements();
            planned = methodologist().sendBytes("POST",
                    "api/v1/assessment/questions/import?format=gift&mode=update&dryRun=true",
                    export.body().getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
            planCost = Math.min(planCost, statements() - start - counting);
            assertThat(planned.status()).as(planned.toString()).isEqualTo(200);
        }
        System.out.println("SQL statements: re-import of the " + before + " seeded questions " + importCost
                + ", update dry run " + planCost);
        // the questions a file names are read at once, not one by one (a few statements, not several per item)
        assertThat(importCost).isLessThan(20).isLessThan(before);
        assertThat(planCost).isLessThan(20).isLessThan(before);
        assertThat(imported.json().getInt("created")).isZero();
        assertThat(imported.json().getInt("revised")).isZero();
        assertThat((long) imported.json().getInt("unchanged")).isEqualTo(before);
        assertThat(methodologist().getAny("api/v1/assessment/questions/export?format=gift").body())
                .isEqualTo(export.body());
    }

    @Test
    @Order(3)
    void a_malformed_gift_file_is_refused_with_its_three_line_numbers_and_nothing_is_stored() {
        long before = bankSize();
        String gift = """
                $CATEGORY: MUN-COMP/DIG-01/1

                ::IT-GOOD-1::Хороший вопрос {=да ~нет}

                ::IT-BAD-1::Нет закрывающей скобки {=да ~нет

                ::IT-GOOD-2::Ещё хороший вопрос {T}

                ::IT-BAD-2::Выбор без верного ответа {~один ~два}

                ::IT-BAD-3::Число не число {#abc}
                """;
        Api.Reply r = methodologist().sendBytes("POST", "api/v1/assessment/questions/import?format=gift",
                gift.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().getString("code")).isEqualTo("IMPORT_REJECTED");
        assertThat(r.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"), e -> e.getString("code"),
                        e -> e.getString("location") + ": " + e.getString("message"))
                .as("English without an Accept-Language").containsExactly(
                        tuple("line 5", "GIFT_BLOCK_UNCLOSED",
                                "line 5 (question \"IT-BAD-1\"): The brace \"{\" of the answer block is not closed"),
                        tuple("line 9", "GIFT_NO_RIGHT_ANSWER",
                                "line 9 (question \"IT-BAD-2\"): No right answer: no answer has a positive weight"),
                        tuple("line 11", "GIFT_NOT_NUMBER",
                                "line 11 (question \"IT-BAD-3\"): \"abc\" is not a number"));
        Api.Reply russian = methodologist().accepting("ru").sendBytes("POST",
                "api/v1/assessment/questions/import?format=gift", gift.getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8");
        assertThat(russian.status()).as(russian.toString()).isEqualTo(400);
        assertThat(russian.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"), e -> e.getString("location") + ": " + e.getString("message"))
                .as("in Russian with Accept-Language: ru, the fields unchanged").containsExactly(
                        tuple("line 5", "строка 5 (вопрос «IT-BAD-1»): Не закрыта фигурная скобка ответа «{»"),
                        tuple("line 9", "строка 9 (вопрос «IT-BAD-2»): Нет правильного ответа: ни у одного ответа "
                                + "нет положительного веса"),
                        tuple("line 11", "строка 11 (вопрос «IT-BAD-3»): «abc» — не число"));
        assertThat(bankSize()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void a_qti_package_of_choice_text_entry_order_and_match_items_imports() {
        long before = bankSize();
        Api.Reply r = methodologist().sendBytes("POST",
                "api/v1/assessment/questions/import?format=qti&competency=DIG-01&level=2", Qti.samplePackage(),
                "application/zip");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getInt("created")).isEqualTo(4);
        assertThat(bankSize()).isEqualTo(before + 4);
        assertThat(methodologist().get("api/v1/assessment/questions?q=it-qti").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(q -> q.getString("type"))
                .containsExactlyInAnyOrder("SINGLE_CHOICE", "SHORT_TEXT", "ORDERING", "MATCHING");
    }

    @Test
    @Order(4)
    void the_1edtech_qti_examples_import_with_case_sensitive_text_entry_many_to_one_matching_and_modal_feedback() {
        long before = bankSize();
        Api.Reply r = methodologist().sendBytes("POST",
                "api/v1/assessment/questions/import?format=qti&competency=DIG-01&level=2",
                Qti.examples("text_entry.xml", "inline_choice.xml", "match.xml", "modalFeedback.xml"),
                "application/zip");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getInt("created")).isEqualTo(4);
        assertThat(bankSize()).isEqualTo(before + 4);

        JsonObject text = question("textEntry").getJsonObject("content");
        assertThat(text.getString("type")).isEqualTo("SHORT_TEXT");
        assertThat(text.getJsonArray("options").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("text"), o -> o.getJsonNumber("weight").doubleValue(),
                        o -> o.getBoolean("caseSensitive"))
                .containsExactly(tuple("York", 100.0, true), tuple("york", 50.0, true));
        assertThat(question("inlineChoice").getJsonObject("content").getString("type")).isEqualTo("SINGLE_CHOICE");
        assertThat(question("match").getJsonObject("content").getJsonArray("pairs")).hasSize(4);
        assertThat(question("Example01-modalFeedback").getJsonObject("content").getJsonArray("options")
                .getValuesAs(JsonObject.class)).extracting(o -> o.getString("feedback"))
                .containsExactly("correct", "incorrect");

        Api.Reply template = methodologist().sendBytes("POST",
                "api/v1/assessment/questions/import?format=qti&competency=DIG-01&level=2",
                Qti.examples("template.xml"), "application/zip");
        assertThat(template.status()).as(template.toString()).isEqualTo(400);
        JsonObject refusal = template.json().getJsonArray("errors").getJsonObject(0);
        assertThat(refusal.getString("code")).isEqualTo("QTI_TEMPLATE_ITEM");
        assertThat(refusal.getString("message")).contains("\"template\"").contains("templateDeclaration");
        assertThat(bankSize()).isEqualTo(before + 4);
    }

    @Test
    @Order(4)
    void a_qti_item_with_mathml_imports_as_rich_text_with_the_math_kept_and_the_script_stripped() {
        Api.Reply r = methodologist().sendBytes("POST",
                "api/v1/assessment/questions/import?format=qti&competency=DIG-01&level=2", Qti.mathPackage(),
                "application/zip");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getInt("created")).isEqualTo(1);

        String stem = question("IT-MATHML").getJsonObject("content").getString("stem");
        assertThat(stem).startsWith("<!--html-->")
                .contains("<math><mfrac><mn>1</mn><mi>x</mi></mfrac></math>", "<strong>дробь</strong>",
                        "<a href=\"https://example.org/fractions\" rel=\"nofollow noopener\" target=\"_blank\">")
                .doesNotContain("script", "alert", "onclick");

        // a rich stem posted over REST (or typed in the editor) is stored as the sanitiser lets it through
        String data = Json.createObjectBuilder().add("code", "IT-RICH-POST").add("competencyCode", "DIG-01")
                .add("level", 2).add("difficulty", "EASY").add("content", Json.createObjectBuilder()
                        .add("type", "SINGLE_CHOICE")
                        .add("stem", "<!--html--><p onclick=\"alert(1)\">Выберите <em>верное</em><script>alert(2)"
                                + "</script> <a href=\"javascript:alert(3)\">ссылка</a></p>")
                        .add("options", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("text", "Да").add("weight", 100))
                                .add(Json.createObjectBuilder().add("text", "Нет").add("weight", 0))))
                .build().toString();
        Api.Reply posted = methodologist().post("api/v1/assessment/questions", data);
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        assertThat(posted.json().getJsonObject("content").getString("stem")).startsWith("<!--html-->")
                .contains("<em>верное</em>").doesNotContain("script", "alert", "onclick", "javascript");
    }

    @Test
    @Order(5)
    void an_xml_bomb_is_refused_and_nothing_is_stored() {
        long before = bankSize();
        long started = System.nanoTime();
        Api.Reply r = methodologist().sendBytes("POST", "api/v1/assessment/questions/import?format=qti",
                Qti.bombPackage(), "application/zip");
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("XML bomb refused in " + millis + " ms: " + r);
        assertThat(r.status()).isEqualTo(400);
        assertThat(bankSize()).isEqualTo(before);
    }

    @Test
    @Order(5)
    void a_qti_zip_cut_off_in_the_middle_is_a_400_and_nothing_is_stored() {
        long before = bankSize();
        byte[] whole = Qti.samplePackage();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);

        Api.Reply r = methodologist().sendBytes("POST", "api/v1/assessment/questions/import?format=qti", cut,
                "application/zip");

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().getString("code")).isEqualTo("IMPORT_REJECTED");
        assertThat(r.json().getJsonArray("errors")).isNotEmpty();
        assertThat(bankSize()).isEqualTo(before);
    }

    @Test
    @Order(6)
    void a_default_import_naming_an_existing_code_creates_a_new_question_and_leaves_the_live_one_unchanged() {
        JsonObject live = question("BUD-01-001");
        long before = bankSize();
        String gift = """
                $CATEGORY: MUN-COMP/BUD-01/1

                ::BUD-01-001::Импорт с чужим кодом: подменит ли он живой вопрос? {=нет ~да}
                """;
        Api.Reply r = methodologist().sendBytes("POST", "api/v1/assessment/questions/import?format=gift",
                gift.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getInt("created")).isEqualTo(1);
        assertThat(r.json().getInt("revised")).isZero();
        assertThat(r.json().getInt("renamed")).isEqualTo(1);
        JsonObject item = r.json().getJsonArray("items").getJsonObject(0);
        assertThat(item.getString("fileCode")).isEqualTo("BUD-01-001");
        assertThat(item.getString("code")).isEqualTo("BUD-01-001-2");
        assertThat(item.getString("location")).as("a location is its machine form in JSON").isEqualTo("line 3");
        assertThat(bankSize()).isEqualTo(before + 1);
        JsonObject after = question("BUD-01-001");
        assertThat(after.getJsonObject("content")).isEqualTo(live.getJsonObject("content"));
        assertThat(after.getString("competencyCode")).isEqualTo(live.getString("competencyCode"));
        assertThat(after.getInt("revision")).isEqualTo(live.getInt("revision"));
        assertThat(question("BUD-01-001-2").getJsonObject("content").getString("type")).isEqualTo("SINGLE_CHOICE");
        // an update may not turn a question in use (active in published tests) into another type
        Api.Reply update = methodologist().sendBytes("POST",
                "api/v1/assessment/questions/import?format=gift&mode=update&dryRun=true",
                gift.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
        assertThat(update.status()).as(update.toString()).isEqualTo(400);
        assertThat(update.json().getString("code")).isEqualTo("IMPORT_REJECTED");
        assertThat(update.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"), e -> e.getString("code"))
                .containsExactly(tuple("line 3", "BANK_QUESTION_IN_USE"));
        assertThat(update.body()).contains("BUD-01-001").contains("the type and competency");
        assertThat(methodologist().sendBytes("POST", "api/v1/assessment/questions/import?format=gift&mode=sideways",
                gift.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8").status()).isEqualTo(400);
        assertThat(question("BUD-01-001").getJsonObject("content")).isEqualTo(live.getJsonObject("content"));
    }

    @Test
    @Order(7)
    void an_update_import_with_dry_run_lists_every_change_and_stores_nothing() {
        JsonObject live = question("BUD-01-002");
        String gift = "$CATEGORY: MUN-COMP/BUD-01/" + live.getInt("level") + "\n\n"
                + giftBlock("BUD-01", "BUD-01-002").replace("::BUD-01-002::", "::BUD-01-002::Уточнено. ");
        long before = bankSize();
        Api.Reply r = methodologist().sendBytes("POST",
                "api/v1/assessment/questions/import?format=gift&mode=update&dryRun=true",
                gift.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getBoolean("dryRun")).isTrue();
        assertThat(r.json().getString("mode")).isEqualTo("UPDATE");
        assertThat(r.json().getInt("revised")).isEqualTo(1);
        JsonObject item = r.json().getJsonArray("items").getJsonObject(0);
        assertThat(item.getString("action")).isEqualTo("UPDATE");
        assertThat(item.getString("code")).isEqualTo("BUD-01-002");
        assertThat(item.getBoolean("newRevision")).as("an active question gets a new revision").isTrue();
        List<JsonObject> changes = item.getJsonArray("changes").getValuesAs(JsonObject.class);
        assertThat(changes).extracting(c -> c.getString("field")).containsExactly("stem");
        assertThat(changes.get(0).getString("before")).isEqualTo(live.getJsonObject("content").getString("stem"));
        assertThat(changes.get(0).getString("after")).startsWith("Уточнено. ");
        // nothing stored
        assertThat(bankSize()).isEqualTo(before);
        JsonObject after = question("BUD-01-002");
        assertThat(after.getInt("revision")).isEqualTo(live.getInt("revision"));
        assertThat(after.getJsonObject("content")).isEqualTo(live.getJsonObject("content"));
    }

    @Test
    @Order(10)
    void the_taking_cycle_refuses_stale_saves_keeps_other_takers_out_and_finishes_once() throws Exception {
        Api employee = Api.as(base, "employee");
        JsonObject assigned = employee.get("api/v1/assessment/my/tests").array().getValuesAs(JsonObject.class)
                .stream().filter(t -> t.getBoolean("assigned") && t.getBoolean("canStart")).findFirst().orElseThrow();
        Api.Reply started = employee.post("api/v1/assessment/tests/" + assigned.getInt("testId") + "/attempts", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        JsonObject attempt = started.json();
        long id = attempt.getJsonNumber("attemptId").longValue();
        employeeAttempt = id;
        assertThat(attempt.getJsonNumber("remainingSeconds").longValue()).isPositive();
        assertThat(started.body()).doesNotContain("weight").doesNotContain("feedback");
        // whole seconds: what MariaDB keeps, so every later read on any node answers the same deadline
        assertThat(java.time.Instant.parse(attempt.getString("deadlineAt")).getNano()).isZero();
        // starting again resumes the same attempt, with the same deadline
        JsonObject again = employee.post("api/v1/assessment/tests/" + assigned.getInt("testId") + "/attempts",
                null).json();
        assertThat(again.getJsonNumber("attemptId").longValue()).isEqualTo(id);
        assertThat(again.getString("deadlineAt")).isEqualTo(attempt.getString("deadlineAt"));

        List<JsonObject> slots = attempt.getJsonArray("slots").getValuesAs(JsonObject.class);
        long seq = attempt.getJsonNumber("seq").longValue();
        for (JsonObject slot : slots.subList(0, 3)) {
            Api.Reply saved = employee.post("api/v1/assessment/attempts/" + id + "/answers", answer(slot, seq));
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            assertThat(saved.json().getJsonNumber("seq").longValue()).isEqualTo(seq + 1);
            seq++;
        }
        // a repeated (stale) save is refused and changes nothing
        Api.Reply stale = employee.post("api/v1/assessment/attempts/" + id + "/answers", answer(slots.get(3), seq - 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("code")).isEqualTo("STALE_SEQUENCE");
        JsonObject resumed = employee.get("api/v1/assessment/attempts/" + id).json();
        assertThat(resumed.getJsonNumber("seq").longValue()).isEqualTo(seq);
        assertThat(resumed.getJsonArray("slots").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getBoolean("answered")).count()).isEqualTo(3);
        // reading the attempt costs a fixed number of statements, not one per question (revisions are cached)
        long counting = -statements() + statements(); // what reading the counter costs by itself
        long before = statements();
        employee.get("api/v1/assessment/attempts/" + id);
        long viewCost = statements() - before - counting;
        before = statements();
        Api.Reply oneMore = employee.post("api/v1/assessment/attempts/" + id + "/answers", answer(slots.get(3), seq));
        long saveCost = statements() - before - counting;
        assertThat(oneMore.status()).isEqualTo(200);
        seq++;
        System.out.println("SQL statements: attempt view with " + slots.size() + " questions " + viewCost
                + ", one answer save " + saveCost);
        assertThat(viewCost).isLessThanOrEqualTo(10).isLessThan(slots.size());
        assertThat(saveCost).isLessThanOrEqualTo(8);
        // another taker can neither read nor write the attempt, nor see its result
        Api other = Api.as(base, "juror");
        assertThat(other.get("api/v1/assessment/attempts/" + id).status()).isEqualTo(404);
        assertThat(other.post("api/v1/assessment/attempts/" + id + "/answers", answer(slots.get(3), seq)).status())
                .isEqualTo(404);
        assertThat(other.get("api/v1/assessment/attempts/" + id + "/result").status()).isEqualTo(404);
        assertThat(employee.get("api/v1/assessment/attempts/" + id + "/result").status()).isEqualTo(409);

        long evidenceBefore = assessmentEvidence(employee);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        Callable<Api.Reply> finish = () -> {
            go.await();
            return employee.post("api/v1/assessment/attempts/" + id + "/finish", null);
        };
        Future<Api.Reply> a = pool.submit(finish);
        Future<Api.Reply> b = pool.submit(finish);
        go.countDown();
        Api.Reply ra = a.get();
        Api.Reply rb = b.get();
        pool.shutdown();
        assertThat(ra.status()).as(ra.toString()).isEqualTo(200);
        assertThat(rb.status()).as(rb.toString()).isEqualTo(200);
        assertThat(ra.json().getJsonNumber("percent").doubleValue())
                .isEqualTo(rb.json().getJsonNumber("percent").doubleValue());
        assertThat(ra.json().getString("finishedAt")).isEqualTo(rb.json().getString("finishedAt"));
        List<JsonObject> competencies = ra.json().getJsonArray("competencies").getValuesAs(JsonObject.class);
        assertThat(competencies).isNotEmpty();
        // the seeded test's review policy is the per-competency report: the right answers stay hidden
        assertThat(ra.json().getString("review")).isEqualTo("COMPETENCY_REPORT");
        assertThat(ra.json().getJsonArray("items")).isEmpty();
        assertThat(ra.body()).doesNotContain("\"correct\"");
        long attained = competencies.stream().filter(c -> c.getJsonObject("score").getInt("level") >= 1).count();
        assertThat(assessmentEvidence(employee) - evidenceBefore).isEqualTo(attained);
        // a save after finishing is refused
        Api.Reply late = employee.post("api/v1/assessment/attempts/" + id + "/answers", answer(slots.get(5), seq));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().getString("code")).isEqualTo("ATTEMPT_CLOSED");
    }

    @Test
    @Order(11)
    void hr_officers_see_results_of_their_scope_only_and_download_them() {
        Api.Reply hr = Api.as(base, "hr").get("api/v1/assessment/results");
        assertThat(hr.status()).isEqualTo(200);
        assertThat(hr.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .anyMatch(r -> r.getJsonNumber("attemptId").longValue() == employeeAttempt);
        assertThat(Api.as(base, "hr").get("api/v1/assessment/attempts/" + employeeAttempt + "/result").status())
                .isEqualTo(200);
        Api.Reply tver = Api.as(base, "hr.tver").get("api/v1/assessment/results");
        assertThat(tver.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .noneMatch(r -> r.getJsonNumber("attemptId").longValue() == employeeAttempt);
        assertThat(Api.as(base, "hr.tver").get("api/v1/assessment/attempts/" + employeeAttempt + "/result")
                .status()).isEqualTo(403);
        Api.Reply xlsx = Api.as(base, "hr").getAny("api/v1/assessment/results/export");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
    }

    @Test
    @Order(12)
    void item_statistics_cover_the_items_of_finished_attempts() {
        JsonObject result = Api.as(base, "employee").get("api/v1/assessment/attempts/" + employeeAttempt
                + "/result").json();
        JsonObject stats = methodologist().get("api/v1/assessment/tests/" + result.getInt("testId")
                + "/statistics").json();
        assertThat(stats.getInt("attempts")).isEqualTo(1);
        assertThat(stats.getJsonArray("items")).isNotEmpty();
    }

    @Test
    @Order(20)
    void saves_after_the_deadline_are_refused_and_the_overdue_job_closes_forgotten_attempts() throws Exception {
        long testId = shortTest("IT-SHORT", 10);
        Api employee = Api.as(base, "employee");
        Api hr = Api.as(base, "hr");
        JsonObject mine = employee.post("api/v1/assessment/tests/" + testId + "/attempts", null).json();
        JsonObject forgotten = hr.post("api/v1/assessment/tests/" + testId + "/attempts", null).json();
        long id = mine.getJsonNumber("attemptId").longValue();
        JsonObject slot = mine.getJsonArray("slots").getJsonObject(0);
        Api.Reply inTime = employee.post("api/v1/assessment/attempts/" + id + "/answers", answer(slot, 0));
        assertThat(inTime.status()).as(inTime.toString()).isEqualTo(200);
        // time passes on the server's clock instead of the test sleeping: 10 s limit + 2 s grace + 1 s
        Api.Reply moved = Api.as(base, "admin").post("api/v1/it/clock/advance?seconds=13", null);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        Api.Reply late = employee.post("api/v1/assessment/attempts/" + id + "/answers",
                answer(mine.getJsonArray("slots").getJsonObject(1), 1));
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.json().getString("code")).isIn("DEADLINE_PASSED", "ATTEMPT_CLOSED");
        // the forgotten attempt is closed by the server's own job (period 2 s) without anybody asking
        long forgottenId = forgotten.getJsonNumber("attemptId").longValue();
        JsonObject closed = null;
        for (int i = 0; i < 20 && closed == null; i++) {
            Api.Reply r = hr.get("api/v1/assessment/attempts/" + forgottenId + "/result");
            if (r.status() == 200) {
                closed = r.json();
            } else {
                Thread.sleep(500);
            }
        }
        assertThat(closed).as("closed by the job").isNotNull();
        assertThat(closed.getString("closedBy")).isEqualTo("TIMER");
        // the answer saved in time counted in the employee's closed attempt
        JsonObject result = employee.get("api/v1/assessment/attempts/" + id + "/result").json();
        assertThat(result.getString("status")).isEqualTo("FINISHED");
        assertThat(Api.as(base, "admin").post("api/v1/assessment/maintenance/close-overdue", null).status())
                .isEqualTo(200);
    }

    @Test
    @Order(21)
    void editing_a_used_question_adds_a_revision_and_past_attempts_show_what_was_taken() {
        Api employee = Api.as(base, "employee");
        JsonObject finished = employee.get("api/v1/assessment/my/results").array().getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("testCode").equals("IT-SHORT")).findFirst().orElseThrow();
        JsonObject item = finished.getJsonArray("items").getJsonObject(0);
        String stem = item.getString("stem");
        JsonObject question = methodologist().get("api/v1/assessment/questions?competency=DIG-01&limit=500").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(q -> stem.replaceAll("\\s+", " ").trim().startsWith(q.getString("stem").replace("…", "")))
                .findFirst().orElseThrow();
        long qid = question.getJsonNumber("id").longValue();
        JsonObject detail = methodologist().get("api/v1/assessment/questions/" + qid).json();
        assertThat(detail.getBoolean("used")).isTrue();
        String changed = Json.createObjectBuilder().add("code", detail.getString("code"))
                .add("competencyCode", detail.getString("competencyCode")).add("level", detail.getInt("level"))
                .add("difficulty", detail.getString("difficulty"))
                .add("content", Json.createObjectBuilder(detail.getJsonObject("content"))
                        .add("stem", stem + " (уточнённая редакция)"))
                .build().toString();
        Api.Reply saved = methodologist().put("api/v1/assessment/questions/" + qid + "?version="
                + detail.getJsonNumber("version").longValue(), changed);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().getInt("revision")).isEqualTo(detail.getInt("revision") + 1);
        // the same version again is now stale: a concurrent edit fails loudly
        assertThat(methodologist().put("api/v1/assessment/questions/" + qid + "?version="
                + detail.getJsonNumber("version").longValue(), changed).status()).isEqualTo(409);
        JsonObject again = employee.get("api/v1/assessment/attempts/" + finished.getJsonNumber("attemptId")
                .longValue() + "/result").json();
        assertThat(again.getJsonArray("items").getJsonObject(0).getString("stem")).isEqualTo(stem);
    }

    @Test
    @Order(22)
    void an_update_import_of_a_used_question_adds_a_revision_and_the_past_attempt_shows_the_old_stem() {
        Api employee = Api.as(base, "employee");
        JsonObject finished = employee.get("api/v1/assessment/my/results").array().getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("testCode").equals("IT-SHORT")).findFirst().orElseThrow();
        long attemptId = finished.getJsonNumber("attemptId").longValue();
        JsonObject taken = finished.getJsonArray("items").getJsonObject(1);
        String stem = taken.getString("stem");
        JsonObject row = methodologist().get("api/v1/assessment/questions?competency=DIG-01&limit=500").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(q -> stem.replaceAll("\\s+", " ").trim().startsWith(q.getString("stem").replace("…", "")))
                .findFirst().orElseThrow();
        JsonObject detail = methodologist().get("api/v1/assessment/questions/" + row.getJsonNumber("id").longValue())
                .json();
        assertThat(detail.getBoolean("used")).isTrue();
        String code = detail.getString("code");
        String gift = "$CATEGORY: MUN-COMP/DIG-01/" + detail.getInt("level") + "\n\n"
                + giftBlock("DIG-01", code).replace("::" + code + "::", "::" + code + "::Новая редакция. ");
        Api.Reply r = methodologist().sendBytes("POST", "api/v1/assessment/questions/import?format=gift&mode=update",
                gift.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getInt("revised")).isEqualTo(1);
        assertThat(r.json().getJsonArray("items").getJsonObject(0).getBoolean("newRevision")).isTrue();
        JsonObject after = question(code);
        assertThat(after.getInt("revision")).isEqualTo(detail.getInt("revision") + 1);
        assertThat(after.getJsonObject("content").getString("stem")).startsWith("Новая редакция. ");
        JsonObject again = employee.get("api/v1/assessment/attempts/" + attemptId + "/result").json();
        assertThat(again.getJsonArray("items").getJsonObject(1).getString("stem")).isEqualTo(stem);
    }

    @Test
    @Order(30)
    void a_blind_attempt_scores_at_chance_and_the_presented_ids_differ_between_attempts() {
        String settings = Json.createObjectBuilder().add("title", "Слепое прохождение")
                .add("timeLimitSeconds", 600).add("attemptsAllowed", 5).add("review", "CORRECT_ANSWERS")
                .add("openForSelf", true).add("shuffleQuestions", false).add("shuffleOptions", false)
                .add("onePerPage", false)
                .add("rules", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("competencyCode", "CIT-01").add("count", 8))
                        .add(Json.createObjectBuilder().add("competencyCode", "HRP-03").add("count", 8))
                        .add(Json.createObjectBuilder().add("competencyCode", "LDR-04").add("count", 8))
                        .add(Json.createObjectBuilder().add("competencyCode", "LAW-02").add("count", 8)))
                .add("cuts", Json.createArrayBuilder()).add("accommodations", Json.createArrayBuilder())
                .build().toString();
        Api.Reply created = methodologist().post("api/v1/assessment/tests?code=IT-BLIND", settings);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long testId = created.json().getJsonNumber("id").longValue();
        Api.Reply published = methodologist().post("api/v1/assessment/tests/" + testId + "/publish?version="
                + created.json().getJsonNumber("version").longValue(), null);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);

        java.util.Map<String, java.util.Set<String>> idsByOption = new java.util.HashMap<>();
        List<Double> percents = new java.util.ArrayList<>();
        int attempts = 0;
        for (String user : List.of("employee", "hr")) {
            Api taker = Api.as(base, user);
            for (int a = 0; a < 3; a++) {
                JsonObject attempt = taker.post("api/v1/assessment/tests/" + testId + "/attempts", null).json();
                long id = attempt.getJsonNumber("attemptId").longValue();
                long seq = attempt.getJsonNumber("seq").longValue();
                boolean firstListed = attempts++ % 2 == 1;
                Map<Integer, Integer> sent = new java.util.HashMap<>();
                Map<Integer, String> sentText = new java.util.HashMap<>();
                for (JsonObject slot : attempt.getJsonArray("slots").getValuesAs(JsonObject.class)) {
                    String type = slot.getString("type");
                    for (String list : List.of("options", "rights", "items")) {
                        for (JsonObject o : slot.getJsonArray(list).getValuesAs(JsonObject.class)) {
                            idsByOption.computeIfAbsent(slot.getString("stem") + "\u0000" + o.getString("text"),
                                    k -> new java.util.HashSet<>()).add(user + a + ":" + o.getInt("index"));
                        }
                    }
                    if (!List.of("SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE").contains(type)) {
                        continue; // text left empty, matching and ordering untouched, as the taking view sends them
                    }
                    int chosen = firstListed ? slot.getJsonArray("options").getJsonObject(0).getInt("index") : 0;
                    String body = Json.createObjectBuilder().add("slot", slot.getInt("slot")).add("seq", seq)
                            .add("response", Json.createObjectBuilder().add("choices",
                                    Json.createArrayBuilder().add(chosen))).build().toString();
                    Api.Reply saved = taker.post("api/v1/assessment/attempts/" + id + "/answers", body);
                    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
                    seq++;
                    sent.put(slot.getInt("slot"), chosen);
                    sentText.put(slot.getInt("slot"), slot.getJsonArray("options").getValuesAs(JsonObject.class)
                            .stream().filter(o -> o.getInt("index") == chosen).findFirst().orElseThrow()
                            .getString("text"));
                }
                // the saved answers come back in the ids the attempt presents
                for (JsonObject slot : taker.get("api/v1/assessment/attempts/" + id).json().getJsonArray("slots")
                        .getValuesAs(JsonObject.class)) {
                    if (sent.containsKey(slot.getInt("slot"))) {
                        assertThat(slot.getJsonObject("response").getJsonArray("choices").getInt(0))
                                .isEqualTo(sent.get(slot.getInt("slot")));
                    }
                }
                JsonObject result = taker.post("api/v1/assessment/attempts/" + id + "/finish", null).json();
                percents.add(result.getJsonNumber("percent").doubleValue());
                // and the review names the option the taker chose
                for (JsonObject item : result.getJsonArray("items").getValuesAs(JsonObject.class)) {
                    if (sentText.containsKey(item.getInt("slot"))) {
                        assertThat(item.getString("given")).isEqualTo(sentText.get(item.getInt("slot")));
                    }
                }
            }
        }
        double mean = percents.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        System.out.println("Blind attempts over REST (id 0 / first listed, matching and ordering untouched): "
                + percents + ", mean " + mean + " %");
        assertThat(mean).as("at chance, far below the 61–73 % of the leak").isLessThan(40);
        // the same option is presented under different ids in different attempts
        assertThat(idsByOption.values().stream().filter(ids -> ids.stream().map(i -> i.substring(i.indexOf(':')))
                .distinct().count() > 1).count()).isPositive();
    }

    /** The detail of the question with this code. */
    @Test
    @Order(99)
    void the_gift_files_written_from_moodles_documentation_import_with_titles_categories_and_partial_credit() {
        String all = String.join("\n\n", Stream.of("choice", "short-answer", "true-false", "matching", "numeric",
                "options").map(f -> resource("/imports/moodle-doc-" + f + ".gift")).toList());
        long before = bankSize();
        String url = "api/v1/assessment/questions/import?format=gift&competency=DIG-01&level=1";
        Api.Reply r = methodologist().sendBytes("POST", url, all.getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getInt("created")).isEqualTo(16);
        assertThat(bankSize()).isEqualTo(before + 16);

        JsonObject first = question("DIG-01-vopros-1");
        assertThat(first.getString("title")).isEqualTo("Вопрос 1");
        assertThat(first.getString("category")).isEqualTo("Бюджет/Полномочия");
        assertThat(question("DIG-01-tema-2-08-ep").getString("title")).isEqualTo("Тема 2-08 ЭП");
        JsonObject partial = question("DIG-01-chastichnyi-ball").getJsonObject("content");
        assertThat(partial.getString("type")).isEqualTo("SINGLE_CHOICE");
        assertThat(partial.getJsonArray("options").getValuesAs(JsonObject.class))
                .extracting(o -> o.getJsonNumber("weight").doubleValue()).containsExactly(0.0, 50.0, 100.0);
        JsonObject matching = question("DIG-01-sootvetstvie").getJsonObject("content");
        assertThat(matching.getJsonArray("pairs")).hasSize(4);
        assertThat(question("DIG-01-nevernyi-otvet").getJsonObject("content").getJsonArray("options")
                .getValuesAs(JsonObject.class)).extracting(o -> o.getString("text", ""))
                .as("the feedback for any other number is kept").contains("*");
        assertThat(question("HTML").getString("category")).isEqualTo("Оформление");

        Api.Reply again = methodologist().sendBytes("POST", url, all.getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().getInt("created")).as("importing the same file again duplicates nothing").isZero();
        assertThat(again.json().getInt("unchanged")).isEqualTo(16);
        assertThat(bankSize()).isEqualTo(before + 16);

        // the file's problems and the bank's (an unknown competency) in one answer, each with line and title
        String bad = resource("/imports/moodle-doc-unsupported.gift")
                + "\n\n$CATEGORY: MUN-COMP/NO-SUCH-1/1\n\n::Чужая компетенция::Вопрос {=да ~нет}\n";
        Api.Reply refused = methodologist().accepting("ru").sendBytes("POST", url, bad.getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"), e -> e.getString("code"), e -> e.getString("location"))
                .containsExactly(tuple("line 4", "GIFT_NO_ANSWER_BLOCK", "строка 4 (вопрос «Описание»)"),
                        tuple("line 9", "BANK_COMPETENCY_UNKNOWN", "строка 9 (вопрос «Чужая компетенция»)"));
        assertThat(bankSize()).isEqualTo(before + 16);
    }

    /** The questions of the unit tests' Moodle XML files (each supported type, one with an image) as one file. */
    private static byte[] moodleXmlExport() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n"
                + "<question type=\"category\"><category><text>$course$/top/Импорт из Moodle</text></category>"
                + "</question>\n");
        for (String f : List.of("multichoice", "truefalse", "shortanswer", "numerical", "matching", "ordering",
                "image")) {
            String one = resource("/moodlexml/" + f + ".xml");
            xml.append(one, one.indexOf("<quiz>") + "<quiz>".length(), one.lastIndexOf("</quiz>"));
        }
        return xml.append("</quiz>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @Order(100)
    void a_partial_qti_import_lists_the_item_that_does_not_parse_and_serves_the_audio_of_the_other_as_audio()
            throws Exception {
        byte[] zip = Qti.audioAndBroken();
        long before = bankSize();
        String url = "api/v1/assessment/questions/import?format=qti&competency=DIG-01&level=1";

        Api.Reply whole = methodologist().sendBytes("POST", url, zip, "application/zip");
        assertThat(whole.status()).as("all or nothing stays the default").isEqualTo(400);
        assertThat(bankSize()).isEqualTo(before);

        Api.Reply r = methodologist().sendBytes("POST", url + "&partial=true", zip, "application/zip");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getInt("created")).isEqualTo(1);
        assertThat(r.json().getInt("refusedItems")).isEqualTo(1);
        assertThat(r.json().getJsonArray("refused").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("item broken.xml");
        assertThat(bankSize()).isEqualTo(before + 1);

        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Qti.MP3));
        assertThat(question("it-listen").getJsonObject("content").getString("stem"))
                .contains("![Обращение главы](file:" + sha + ")").contains("О чём говорит глава?");
        java.net.http.HttpResponse<byte[]> audio = download("methodologist", "api/v1/files/" + sha);
        assertThat(audio.statusCode()).isEqualTo(200);
        assertThat(audio.headers().firstValue("Content-Type")).hasValue("audio/mpeg");
        assertThat(audio.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).startsWith("inline"));
        assertThat(audio.body()).isEqualTo(Qti.MP3);
        assertThat(download("employee", "api/v1/files/" + sha).statusCode()).isEqualTo(403);
    }

    @Test
    @Order(100)
    void a_moodle_xml_export_imports_every_supported_type_with_its_category_titles_and_embedded_image()
            throws Exception {
        byte[] xml = moodleXmlExport();
        long before = bankSize();
        String url = "api/v1/assessment/questions/import?competency=DIG-01&level=1";

        Api.Reply planned = methodologist().sendBytes("POST", url + "&format=moodlexml&dryRun=true", xml,
                "text/xml");
        assertThat(planned.status()).as(planned.toString()).isEqualTo(200);
        assertThat(planned.json().getInt("created")).isEqualTo(9);
        assertThat(planned.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("location"), i -> i.getString("action"))
                .startsWith(tuple("question 1", "CREATE")).endsWith(tuple("question 9", "CREATE"));
        assertThat(bankSize()).as("a dry run stores nothing").isEqualTo(before);

        Api.Reply imported = methodologist().sendBytes("POST", url, xml, "application/xml");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().getInt("created")).isEqualTo(9);
        assertThat(bankSize()).isEqualTo(before + 9);
        Map<String, String> codes = imported.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(i -> i.getString("location"), i -> i.getString("code")));
        assertThat(codes).containsEntry("question 2", "MC-MULTI-1").containsEntry("question 3", "TF-TERM-1");

        JsonObject trueFalse = question("TF-TERM-1");
        assertThat(trueFalse.getString("title")).isEqualTo("Срок полномочий главы");
        assertThat(trueFalse.getString("category")).isEqualTo("Импорт из Moodle");
        assertThat(trueFalse.getJsonObject("content").getString("type")).isEqualTo("TRUE_FALSE");
        assertThat(List.of(2, 4, 5, 6, 7, 8).stream().map(n -> question(codes.get("question " + n))
                .getJsonObject("content").getString("type"))).containsExactly("MULTIPLE_CHOICE", "SHORT_TEXT",
                        "SHORT_TEXT", "NUMERIC", "MATCHING", "ORDERING");
        // <usecase>1</usecase>: the answers compared with case
        assertThat(question(codes.get("question 5")).getJsonObject("content").getJsonArray("options")
                .getValuesAs(JsonObject.class)).allSatisfy(o -> assertThat(o.getBoolean("caseSensitive")).isTrue());

        // the embedded image is stored and served under the reference the question's text holds
        JsonObject pictured = question(codes.get("question 9"));
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(RED_DOT));
        assertThat(pictured.getString("title")).isEqualTo("Схема сети");
        assertThat(pictured.getJsonObject("content").getString("stem"))
                .isEqualTo("Что показано на схеме?\n![Схема](file:" + sha + ")");
        java.net.http.HttpResponse<byte[]> image = download("methodologist", "api/v1/files/" + sha);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.body()).isEqualTo(RED_DOT);

        // judged by its content without format=, the same file again changes nothing
        Api.Reply again = methodologist().sendBytes("POST", url + "&dryRun=true", xml, "application/octet-stream");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().getInt("unchanged")).isEqualTo(9);
    }

    @Test
    @Order(100)
    void a_moodle_xml_file_with_unknown_types_and_broken_questions_is_refused_with_every_error_and_stores_nothing() {
        long before = bankSize();
        Api.Reply r = methodologist().accepting("ru").sendBytes("POST",
                "api/v1/assessment/questions/import?format=moodlexml&competency=DIG-01&level=1",
                resource("/moodlexml/unsupported.xml").getBytes(StandardCharsets.UTF_8), "text/xml");
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().getString("code")).isEqualTo("IMPORT_REJECTED");
        assertThat(r.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"), e -> e.getString("code"), e -> e.getString("location"))
                .containsExactly(tuple("question 2", "MOODLE_TYPE_UNSUPPORTED", "вопрос 2 «Пропуски»"),
                        tuple("question 3", "MOODLE_TYPE_UNSUPPORTED", "вопрос 3 «Формула»"),
                        tuple("question 5", "MOODLE_NOT_NUMBER", "вопрос 5 «Плохая оценка»"),
                        tuple("question 6", "MOODLE_FILE_MISSING", "вопрос 6 «Без файла»"));
        assertThat(bankSize()).isEqualTo(before);
    }

    @Test
    @Order(100)
    void a_format_that_disagrees_with_the_content_or_is_unknown_is_a_400_naming_the_format() {
        byte[] xml = resource("/moodlexml/truefalse.xml").getBytes(StandardCharsets.UTF_8);
        byte[] gift = "::Q::Вопрос {T}\n".getBytes(StandardCharsets.UTF_8);
        String url = "api/v1/assessment/questions/import?competency=DIG-01&level=1&dryRun=true&format=";

        Api.Reply xmlAsGift = methodologist().sendBytes("POST", url + "gift", xml, "text/xml");
        assertThat(xmlAsGift.status()).as(xmlAsGift.toString()).isEqualTo(400);
        assertThat(xmlAsGift.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"), e -> e.getString("code"))
                .containsExactly(tuple("format", "FORMAT_MISMATCH"));
        assertThat(xmlAsGift.body()).contains("gift").contains("MOODLEXML");
        Api.Reply giftAsXml = methodologist().sendBytes("POST", url + "moodlexml", gift, "text/plain");
        assertThat(giftAsXml.status()).as(giftAsXml.toString()).isEqualTo(400);
        assertThat(giftAsXml.body()).contains("FORMAT_MISMATCH").contains("moodlexml");
        Api.Reply zipAsXml = methodologist().sendBytes("POST", url + "moodlexml", Qti.samplePackage(),
                "application/zip");
        assertThat(zipAsXml.body()).contains("FORMAT_MISMATCH").contains("ZIP");
        Api.Reply unknown = methodologist().sendBytes("POST", url + "docx", xml, "text/xml");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("IMPORT_FORMAT_UNKNOWN").contains("moodlexml");
    }

    // ---- essays (issue 13, point 4) ----

    /** Creates and activates an essay question of INV-02 level 4 (no seeded test and no other IT draws it). */
    private long essayQuestion(String code) {
        JsonObject essay = Json.createObjectBuilder().add("unit", "WORDS").add("maxLength", 50)
                .add("rubric", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "Полнота").add("maxPoints", 2))
                        .add(Json.createObjectBuilder().add("name", "Аргументация").add("maxPoints", 3)))
                .add("graderNote", "Образец: инвестиционный паспорт, сопровождение по принципу одного окна").build();
        String data = Json.createObjectBuilder().add("code", code).add("competencyCode", "INV-02").add("level", 4)
                .add("difficulty", "HARD").add("content", Json.createObjectBuilder().add("type", "ESSAY")
                        .add("stem", "Опишите, как вы организуете сопровождение инвестора в муниципалитете.")
                        .add("essay", essay))
                .build().toString();
        Api.Reply created = methodologist().post("api/v1/assessment/questions", data);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getJsonObject("content").getJsonObject("essay").getJsonArray("rubric")).hasSize(2);
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply active = methodologist().post("api/v1/assessment/questions/" + id + "/status?status=ACTIVE&version="
                + created.json().getJsonNumber("version").longValue(), null);
        assertThat(active.status()).as(active.toString()).isEqualTo(200);
        return id;
    }

    /** A published open test drawing every active question of INV-02 level 4 (so the essays among them). */
    private long essayTest(String code, boolean blind) {
        long pool = methodologist().get("api/v1/assessment/questions?competency=INV-02&level=4&status=ACTIVE&limit=1")
                .json().getJsonNumber("total").longValue();
        String settings = Json.createObjectBuilder().add("title", "Эссе " + code)
                .add("timeLimitSeconds", 1800).add("attemptsAllowed", 3).add("review", "CORRECT_ANSWERS")
                .add("openForSelf", true).add("blindGrading", blind).add("shuffleQuestions", false)
                .add("shuffleOptions", false).add("onePerPage", true)
                .add("rules", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("competencyCode", "INV-02").add("level", 4).add("count", pool)))
                .add("cuts", Json.createArrayBuilder()).add("accommodations", Json.createArrayBuilder())
                .build().toString();
        Api.Reply created = methodologist().post("api/v1/assessment/tests?code=" + code, settings);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getJsonObject("settings").getBoolean("blindGrading")).isEqualTo(blind);
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply published = methodologist().post("api/v1/assessment/tests/" + id + "/publish?version="
                + created.json().getJsonNumber("version").longValue(), null);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }

    /** Starts an attempt, answers every question (the essay with {@code essayText}) and finishes it. */
    private JsonObject takeWithEssay(Api employee, long testId, String essayText) {
        JsonObject attempt = employee.post("api/v1/assessment/tests/" + testId + "/attempts", null).json();
        long id = attempt.getJsonNumber("attemptId").longValue();
        long seq = attempt.getJsonNumber("seq").longValue();
        for (JsonObject slot : attempt.getJsonArray("slots").getValuesAs(JsonObject.class)) {
            String body = slot.getString("type").equals("ESSAY")
                    ? Json.createObjectBuilder().add("slot", slot.getInt("slot")).add("seq", seq)
                            .add("response", Json.createObjectBuilder().add("text", essayText)).build().toString()
                    : answer(slot, seq);
            Api.Reply saved = employee.post("api/v1/assessment/attempts/" + id + "/answers", body);
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            seq++;
        }
        Api.Reply finished = employee.post("api/v1/assessment/attempts/" + id + "/finish", null);
        assertThat(finished.status()).as(finished.toString()).isEqualTo(200);
        return finished.json();
    }

    private List<JsonObject> queue(Api grader, long testId) {
        Api.Reply queue = grader.get("api/v1/assessment/grading?testId=" + testId);
        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        return queue.array().getValuesAs(JsonObject.class);
    }

    private Api.Reply grade(Api grader, JsonObject row, long version, double... points) {
        JsonArrayBuilder marks = Json.createArrayBuilder();
        for (double p : points) {
            marks.add(p);
        }
        return grader.post("api/v1/assessment/grading/" + row.getJsonNumber("attemptId").longValue() + "/items/"
                + row.getJsonNumber("itemId").longValue(), Json.createObjectBuilder().add("points", marks)
                .add("comment", "Аргументы убедительны, не хватает сроков").add("version", version).build()
                .toString());
    }

    @Test
    void an_essay_attempt_awaits_grading_and_its_grade_makes_the_result_final_with_levels_and_evidence() {
        essayQuestion("IT-ESSAY-1");
        long testId = essayTest("IT-ESSAY", false);
        Api employee = Api.as(base, "employee");
        long evidenceBefore = assessmentEvidence(employee);

        // an answer over the limit is refused with a Russian message naming the limit; nothing is saved
        JsonObject attempt = employee.post("api/v1/assessment/tests/" + testId + "/attempts", null).json();
        JsonObject essaySlot = attempt.getJsonArray("slots").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("type").equals("ESSAY")).findFirst().orElseThrow();
        assertThat(essaySlot.getJsonObject("essay").getInt("maxLength")).isEqualTo(50);
        assertThat(attempt.toString()).as("the taker never sees the rubric or the model answer")
                .doesNotContain("Образец").doesNotContain("Аргументация");
        String tooLong = Json.createObjectBuilder().add("slot", essaySlot.getInt("slot"))
                .add("seq", attempt.getJsonNumber("seq").longValue())
                .add("response", Json.createObjectBuilder().add("text", "слово ".repeat(51))).build().toString();
        Api.Reply refused = employee.accepting("ru").post("api/v1/assessment/attempts/"
                + attempt.getJsonNumber("attemptId").longValue() + "/answers", tooLong);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body()).contains("ESSAY_TOO_MANY_WORDS").contains("51 слов при допустимых 50");

        JsonObject awaiting = takeWithEssay(employee, testId, "Назначу куратора проекта, подготовлю "
                + "инвестиционный паспорт и проведу сопровождение по принципу одного окна.");
        long attemptId = awaiting.getJsonNumber("attemptId").longValue();
        assertThat(awaiting.getString("status")).isEqualTo("AWAITING_GRADING");
        assertThat(awaiting.containsKey("percent") && !awaiting.isNull("percent")).isFalse();
        assertThat(awaiting.getJsonArray("competencies")).isEmpty();
        assertThat(assessmentEvidence(employee)).as("no evidence before grading").isEqualTo(evidenceBefore);
        assertThat(employee.get("api/v1/assessment/grading").status()).as("an employee does not grade")
                .isEqualTo(403);

        List<JsonObject> rows = queue(methodologist(), testId);
        assertThat(rows).hasSize(1);
        JsonObject row = rows.get(0);
        assertThat(row.getJsonNumber("attemptId").longValue()).isEqualTo(attemptId);
        assertThat(row.getBoolean("blind")).isFalse();
        assertThat(row.getString("taker")).isEqualTo(awaiting.getString("personName"));
        assertThat(row.getString("answer")).contains("инвестиционный паспорт");
        assertThat(row.getJsonObject("essay").getString("graderNote")).startsWith("Образец");
        long version = row.getJsonNumber("version").longValue();

        Api.Reply stale = grade(methodologist(), row, version - 1, 2, 2);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().getString("code")).isEqualTo("ESSAY_STALE");
        Api.Reply over = grade(Api.as(base, "methodologist").accepting("ru"), row, version, 2.5, 1);
        assertThat(over.status()).as(over.toString()).isEqualTo(400);
        assertThat(over.body()).contains("ESSAY_POINTS_RANGE").contains("Полнота").contains("от 0 до 2");

        Api.Reply graded = grade(methodologist(), row, version, 2, 2);
        assertThat(graded.status()).as(graded.toString()).isEqualTo(200);
        assertThat(graded.json().getString("status")).isEqualTo("FINISHED");
        assertThat(graded.json().getJsonNumber("score").doubleValue()).isEqualTo(0.8);
        assertThat(graded.json().getJsonNumber("essaysLeft").longValue()).isZero();

        JsonObject result = employee.get("api/v1/assessment/attempts/" + attemptId + "/result").json();
        assertThat(result.getString("status")).isEqualTo("FINISHED");
        List<JsonObject> items = result.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items.stream().filter(i -> i.getString("type").equals("ESSAY")).findFirst().orElseThrow()
                .getJsonNumber("score").doubleValue()).isEqualTo(0.8);
        double mean = items.stream().mapToDouble(i -> i.getJsonNumber("score").doubleValue()).average().orElseThrow();
        assertThat(result.getJsonNumber("percent").doubleValue()).isCloseTo(100 * mean, org.assertj.core.api
                .Assertions.within(0.01));
        List<JsonObject> competencies = result.getJsonArray("competencies").getValuesAs(JsonObject.class);
        assertThat(competencies).extracting(c -> c.getString("competencyCode")).containsExactly("INV-02");
        long attained = competencies.stream().filter(c -> c.getJsonObject("score").getInt("level") >= 1).count();
        assertThat(assessmentEvidence(employee)).as("evidence written once the result is final")
                .isEqualTo(evidenceBefore + attained);
        assertThat(queue(methodologist(), testId)).isEmpty();

        Api.Reply again = grade(methodologist(), row, version + 1, 1, 1);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().getString("code")).isEqualTo("ATTEMPT_RESULT_FINAL");
    }

    @Test
    void blind_grading_shows_an_attempt_code_only_and_the_queue_costs_the_same_statements_for_more_essays() {
        if (methodologist().get("api/v1/assessment/questions?q=IT-ESSAY-2&limit=5").json().getJsonNumber("total")
                .longValue() == 0) {
            essayQuestion("IT-ESSAY-2");
        }
        long testId = essayTest("IT-ESSAY-BLIND", true);
        Api employee = Api.as(base, "employee");
        JsonObject first = takeWithEssay(employee, testId, "Первый ответ: куратор, паспорт, одно окно.");
        String name = first.getString("personName");
        Api admin = Api.as(base, "admin");
        long one = Api.serverStatements(base, () -> assertThat(queue(admin, testId)).isNotEmpty());
        takeWithEssay(employee, testId, "Второй ответ: соглашение о защите и поощрении капиталовложений.");
        long two = Api.serverStatements(base, () -> assertThat(queue(admin, testId)).isNotEmpty());
        assertThat(two).as("statements for %d and more essays", one).isEqualTo(one);

        Api.Reply queue = methodologist().get("api/v1/assessment/grading?testId=" + testId);
        List<JsonObject> rows = queue.array().getValuesAs(JsonObject.class);
        assertThat(rows.size()).isGreaterThanOrEqualTo(2);
        assertThat(queue.body()).as("no name under blind grading").doesNotContain(name);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.getBoolean("blind")).isTrue();
            assertThat(r.getString("taker")).isEqualTo(r.getString("attemptCode")).startsWith("A-");
            assertThat(!r.containsKey("personId") || r.isNull("personId")).as("no person id").isTrue();
        });
        assertThat(rows).extracting(r -> r.getJsonNumber("attemptId").longValue()).as("oldest attempt first")
                .isSorted();
    }

    /** The essay question the grading tests draw: IT-ESSAY-2 (created here when this test runs alone). */
    private void anEssayQuestion() {
        if (methodologist().get("api/v1/assessment/questions?q=IT-ESSAY-2&limit=5").json().getJsonNumber("total")
                .longValue() == 0) {
            essayQuestion("IT-ESSAY-2");
        }
    }

    /** Grades every essay of the attempt in the queue with the same marks; returns the last acknowledgement. */
    private JsonObject gradeAll(Api grader, long testId, long attemptId, double... points) {
        List<JsonObject> rows = queue(grader, testId).stream()
                .filter(r -> r.getJsonNumber("attemptId").longValue() == attemptId).toList();
        assertThat(rows).as("essays of attempt %d", attemptId).isNotEmpty();
        JsonObject ack = null;
        for (JsonObject row : rows) {
            Api.Reply graded = grade(grader, row, row.getJsonNumber("version").longValue(), points);
            assertThat(graded.status()).as(graded.toString()).isEqualTo(200);
            ack = graded.json();
        }
        return ack;
    }

    private long audited(String action, String actor, String targetId) {
        return Api.as(base, "admin").get("api/v1/audit?action=" + action + "&actor=" + actor + "&targetId="
                + targetId).json().getJsonNumber("total").longValue();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void an_assessor_grades_only_the_essays_of_the_tests_assigned_to_them() {
        anEssayQuestion();
        long assigned = essayTest("IT-ASSESSOR-A", false);
        long other = essayTest("IT-ASSESSOR-B", false);
        Api juror = Api.as(base, "juror");
        Api.Reply none = juror.get("api/v1/assessment/grading");
        assertThat(none.status()).as("not an assessor yet: %s", none).isEqualTo(403);
        assertThat(none.json().getString("code")).isEqualTo("NOT_AN_ASSESSOR");

        String assessors = "api/v1/assessment/tests/" + assigned + "/assessors";
        assertThat(juror.put(assessors + "/juror", null).status()).as("only methodologists assign").isEqualTo(403);
        Api.Reply hr = methodologist().put(assessors + "/hr", null);
        assertThat(hr.status()).as(hr.toString()).isEqualTo(409);
        assertThat(hr.json().getString("code")).isEqualTo("ASSESSOR_HR_OFFICER");
        Api.Reply unknown = methodologist().put(assessors + "/nobody.here", null);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.body()).contains("ASSESSOR_UNKNOWN");
        Api.Reply added = methodologist().put(assessors + "/juror", null);
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.array().getValuesAs(JsonObject.class)).extracting(r -> r.getString("username"))
                .containsExactly("juror");
        assertThat(audited("TEST_ASSESSORS_CHANGED", "methodologist", "IT-ASSESSOR-A")).isPositive();

        Api employee = Api.as(base, "employee");
        long mine = takeWithEssay(employee, assigned, "Ответ для назначенного проверяющего: куратор и паспорт.")
                .getJsonNumber("attemptId").longValue();
        long foreign = takeWithEssay(employee, other, "Ответ для другого теста: соглашение и одно окно.")
                .getJsonNumber("attemptId").longValue();

        List<JsonObject> rows = juror.get("api/v1/assessment/grading?limit=200").array()
                .getValuesAs(JsonObject.class);
        assertThat(rows).extracting(r -> r.getJsonNumber("testId").longValue()).containsOnly(assigned);
        assertThat(rows).extracting(r -> r.getJsonNumber("attemptId").longValue()).contains(mine)
                .doesNotContain(foreign);
        Api.Reply otherQueue = juror.get("api/v1/assessment/grading?testId=" + other);
        assertThat(otherQueue.status()).as(otherQueue.toString()).isEqualTo(403);
        assertThat(otherQueue.json().getString("code")).isEqualTo("NOT_ASSESSOR_OF_TEST");
        JsonObject foreignRow = queue(methodologist(), other).stream()
                .filter(r -> r.getJsonNumber("attemptId").longValue() == foreign).findFirst().orElseThrow();
        Api.Reply refused = grade(juror, foreignRow, foreignRow.getJsonNumber("version").longValue(), 1, 1);
        assertThat(refused.status()).as("grading another test's essay: %s", refused).isEqualTo(403);
        assertThat(juror.get("api/v1/assessment/grading/" + foreign + "/items/"
                + foreignRow.getJsonNumber("itemId").longValue()).status()).isEqualTo(403);

        JsonObject row = rows.stream().filter(r -> r.getJsonNumber("attemptId").longValue() == mine).findFirst()
                .orElseThrow();
        Api.Reply opened = juror.get("api/v1/assessment/grading/" + mine + "/items/"
                + row.getJsonNumber("itemId").longValue());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.json().getString("answer")).contains("назначенного проверяющего");
        assertThat(audited("ESSAY_OPENED", "juror", String.valueOf(row.getJsonNumber("itemId").longValue())))
                .isEqualTo(1);
        assertThat(gradeAll(juror, assigned, mine, 2, 3).getString("status")).isEqualTo("FINISHED");

        Api.Reply removed = methodologist().send("DELETE", assessors + "/juror", null);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.array()).isEmpty();
        assertThat(juror.get("api/v1/assessment/grading").status()).as("no longer an assessor").isEqualTo(403);
        gradeAll(methodologist(), other, foreign, 1, 1);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void a_blind_essay_opened_over_rest_shows_no_name_and_the_audit_names_the_taker() {
        anEssayQuestion();
        long testId = essayTest("IT-BLIND-OPEN", true);
        Api employee = Api.as(base, "employee");
        JsonObject finished = takeWithEssay(employee, testId, "Слепая проверка: куратор, паспорт, одно окно.");
        long attemptId = finished.getJsonNumber("attemptId").longValue();
        String name = finished.getString("personName");
        long personId = employee.get("api/v1/me").json().getJsonNumber("id").longValue();
        JsonObject row = queue(methodologist(), testId).stream()
                .filter(r -> r.getJsonNumber("attemptId").longValue() == attemptId).findFirst().orElseThrow();
        long itemId = row.getJsonNumber("itemId").longValue();
        Api.Reply opened = methodologist().get("api/v1/assessment/grading/" + attemptId + "/items/" + itemId);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.body()).as("no name under blind grading").doesNotContain(name);
        assertThat(opened.json().getBoolean("blind")).isTrue();
        assertThat(opened.json().getString("taker")).isEqualTo(opened.json().getString("attemptCode"));
        assertThat(!opened.json().containsKey("personId") || opened.json().isNull("personId")).as("no person id")
                .isTrue();
        JsonObject audit = Api.as(base, "admin").get("api/v1/audit?action=ESSAY_OPENED&actor=methodologist&targetId="
                + itemId).json();
        assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(e -> e.getString("detail"))
                .anySatisfy(d -> assertThat(d).contains("person=" + personId).contains("blind"));
        gradeAll(methodologist(), testId, attemptId, 1, 1);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void a_methodologist_regrades_a_final_essay_with_a_reason_and_the_result_and_evidence_are_replaced() {
        anEssayQuestion();
        long testId = essayTest("IT-REGRADE", false);
        Api employee = Api.as(base, "employee");
        long attemptId = takeWithEssay(employee, testId, "Ответ к повторной проверке: куратор, паспорт, окно.")
                .getJsonNumber("attemptId").longValue();
        List<JsonObject> rows = queue(methodologist(), testId).stream()
                .filter(r -> r.getJsonNumber("attemptId").longValue() == attemptId).toList();
        gradeAll(methodologist(), testId, attemptId, 0, 0);
        JsonObject first = employee.get("api/v1/assessment/attempts/" + attemptId + "/result").json();
        assertThat(first.getString("status")).isEqualTo("FINISHED");
        double before = first.getJsonNumber("percent").doubleValue();
        long evidenceAfterGrading = assessmentEvidence(employee);

        long itemId = rows.get(0).getJsonNumber("itemId").longValue();
        assertThat(methodologist().get("api/v1/assessment/grading/graded?testId=" + testId).array()
                .getValuesAs(JsonObject.class)).as("what may be regraded")
                .extracting(r -> r.getJsonNumber("itemId").longValue()).contains(itemId);
        String path = "api/v1/assessment/grading/" + attemptId + "/items/" + itemId + "/regrade";
        long version = methodologist().get("api/v1/assessment/grading/" + attemptId + "/items/" + itemId).json()
                .getJsonNumber("version").longValue();
        Api.Reply noReason = methodologist().post(path, regrade(version, "  ", 2, 3));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.body()).contains("REGRADE_REASON_REQUIRED");
        Api.Reply stale = methodologist().post(path, regrade(version - 1, "Апелляция", 2, 3));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().getString("code")).isEqualTo("ESSAY_STALE");
        assertThat(employee.post(path, regrade(version, "Апелляция", 2, 3)).status()).isEqualTo(403);

        Api.Reply regraded = methodologist().post(path, regrade(version, "Апелляция участника удовлетворена", 2, 3));
        assertThat(regraded.status()).as(regraded.toString()).isEqualTo(200);
        assertThat(regraded.json().getString("status")).isEqualTo("FINISHED");
        assertThat(regraded.json().getJsonNumber("score").doubleValue()).isEqualTo(1.0);
        JsonObject after = employee.get("api/v1/assessment/attempts/" + attemptId + "/result").json();
        double percent = after.getJsonNumber("percent").doubleValue();
        assertThat(percent).as("the result worked out again").isGreaterThan(before)
                .isEqualTo(regraded.json().getJsonNumber("percent").doubleValue());
        long attained = after.getJsonArray("competencies").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonObject("score").getInt("level") >= 1).count();
        long evidence = assessmentEvidence(employee);
        long firstAttained = first.getJsonArray("competencies").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonObject("score").getInt("level") >= 1).count();
        assertThat(evidence).as("the attempt's evidence replaced, not added to")
                .isEqualTo(evidenceAfterGrading - firstAttained + attained);
        JsonObject audit = Api.as(base, "admin").get("api/v1/audit?action=ESSAY_REGRADED&actor=methodologist"
                + "&targetId=" + itemId).json();
        assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(e -> e.getString("detail"))
                .singleElement().satisfies(d -> assertThat(d).contains("Апелляция участника удовлетворена")
                        .contains("[0.0, 0.0]->[2.0, 3.0]"));

        // a second regrading of the same essay keeps one set of evidence for the attempt
        long now = methodologist().get("api/v1/assessment/grading/" + attemptId + "/items/" + itemId).json()
                .getJsonNumber("version").longValue();
        Api.Reply again = methodologist().post(path, regrade(now, "Исправлена описка", 2, 3));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(assessmentEvidence(employee)).isEqualTo(evidence);

        // regraded down to the first marks: the evidence the higher grade gave is withdrawn again
        long last = methodologist().get("api/v1/assessment/grading/" + attemptId + "/items/" + itemId).json()
                .getJsonNumber("version").longValue();
        Api.Reply down = methodologist().post(path, regrade(last, "Повторная апелляция комиссии", 0, 0));
        assertThat(down.status()).as(down.toString()).isEqualTo(200);
        assertThat(down.json().getJsonNumber("percent").doubleValue()).isEqualTo(before);
        assertThat(assessmentEvidence(employee)).isEqualTo(evidenceAfterGrading);
    }

    private static String regrade(long version, String reason, double... points) {
        JsonArrayBuilder marks = Json.createArrayBuilder();
        for (double p : points) {
            marks.add(p);
        }
        return Json.createObjectBuilder().add("points", marks).add("comment", "Пересмотрено").add("version", version)
                .add("reason", reason).build().toString();
    }

    private static String resource(String name) {
        try (java.io.InputStream in = AssessmentIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Order(100)
    void a_partial_import_stores_the_valid_items_and_reports_the_two_bad_ones_as_csv() {
        long before = bankSize();
        String gift = """
                $CATEGORY: MUN-COMP/DIG-01/1

                ::IT-PART-1::Первый хороший вопрос {=да ~нет}

                ::IT-PART-BAD-1::Выбор без верного ответа {~один ~два}

                ::IT-PART-2::Второй хороший вопрос {T}

                ::IT-PART-BAD-2::=HYPERLINK("x") не число {#abc}
                """;
        byte[] body = gift.getBytes(StandardCharsets.UTF_8);
        assertThat(methodologist().sendBytes("POST", "api/v1/assessment/questions/import?format=gift", body,
                "text/plain; charset=UTF-8").status()).as("all or nothing stays the default").isEqualTo(400);
        assertThat(bankSize()).isEqualTo(before);

        Api.Reply r = methodologist().sendBytes("POST",
                "api/v1/assessment/questions/import?format=gift&partial=true", body, "text/plain; charset=UTF-8");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getInt("created")).isEqualTo(2);
        assertThat(r.json().getInt("refusedItems")).isEqualTo(2);
        assertThat(r.json().getJsonArray("refused").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"), e -> e.getString("code"))
                .containsExactly(tuple("line 5", "GIFT_NO_RIGHT_ANSWER"), tuple("line 9", "GIFT_NOT_NUMBER"));
        assertThat(bankSize()).isEqualTo(before + 2);
        assertThat(question("IT-PART-1").getString("competencyCode")).isEqualTo("DIG-01");
        assertThat(question("IT-PART-2").getJsonObject("content").getString("type")).isEqualTo("TRUE_FALSE");

        // the same report as a CSV file (a dry run, so nothing is stored twice): BOM, Russian, formulas as text
        Api.Reply csv = methodologist().accepting("ru").sendBytes("POST",
                "api/v1/assessment/questions/import?format=gift&partial=true&dryRun=true", body,
                "text/plain; charset=UTF-8", "text/csv");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFМесто в файле,field,Код ошибки,Причина")
                .contains("line 5,GIFT_NO_RIGHT_ANSWER").contains("line 9,GIFT_NOT_NUMBER")
                .contains("«abc» — не число");
        assertThat(csv.body().lines().count()).isEqualTo(3);
        assertThat(bankSize()).isEqualTo(before + 2);
    }

    @Test
    @Order(101)
    void a_category_map_gives_the_items_of_a_category_its_competency_and_an_unknown_code_is_a_400() {
        String gift = """
                $CATEGORY: $course$/top/Тема 1

                ::IT-CAT-1::Вопрос темы один {=да ~нет}

                $CATEGORY: Тема 2

                ::IT-CAT-2::Вопрос темы два {=да ~нет}
                """;
        byte[] body = gift.getBytes(StandardCharsets.UTF_8);
        Api.Reply dry = methodologist().sendBytes("POST",
                "api/v1/assessment/questions/import?format=gift&level=2&dryRun=true", body,
                "text/plain; charset=UTF-8");
        assertThat(dry.status()).as("no competency for either category").isEqualTo(400);
        Api.Reply unknown = methodologist().sendBytes("POST", "api/v1/assessment/questions/import?format=gift"
                + "&level=2&category=" + encode("Тема 1=>NO-SUCH-99") + "&category=" + encode("Тема 2=>DIG-02"),
                body, "text/plain; charset=UTF-8");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"), e -> e.getString("code"))
                .containsExactly(tuple("categoryMap", "CATEGORY_MAP_UNKNOWN_COMPETENCY"));
        assertThat(unknown.body()).contains("NO-SUCH-99").contains("Тема 1");
        assertThat(methodologist().sendBytes("POST", "api/v1/assessment/questions/import?format=gift&category="
                + encode("no arrow"), body, "text/plain; charset=UTF-8").status()).isEqualTo(400);

        Api.Reply listed = methodologist().sendBytes("POST", "api/v1/assessment/questions/import?format=gift"
                + "&level=2&dryRun=true&competency=DIG-01", body, "text/plain; charset=UTF-8");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json().getJsonArray("categories").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("Тема 1", "Тема 2");
        Api.Reply mapped = methodologist().sendBytes("POST", "api/v1/assessment/questions/import?format=gift"
                + "&level=2&category=" + encode("Тема 1=>BUD-01") + "&category=" + encode("Тема 2=>DIG-02"),
                body, "text/plain; charset=UTF-8");
        assertThat(mapped.status()).as(mapped.toString()).isEqualTo(200);
        assertThat(question("IT-CAT-1").getString("competencyCode")).isEqualTo("BUD-01");
        assertThat(question("IT-CAT-1").getString("category")).isEqualTo("Тема 1");
        assertThat(question("IT-CAT-2").getString("competencyCode")).isEqualTo("DIG-02");
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private JsonObject question(String code) {
        JsonObject row = methodologist().get("api/v1/assessment/questions?q=" + code + "&limit=50").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("code").equals(code)).findFirst().orElseThrow();
        return methodologist().get("api/v1/assessment/questions/" + row.getJsonNumber("id").longValue()).json();
    }

    /** The GIFT of one question as the export writes it (without its category line). */
    private String giftBlock(String competency, String code) {
        String export = methodologist().getAny("api/v1/assessment/questions/export?format=gift&competency="
                + competency).body();
        return java.util.Arrays.stream(export.split("\n\n")).filter(b -> b.contains("::" + code + "::"))
                .findFirst().orElseThrow() + "\n";
    }

    private long statements() {
        return Api.as(base, "admin").get("api/v1/assessment/maintenance/sql-statements").json()
                .getJsonNumber("statements").longValue();
    }

    /** Creates and publishes an open self-assessment with a short time limit; returns its id. */
    private long shortTest(String code, int seconds) {
        String settings = Json.createObjectBuilder().add("title", "Короткий тест " + code)
                .add("timeLimitSeconds", seconds).add("attemptsAllowed", 3).add("review", "CORRECT_ANSWERS")
                .add("openForSelf", true).add("shuffleQuestions", false).add("shuffleOptions", false)
                .add("onePerPage", true)
                .add("rules", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("competencyCode", "DIG-01").add("count", 3)))
                .add("cuts", Json.createArrayBuilder()).add("accommodations", Json.createArrayBuilder())
                .build().toString();
        Api.Reply created = methodologist().post("api/v1/assessment/tests?code=" + code, settings);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply published = methodologist().post("api/v1/assessment/tests/" + id + "/publish?version="
                + created.json().getJsonNumber("version").longValue(), null);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }

    private static long assessmentEvidence(Api api) {
        return api.get("api/v1/competency/me/evidence").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("source").equals("ASSESSMENT")).count();
    }

    /** A well-formed answer for a slot as the API presents it. */
    static String answer(JsonObject slot, long seq) {
        JsonObjectBuilder response = Json.createObjectBuilder();
        String type = slot.getString("type");
        switch (type) {
            case "SINGLE_CHOICE", "TRUE_FALSE", "MULTIPLE_CHOICE" -> response.add("choices",
                    Json.createArrayBuilder().add(slot.getJsonArray("options").getJsonObject(0).getInt("index")));
            case "SHORT_TEXT" -> response.add("text", "ответ");
            case "NUMERIC" -> response.add("text", "1");
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

    /** QTI 2.1 packages built in the test. */
    static final class Qti {

        private static final String NS = "xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:schemaLocation=\"http://www.imsglobal.org/xsd/imsqti_v2p1 "
                + "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd\"";

        static byte[] samplePackage() {
            Map<String, String> items = new java.util.LinkedHashMap<>();
            items.put("it-qti-choice.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <assessmentItem %s identifier="IT-QTI-CHOICE" title="Выбор" adaptive="false" timeDependent="false">
                      <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
                        <correctResponse><value>A</value></correctResponse>
                      </responseDeclaration>
                      <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
                      <itemBody>
                        <choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="1">
                          <prompt>Какой документ определяет порядок работы с обращениями граждан?</prompt>
                          <simpleChoice identifier="A">Федеральный закон № 59-ФЗ</simpleChoice>
                          <simpleChoice identifier="B">Федеральный закон № 44-ФЗ</simpleChoice>
                          <simpleChoice identifier="C">Бюджетный кодекс</simpleChoice>
                        </choiceInteraction>
                      </itemBody>
                      <responseProcessing \
                    template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>
                    </assessmentItem>
                    """.formatted(NS));
            items.put("it-qti-text.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <assessmentItem %s identifier="IT-QTI-TEXT" title="Текст" adaptive="false" timeDependent="false">
                      <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string">
                        <correctResponse><value>ОКТМО</value></correctResponse>
                      </responseDeclaration>
                      <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
                      <itemBody>
                        <p>Общероссийский классификатор территорий муниципальных образований сокращённо — \
                    <textEntryInteraction responseIdentifier="RESPONSE" expectedLength="10"/></p>
                      </itemBody>
                      <responseProcessing \
                    template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>
                    </assessmentItem>
                    """.formatted(NS));
            items.put("it-qti-order.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <assessmentItem %s identifier="IT-QTI-ORDER" title="Порядок" adaptive="false" timeDependent="false">
                      <responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier">
                        <correctResponse><value>S1</value><value>S2</value><value>S3</value></correctResponse>
                      </responseDeclaration>
                      <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
                      <itemBody>
                        <orderInteraction responseIdentifier="RESPONSE" shuffle="true">
                          <prompt>Расположите этапы бюджетного процесса по порядку</prompt>
                          <simpleChoice identifier="S2">Рассмотрение и утверждение</simpleChoice>
                          <simpleChoice identifier="S1">Составление проекта бюджета</simpleChoice>
                          <simpleChoice identifier="S3">Исполнение бюджета</simpleChoice>
                        </orderInteraction>
                      </itemBody>
                      <responseProcessing \
                    template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>
                    </assessmentItem>
                    """.formatted(NS));
            items.put("it-qti-match.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <assessmentItem %s identifier="IT-QTI-MATCH" title="Соответствие" adaptive="false" \
                    timeDependent="false">
                      <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair">
                        <correctResponse><value>L1 R1</value><value>L2 R2</value><value>L3 R3</value></correctResponse>
                      </responseDeclaration>
                      <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
                      <itemBody>
                        <matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="3">
                          <prompt>Сопоставьте закон и его предмет</prompt>
                          <simpleMatchSet>
                            <simpleAssociableChoice identifier="L1" matchMax="1">44-ФЗ</simpleAssociableChoice>
                            <simpleAssociableChoice identifier="L2" matchMax="1">59-ФЗ</simpleAssociableChoice>
                            <simpleAssociableChoice identifier="L3" matchMax="1">131-ФЗ</simpleAssociableChoice>
                          </simpleMatchSet>
                          <simpleMatchSet>
                            <simpleAssociableChoice identifier="R1" matchMax="1">Закупки</simpleAssociableChoice>
                            <simpleAssociableChoice identifier="R2" \
                    matchMax="1">Обращения граждан</simpleAssociableChoice>
                            <simpleAssociableChoice identifier="R3" \
                    matchMax="1">Местное самоуправление</simpleAssociableChoice>
                          </simpleMatchSet>
                        </matchInteraction>
                      </itemBody>
                      <responseProcessing \
                    template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>
                    </assessmentItem>
                    """.formatted(NS));
            return zip(manifest(items.keySet().stream().toList()), items);
        }

        static byte[] mathPackage() {
            String item = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <assessmentItem %s identifier="IT-MATHML" title="Дробь" adaptive="false" timeDependent="false">
                      <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
                        <correctResponse><value>A</value></correctResponse>
                      </responseDeclaration>
                      <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
                      <itemBody>
                        <p onclick="alert(1)">Упростите <strong>дробь</strong> \
                    <m:math xmlns:m="http://www.w3.org/1998/Math/MathML"><m:mfrac><m:mn>1</m:mn><m:mi>x</m:mi>\
                    </m:mfrac></m:math> (<a href="https://example.org/fractions">правило</a>)\
                    <script>alert(2)</script></p>
                        <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">
                          <simpleChoice identifier="A">Уже несократима</simpleChoice>
                          <simpleChoice identifier="B">Равна x</simpleChoice>
                        </choiceInteraction>
                      </itemBody>
                      <responseProcessing \
                    template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>
                    </assessmentItem>
                    """.formatted(NS);
            return zip(manifest(List.of("it-qti-math.xml")), Map.of("it-qti-math.xml", item));
        }

        static byte[] bombPackage() {
            String bomb = """
                    <?xml version="1.0"?>
                    <!DOCTYPE lolz [
                     <!ENTITY lol "lol">
                     <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                     <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                     <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                     <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                     <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                     <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                     <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                     <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                     <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
                    ]>
                    <assessmentItem identifier="BOMB"><itemBody><p>&lol9;</p></itemBody></assessmentItem>
                    """;
            return zip(manifest(List.of("bomb.xml")), Map.of("bomb.xml", bomb));
        }

        /** The head of an MP3 file: an ID3v2.3 tag, then an MPEG-1 Layer III frame header. */
        static final byte[] MP3 = {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0, 1, 2};

        /**
         * A package of an item that plays an audio file of the package ({@code object type="audio/mpeg"}) and an item
         * file that does not parse.
         */
        static byte[] audioAndBroken() {
            String listen = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p2" identifier="it-listen"
                        title="Обращение" adaptive="false" timeDependent="false">
                      <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
                        <correctResponse><value>A</value></correctResponse>
                      </responseDeclaration>
                      <itemBody>
                        <p>Прослушайте:</p>
                        <p><object type="audio/mpeg" data="address.mp3">Обращение главы</object></p>
                        <choiceInteraction responseIdentifier="RESPONSE" maxChoices="1">
                          <prompt>О чём говорит глава?</prompt>
                          <simpleChoice identifier="A">О бюджете</simpleChoice>
                          <simpleChoice identifier="B">О выборах</simpleChoice>
                        </choiceInteraction>
                      </itemBody>
                      <responseProcessing
                        template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>
                    </assessmentItem>
                    """;
            Map<String, byte[]> files = new java.util.LinkedHashMap<>();
            files.put("imsmanifest.xml", manifest(List.of("listen.xml", "broken.xml"))
                    .getBytes(StandardCharsets.UTF_8));
            files.put("listen.xml", listen.getBytes(StandardCharsets.UTF_8));
            files.put("broken.xml", "<assessmentItem><itemBody>".getBytes(StandardCharsets.UTF_8));
            files.put("address.mp3", MP3);
            return Zips.of(files);
        }

        /** A package of 1EdTech example items from {@code src/test/resources/qti/examples}. */
        static byte[] examples(String... names) {
            Map<String, String> files = new java.util.LinkedHashMap<>();
            for (String name : names) {
                try (java.io.InputStream in = AssessmentIT.class.getClassLoader()
                        .getResourceAsStream("qti/examples/" + name)) {
                    files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return zip(manifest(List.copyOf(files.keySet())), files);
        }

        private static String manifest(List<String> files) {
            StringBuilder resources = new StringBuilder();
            for (String f : files) {
                resources.append("<resource identifier=\"R-").append(f.replace(".xml", ""))
                        .append("\" type=\"imsqti_item_xmlv2p1\" href=\"").append(f).append("\"><file href=\"")
                        .append(f).append("\"/></resource>\n");
            }
            return """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="MANIFEST-IT">
                      <organizations/>
                      <resources>
                    %s  </resources>
                    </manifest>
                    """.formatted(resources);
        }

        private static byte[] zip(String manifest, Map<String, String> files) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
                zip.write(manifest.getBytes(StandardCharsets.UTF_8));
                for (Map.Entry<String, String> f : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(f.getKey()));
                    zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        private Qti() {
        }
    }


    @Test
    @Order(90)
    void a_gift_file_in_windows_1251_without_a_charset_is_read_with_its_cyrillic_intact() {
        String gift = """
                $CATEGORY: MUN-COMP/DIG-01/2

                ::IT-CP1251::Кто утверждает устав муниципального образования? {=Представительный орган ~Глава ~Жители}
                """;
        byte[] cp1251 = gift.getBytes(java.nio.charset.Charset.forName("windows-1251"));
        Api.Reply r = methodologist().sendBytes("POST",
                "api/v1/assessment/questions/import?format=gift&dryRun=true", cp1251, "text/plain");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getInt("created")).isEqualTo(1);
        assertThat(r.body()).doesNotContain("\uFFFD");
        Api.Reply declaredWrong = methodologist().sendBytes("POST",
                "api/v1/assessment/questions/import?format=gift&dryRun=true", cp1251, "text/plain; charset=UTF-8");
        assertThat(declaredWrong.status()).as(declaredWrong.toString()).isEqualTo(400);
    }

    @Test
    @Order(95)
    void assigning_a_test_mails_the_person_once_and_puts_it_in_their_own_notification_list() throws Exception {
        Mailbox.open();
        String email = "smirnova.av@vologda-city.ru"; // PER-0001, the demo employee
        long person = Api.personIdsByCode(base).get("PER-0001");
        long test = methodologist().get("api/v1/assessment/tests").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("ASM-HIGHEST-2026")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        long before = Mailbox.to(email).stream().filter(m -> Mailbox.subject(m).startsWith("Вам назначен тест «Оценка "
                + "компетенций: высшие")).count(); // the mailbox is shared by every test server of this run
        Api.Reply assigned = Api.as(base, "hr").post("api/v1/assessment/tests/" + test + "/assignments",
                "{\"target\":\"PERSON\",\"targetId\":" + person + ",\"dueDate\":\"2027-05-31\"}");
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);

        String subject = "Вам назначен тест «Оценка компетенций: высшие должности муниципальной службы, 2026»";
        long until = System.currentTimeMillis() + 30_000;
        while (Mailbox.to(email).stream().filter(m -> Mailbox.subject(m).equals(subject)).count() <= before
                && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
        Thread.sleep(3_000); // the outbox job runs every second: a second copy would be here by now
        List<jakarta.mail.internet.MimeMessage> notices = Mailbox.to(email).stream()
                .filter(m -> Mailbox.subject(m).equals(subject)).toList();
        assertThat(notices).as("exactly one assignment notice").hasSize((int) before + 1);
        assertThat(Mailbox.body(notices.get(notices.size() - 1))).contains("Срок прохождения: 31.05.2027")
                .contains("/tests").contains("(ASM-HIGHEST-2026)");

        Api employee = Api.as(base, "employee");
        JsonObject entry = employee.get("api/v1/me/notifications").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("template").equals("notice.assessment.TEST_ASSIGNED")).findFirst()
                .orElseThrow();
        assertThat(entry.getString("title")).isEqualTo(
                "You have been assigned the test \"Оценка компетенций: высшие должности муниципальной службы, 2026\"");
        assertThat(entry.getBoolean("read")).isFalse();
        long id = entry.getJsonNumber("id").longValue();
        assertThat(Api.as(base, "hr").post("api/v1/me/notifications/" + id + "/read", null).status())
                .as("nobody marks another person's notification").isEqualTo(404);
        assertThat(Api.as(base, "hr").get("api/v1/me/notifications").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).noneMatch(n -> n.getJsonNumber("id").longValue() == id);
        assertThat(employee.post("api/v1/me/notifications/" + id + "/read", null).status()).isEqualTo(204);
        assertThat(employee.get("api/v1/me/notifications").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(n -> n.getJsonNumber("id").longValue() == id).findFirst().orElseThrow()
                .getBoolean("read")).isTrue();
        assertThat(employee.post("api/v1/me/notifications/read-all", null).status()).isEqualTo(204);
        assertThat(employee.get("api/v1/me/notifications").json().getJsonNumber("unread").longValue()).isZero();
    }

    @Test
    @Order(96)
    void a_test_due_within_three_days_gets_one_reminder_and_one_due_later_gets_none_yet() throws Exception {
        Mailbox.open();
        String soon = "golubev.as@vologda-city.ru"; // PER-0011, no other test mails them
        String later = "komarova.iv@vologda-city.ru"; // PER-0012
        Map<String, Long> persons = Api.personIdsByCode(base);
        long test = methodologist().get("api/v1/assessment/tests").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("ASM-DEPUTY-2026")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        java.time.LocalDate due = java.time.LocalDate.now().plusDays(2);
        for (Map.Entry<String, java.time.LocalDate> target : Map.of("PER-0011", due,
                "PER-0012", java.time.LocalDate.now().plusDays(10)).entrySet()) {
            Api.Reply assigned = Api.as(base, "hr").post("api/v1/assessment/tests/" + test + "/assignments",
                    "{\"target\":\"PERSON\",\"targetId\":" + persons.get(target.getKey()) + ",\"dueDate\":\""
                            + target.getValue() + "\"}");
            assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        }
        String reminder = "Срок теста «Оценка компетенций: депутаты представительного органа, 2026» истекает "
                + due.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        long until = System.currentTimeMillis() + 30_000;
        while (Mailbox.to(soon).stream().noneMatch(m -> Mailbox.subject(m).equals(reminder))
                && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
        Thread.sleep(5_000); // the reminder job runs every 2 s here: a second reminder would be here by now
        assertThat(Mailbox.to(soon).stream().map(Mailbox::subject))
                .filteredOn(subject -> subject.equals(reminder)).hasSize(1);
        // the mailbox is shared by every test server of the run (other classes may have mailed these people):
        // count what is about this test only
        String title = "«Оценка компетенций: депутаты представительного органа, 2026»";
        assertThat(Mailbox.to(soon).stream().map(Mailbox::subject).filter(s -> s.contains(title)))
                .as("the assignment notice and the reminder").hasSize(2);
        assertThat(Mailbox.to(later).stream().map(Mailbox::subject).filter(s -> s.contains(title))).hasSize(1)
                .allMatch(subject -> subject.startsWith("Вам назначен тест"));
    }

    // ---- the file store: question images ----

    /** A real 1×1 PNG. */
    /** The 1×1 PNG embedded in src/test/resources/moodlexml/image.xml. */
    private static final byte[] RED_DOT = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");

    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Test
    @Order(97)
    void an_uploaded_image_is_stored_once_served_with_type_disposition_and_nosniff_and_refused_to_a_stranger()
            throws Exception {
        Api.Reply uploaded = methodologist().sendBytes("POST", "api/v1/assessment/media?name=схема.png", PNG,
                "image/png");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String sha = uploaded.json().getString("sha256");
        assertThat(sha).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(PNG)));
        assertThat(uploaded.json().getString("contentType")).isEqualTo("image/png");
        assertThat(uploaded.json().getString("reference")).isEqualTo("![](file:" + sha + ")");
        // the same bytes again (under another name) are the same file
        Api.Reply again = methodologist().sendBytes("POST", "api/v1/assessment/media?name=copy.bin", PNG,
                "application/octet-stream");
        assertThat(again.json().getString("sha256")).isEqualTo(sha);
        assertThat(again.json().getString("name")).isEqualTo("схема.png");

        java.net.http.HttpResponse<byte[]> served = download("methodologist", "api/v1/files/" + sha);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(PNG);
        // exactly the type: no charset (Payara would append the WAR's default one; HttpHardening keeps it off bytes)
        assertThat(served.headers().allValues("Content-Type")).containsExactly("image/png");
        assertThat(served.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline;")
                .contains("filename*=UTF-8''%D1%81%D1%85%D0%B5%D0%BC%D0%B0.png");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        assertThat(download("employee", "api/v1/files/" + sha).statusCode()).isEqualTo(403);
        assertThat(download(null, "api/v1/files/" + sha).statusCode()).isEqualTo(401);
        assertThat(download("methodologist", "api/v1/files/" + "0".repeat(64)).statusCode()).isEqualTo(404);
        assertThat(download("methodologist", "api/v1/files/" + sha.toUpperCase()).statusCode()).isEqualTo(404);

        Api.Reply svg = methodologist().sendBytes("POST", "api/v1/assessment/media?name=x.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8), "image/svg+xml");
        assertThat(svg.status()).as(svg.toString()).isEqualTo(400);
        assertThat(svg.body()).contains("x.svg");
        Api.Reply renamed = methodologist().sendBytes("POST", "api/v1/assessment/media?name=photo.png",
                "не картинка".getBytes(StandardCharsets.UTF_8), "image/png");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(400);
        assertThat(Api.as(base, "employee").sendBytes("POST", "api/v1/assessment/media?name=a.png", PNG, "image/png")
                .status()).isEqualTo(403);
    }

    @Test
    @Order(98)
    void an_image_in_a_gift_question_survives_gift_and_qti_round_trips_and_is_shown_to_its_taker_only()
            throws Exception {
        // the seeded bank has a question with a chart
        assertThat(question("BUD-01-008").getJsonObject("content").getString("stem")).contains("](file:");

        String image = java.util.Base64.getEncoder().encodeToString(PNG).replace("=", "\\=");
        String gift = "$CATEGORY: MUN-COMP/DIG-02/4\n\n::IT-IMG-1::[html]<p>Что показано на схеме?</p>"
                + "<p><img src\\=\"data\\:image/png;base64," + image + "\" alt\\=\"Схема сети\"></p>"
                + "{=Локальная сеть ~Глобальная сеть ~Ничего}\n";
        Api.Reply imported = methodologist().sendBytes("POST",
                "api/v1/assessment/questions/import?format=gift&activate=true", gift.getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(PNG));
        assertThat(question("IT-IMG-1").getJsonObject("content").getString("stem"))
                .isEqualTo("Что показано на схеме?\n![Схема сети](file:" + sha + ")");

        // GIFT: the export embeds the image, and importing the export again changes nothing
        String export = giftBlock("DIG-02", "IT-IMG-1");
        assertThat(export).contains("[html]").contains("data\\:image/png;base64,");
        Api.Reply giftAgain = methodologist().sendBytes("POST",
                "api/v1/assessment/questions/import?format=gift&mode=update&dryRun=true",
                ("$CATEGORY: MUN-COMP/DIG-02/4\n\n" + export).getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=UTF-8");
        assertThat(giftAgain.status()).as(giftAgain.toString()).isEqualTo(200);
        assertThat(giftAgain.json().getInt("unchanged")).isEqualTo(1);
        // QTI: the package carries the image as a file, and importing it again changes nothing
        java.net.http.HttpResponse<byte[]> qti = download("methodologist",
                "api/v1/assessment/questions/export?format=qti&competency=DIG-02");
        assertThat(qti.statusCode()).isEqualTo(200);
        assertThat(qti.headers().allValues("Content-Type")).containsExactly("application/zip");
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(qti.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(entries.get("media/" + sha + ".png")).isEqualTo(PNG);
        Api.Reply qtiAgain = methodologist().sendBytes("POST",
                "api/v1/assessment/questions/import?format=qti&mode=update&dryRun=true", qti.body(), "application/zip");
        assertThat(qtiAgain.status()).as(qtiAgain.toString()).isEqualTo(200);
        assertThat(qtiAgain.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals("IT-IMG-1")).findFirst().orElseThrow()
                .getString("action")).isEqualTo("UNCHANGED");

        // taking: a test that draws every active DIG-02 level-4 question, this one among them
        assertThat(download("employee", "api/v1/files/" + sha).statusCode()).isEqualTo(403);
        int active = methodologist().get("api/v1/assessment/questions?competency=DIG-02&level=4&status=ACTIVE&limit=1")
                .json().getInt("total");
        String settings = Json.createObjectBuilder().add("title", "Тест со схемой").add("timeLimitSeconds", 600)
                .add("attemptsAllowed", 1).add("review", "SCORE_ONLY").add("openForSelf", true)
                .add("shuffleQuestions", false).add("shuffleOptions", false).add("onePerPage", false)
                .add("rules", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("competencyCode", "DIG-02").add("level", 4).add("count", active)))
                .add("cuts", Json.createArrayBuilder()).add("accommodations", Json.createArrayBuilder())
                .build().toString();
        Api.Reply created = methodologist().post("api/v1/assessment/tests?code=IT-IMG-TEST", settings);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long testId = created.json().getJsonNumber("id").longValue();
        assertThat(methodologist().post("api/v1/assessment/tests/" + testId + "/publish?version="
                + created.json().getJsonNumber("version").longValue(), null).status()).isEqualTo(200);
        Api employee = Api.as(base, "employee");
        Api.Reply started = employee.post("api/v1/assessment/tests/" + testId + "/attempts", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(200);
        long attemptId = started.json().getJsonNumber("attemptId").longValue();
        assertThat(started.json().getJsonArray("slots").getValuesAs(JsonObject.class))
                .anyMatch(slot -> slot.getString("stem").contains("(file:" + sha + ")"));

        java.net.http.HttpResponse<byte[]> during = download("employee", "api/v1/files/" + sha);
        assertThat(during.statusCode()).isEqualTo(200);
        assertThat(during.body()).isEqualTo(PNG);
        assertThat(download("juror", "api/v1/files/" + sha).statusCode()).isEqualTo(403);
        // after the attempt, a test that shows only the score shows no questions: the image is closed again
        assertThat(employee.post("api/v1/assessment/attempts/" + attemptId + "/finish", null).status())
                .isEqualTo(200);
        assertThat(download("employee", "api/v1/files/" + sha).statusCode()).isEqualTo(403);
    }

    /** GET with the user's Basic credentials (none for null), bytes and headers as they come. */
    private java.net.http.HttpResponse<byte[]> download(String user, String path) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(base.resolve(path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }
}
