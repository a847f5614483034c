package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contest «Муниципальный лидер» over REST, on seasons each test defines for itself (the seeded ML-2026's
 * application window is closed): applications with consent, questionnaire and eligibility; the documents check; a
 * federal jury stage with blind, locked score sheets where a juror sees others' scores only after submitting; a juror
 * from the candidate's municipality never assigned; a declared conflict unassigning and rebalancing; closing by the
 * recorded method with the sensitivity panel and agreement; an appeal changing a score (audited) and the ranking;
 * publication with winners, diplomas, the public results and the diploma check. And the seeded season's shapes.
 */
class ContestIT extends OnPayaraMicro {

    private static final String P = "api/v1/contest/";

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
    }

    /** A season with one nomination: 1 documents (regional), 2 jury (federal, k=2, top 1, weighted mean, blind). */
    private String defineSeason(int k) {
        String code = "IT-" + unique();
        LocalDate today = LocalDate.now();
        JsonObjectBuilder criterionA = Json.createObjectBuilder().add("code", "PRJ").add("title", "Проект")
                .add("weight", 0.6).add("maxScore", 5).add("anchorLow", "Нет данных").add("anchorMid", "Есть план")
                .add("anchorHigh", "План с показателями");
        JsonObjectBuilder criterionB = Json.createObjectBuilder().add("code", "CASE").add("title", "Кейс")
                .add("weight", 0.4).add("maxScore", 5);
        JsonObject definition = Json.createObjectBuilder().add("code", code).add("title", "Конкурс " + code)
                .add("year", today.getYear()).add("applicationsFrom", today.minusDays(1).toString())
                .add("applicationsUntil", today.plusDays(30).toString())
                .add("nominations", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("code", "EMP").add("title", "Муниципальный служащий").add("kind", "EMPLOYEE")
                        .add("minAge", 18).add("maxAge", 70)
                        .add("questionnaire", Json.createArrayBuilder()
                                .add(field("experience_years", "Стаж, лет", "NUMBER", true).add("min", 0)
                                        .add("max", 60))
                                .add(field("essay", "Эссе", "LONG_TEXT", true).add("maxLength", 4000))
                                .add(field("essay_file", "Эссе (PDF)", "FILE", false).add("maxLength", 64)
                                        .add("choices", Json.createArrayBuilder().add("application/pdf")))
                                .add(field("photo", "Фото", "FILE", false).add("maxLength", 64)
                                        .add("choices", Json.createArrayBuilder().add("image/jpeg")
                                                .add("image/png"))))
                        .add("stages", Json.createArrayBuilder()
                                .add(stage("DOCUMENTS", "REGIONAL", "Документы", today, "THRESHOLD", 0, 0))
                                .add(stage("JURY", "FEDERAL", "Экспертиза", today.plusDays(1), "TOP_N", 1, k)
                                        .add("criteria", Json.createArrayBuilder().add(criterionA)
                                                .add(criterionB))))))
                .build();
        Api.Reply r = Api.as(base, "contest").post(P + "seasons", definition.toString());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonObject season = r.json();
        assertThat(Api.as(base, "contest").post(P + "seasons/" + code + "/open?version="
                + season.getJsonNumber("version").longValue(), null).status()).isEqualTo(200);
        return code;
    }

    private static JsonObjectBuilder field(String code, String label, String type, boolean required) {
        return Json.createObjectBuilder().add("code", code).add("label", label).add("type", type)
                .add("required", required);
    }

    private static JsonObjectBuilder stage(String kind, String level, String title, LocalDate opens, String rule,
            int value, int k) {
        return Json.createObjectBuilder().add("kind", kind).add("level", level).add("title", title)
                .add("opensOn", opens.toString()).add("closesOn", opens.plusDays(20).toString())
                .add("passRule", rule).add("passValue", value).add("method", "WEIGHTED_MEAN")
                .add("jurorsPerApplication", k).add("blind", true).add("appealDays", 5);
    }

    private JsonObject season(String code) {
        return Api.as(base, "employee").get(P + "seasons/" + code).json();
    }

    private JsonObject stageOf(String season, int seq) {
        return season(season).getJsonArray("nominations").getJsonObject(0).getJsonArray("stages")
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getInt("seq") == seq).findFirst().orElseThrow();
    }

    private Api.Reply step(String season, int seq, String step) {
        JsonObject s = stageOf(season, seq);
        return Api.as(base, "contest").post(P + "stages/" + s.getJsonNumber("id").longValue() + "/steps",
                Json.createObjectBuilder().add("step", step).add("version", s.getJsonNumber("version").longValue())
                        .build().toString());
    }

    private long stageId(String season, int seq) {
        return stageOf(season, seq).getJsonNumber("id").longValue();
    }

    private Api.Reply apply(String user, String season, boolean consent, String essay) {
        JsonObjectBuilder answers = Json.createObjectBuilder().add("experience_years", "7");
        if (essay != null) {
            answers.add("essay", essay);
        }
        return Api.as(base, user).post(P + "applications", Json.createObjectBuilder().add("season", season)
                .add("nomination", "EMP").add("answers", answers).add("consent", consent).build().toString());
    }

    /** Three candidates apply, pass the documents check; the jury stage is open with four jurors seated. */
    private Map<String, Long> throughDocuments(String season, List<String> jurors) {
        return throughDocuments(season, jurors, apps -> { });
    }

    /** As {@link #throughDocuments(String, List)}, with something done once they have applied (files uploaded). */
    private Map<String, Long> throughDocuments(String season, List<String> jurors,
            java.util.function.Consumer<Map<String, Long>> applied) {
        Map<String, Long> apps = new HashMap<>();
        for (String user : List.of("employee", "methodologist", "hr.tver")) {
            Api.Reply r = apply(user, season, true, "Проект цифровой приёмной для жителей района " + user);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().getJsonObject("row").getString("status")).isEqualTo("ACTIVE");
            apps.put(user, r.json().getJsonObject("row").getJsonNumber("id").longValue());
        }
        applied.accept(apps);
        assertThat(step(season, 1, "OPEN").status()).isEqualTo(200);
        for (long id : apps.values()) {
            Api.Reply d = Api.as(base, "contest").post(P + "applications/" + id + "/documents",
                    Json.createObjectBuilder().add("stageId", stageId(season, 1)).add("passed", true)
                            .add("note", "Документы в порядке").build().toString());
            assertThat(d.status()).as(d.toString()).isEqualTo(200);
        }
        assertThat(step(season, 1, "CLOSE").status()).isEqualTo(200);
        assertThat(step(season, 1, "PUBLISH").status()).isEqualTo(200);
        assertThat(step(season, 2, "OPEN").status()).isEqualTo(200);
        long stage = stageId(season, 2);
        for (String juror : jurors) {
            Api.Reply j = Api.as(base, "contest").post(P + "stages/" + stage + "/jurors",
                    Json.createObjectBuilder().add("username", juror).add("chair", juror.equals(jurors.get(0)))
                            .build().toString());
            assertThat(j.status()).as(j.toString()).isEqualTo(200);
        }
        Api.Reply a = Api.as(base, "contest").post(P + "stages/" + stage + "/assignment", null);
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        return apps;
    }

    /** The juror's assignments in this stage: application id → assignment id. */
    private Map<Long, Long> assignments(String juror, long stage) {
        Map<Long, Long> out = new HashMap<>();
        for (JsonObject x : Api.as(base, juror).get(P + "jury/assignments").array().getValuesAs(JsonObject.class)) {
            if (x.getJsonNumber("stageId").longValue() == stage) {
                out.put(x.getJsonNumber("applicationId").longValue(), x.getJsonNumber("id").longValue());
            }
        }
        return out;
    }

    private Api.Reply score(String juror, long assignment, int prj, int cas, boolean submit) {
        long version = Api.as(base, juror).get(P + "jury/assignments/" + assignment).json()
                .getJsonNumber("version").longValue();
        return Api.as(base, juror).put(P + "jury/assignments/" + assignment, Json.createObjectBuilder()
                .add("version", version).add("scores", Json.createObjectBuilder().add("PRJ", prj).add("CASE", cas))
                .add("submit", submit).build().toString());
    }

    @Test
    void a_candidate_applies_only_with_consent_and_a_complete_questionnaire_and_only_once() {
        String season = defineSeason(2);
        Api.Reply noConsent = apply("employee", season, false, "Эссе");
        assertThat(noConsent.status()).isEqualTo(400);
        assertThat(noConsent.body()).contains("CONSENT_REQUIRED");
        Api.Reply noEssay = apply("employee", season, true, null);
        assertThat(noEssay.status()).isEqualTo(400);
        assertThat(noEssay.body()).contains("ANSWER_INVALID").contains("answers.essay");
        Api.Reply ok = apply("employee", season, true, "Эссе о развитии");
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().getJsonObject("row").getString("number")).startsWith(season + "-EMP-");
        Api.Reply twice = apply("employee", season, true, "Ещё раз");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("ALREADY_APPLIED");
        assertThat(Api.as(base, "employee").get(P + "applications/mine").array().getValuesAs(JsonObject.class))
                .anySatisfy(a -> assertThat(a.getJsonObject("row").getString("season")).isEqualTo(season));
        // another person neither sees it nor learns it exists
        long id = ok.json().getJsonObject("row").getJsonNumber("id").longValue();
        assertThat(Api.as(base, "hr.tver").get(P + "applications/" + id).status()).isEqualTo(404);
        assertThat(Api.as(base, "juror").get(P + "applications/" + id).status()).isEqualTo(404);
    }

    @Test
    void a_juror_from_the_candidates_municipality_is_never_assigned_and_a_declared_conflict_rebalances() {
        String season = defineSeason(2);
        // juror5 works in Вологда (19701000), as PER-0001 (employee) and PER-0005 (methodologist) do
        Map<String, Long> apps = throughDocuments(season, List.of("juror2", "juror3", "juror4", "juror5"));
        long stage = stageId(season, 2);
        assertThat(assignments("juror5", stage).keySet()).containsExactly(apps.get("hr.tver"));
        Map<String, Map<Long, Long>> before = new HashMap<>();
        for (String j : List.of("juror2", "juror3", "juror4", "juror5")) {
            before.put(j, assignments(j, stage));
        }
        assertThat(before.values().stream().mapToInt(Map::size).sum()).isEqualTo(6);
        assertThat(before.values().stream().mapToInt(Map::size).max().getAsInt()
                - before.values().stream().mapToInt(Map::size).min().getAsInt()).isLessThanOrEqualTo(1);
        // a juror assigned to the employee's application declares a conflict
        String declarer = List.of("juror2", "juror3", "juror4").stream()
                .filter(j -> before.get(j).containsKey(apps.get("employee"))).findFirst().orElseThrow();
        Api.Reply c = Api.as(base, declarer).post(P + "stages/" + stage + "/conflicts", Json.createObjectBuilder()
                .add("applicationId", apps.get("employee")).add("kind", "RELATIVE")
                .add("statement", "Кандидат — мой двоюродный брат").build().toString());
        assertThat(c.status()).as(c.toString()).isEqualTo(200);
        assertThat(assignments(declarer, stage)).doesNotContainKey(apps.get("employee"));
        assertThat(Api.as(base, declarer).get(P + "applications/" + apps.get("employee")).status()).isEqualTo(404);
        List<Integer> loads = new ArrayList<>();
        int employeeJurors = 0;
        for (String j : List.of("juror2", "juror3", "juror4", "juror5")) {
            Map<Long, Long> now = assignments(j, stage);
            loads.add(now.size());
            employeeJurors += now.containsKey(apps.get("employee")) ? 1 : 0;
        }
        assertThat(employeeJurors).as("the employee's application still has k jurors").isEqualTo(2);
        assertThat(loads.stream().mapToInt(i -> i).sum()).isEqualTo(6);
        assertThat(loads.stream().mapToInt(i -> i).max().getAsInt() - loads.stream().mapToInt(i -> i).min()
                .getAsInt()).as("loads rebalanced: %s", loads).isLessThanOrEqualTo(1);
        assertThat(assignments("juror5", stage)).doesNotContainKey(apps.get("employee"));
        // the administrator sees the declaration and confirms it
        JsonObject row = Api.as(base, "contest").get(P + "stages/" + stage + "/conflicts").array()
                .getValuesAs(JsonObject.class).stream().filter(x -> x.getString("juror").equals(declarer))
                .findFirst().orElseThrow();
        Api.Reply decided = Api.as(base, "contest").post(P + "conflicts/" + row.getJsonNumber("id").longValue()
                + "/decision", Json.createObjectBuilder().add("confirmed", true)
                .add("version", row.getJsonNumber("version").longValue()).build().toString());
        assertThat(decided.json().getString("status")).isEqualTo("CONFIRMED");
    }

    @Test
    void jurors_score_blind_see_others_only_after_submitting_and_an_appeal_changes_the_winner() {
        String season = defineSeason(2);
        Map<String, Long> apps = throughDocuments(season, List.of("juror2", "juror3"));
        long stage = stageId(season, 2);
        assertThat(step(season, 2, "START_SCORING").status()).isEqualTo(200);
        JsonObject fixed = stageOf(season, 2);
        assertThat(fixed.getBoolean("methodFixed")).isTrue();
        Api.Reply method = Api.as(base, "contest").put(P + "stages/" + stage + "/method", Json.createObjectBuilder()
                .add("method", "SCHULZE").add("version", fixed.getJsonNumber("version").longValue()).build()
                .toString());
        assertThat(method.status()).as("the method is fixed once scoring opened").isEqualTo(409);
        Map<Long, Long> first = assignments("juror2", stage);
        Map<Long, Long> second = assignments("juror3", stage);
        assertThat(first).hasSize(3);
        assertThat(second).hasSize(3);
        // blind: no name; nothing of the other juror yet
        JsonObject sheet = Api.as(base, "juror2").get(P + "jury/assignments/" + first.get(apps.get("employee")))
                .json();
        assertThat(!sheet.containsKey("applicant") || sheet.isNull("applicant")).isTrue();
        assertThat(sheet.getBoolean("othersVisible")).isFalse();
        // the second juror submits everything: employee 5/5, methodologist 4/4, tver 3/3
        assertThat(score("juror3", second.get(apps.get("employee")), 5, 5, true).status()).isEqualTo(200);
        assertThat(score("juror3", second.get(apps.get("methodologist")), 4, 4, true).status()).isEqualTo(200);
        assertThat(score("juror3", second.get(apps.get("hr.tver")), 3, 3, true).status()).isEqualTo(200);
        Api.Reply locked = score("juror3", second.get(apps.get("hr.tver")), 5, 5, true);
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.body()).contains("SHEET_LOCKED");
        // the first juror still sees none of it before submitting
        Api.Reply draft = score("juror2", first.get(apps.get("employee")), 4, 4, false);
        assertThat(draft.json().getBoolean("othersVisible")).isFalse();
        assertThat(draft.json().getJsonArray("others")).isEmpty();
        Api.Reply out = score("juror2", first.get(apps.get("employee")), 9, 4, true);
        assertThat(out.status()).isEqualTo(400);
        assertThat(out.body()).contains("SCORE_INVALID");
        // another juror's sheet is no sheet at all
        assertThat(Api.as(base, "juror2").get(P + "jury/assignments/" + second.get(apps.get("employee"))).status())
                .isEqualTo(404);
        assertThat(Api.as(base, "contest").post(P + "stages/" + stage + "/steps", Json.createObjectBuilder()
                .add("step", "CLOSE").add("version", stageOf(season, 2).getJsonNumber("version").longValue()).build()
                .toString()).body()).contains("SCORING_INCOMPLETE");
        Api.Reply submitted = score("juror2", first.get(apps.get("employee")), 4, 4, true);
        assertThat(submitted.json().getBoolean("othersVisible")).isTrue();
        assertThat(submitted.json().getJsonArray("others")).singleElement()
                .satisfies(o -> assertThat(o.asJsonObject().getJsonObject("scores").getInt("PRJ")).isEqualTo(5));
        assertThat(score("juror2", first.get(apps.get("methodologist")), 5, 5, true).status()).isEqualTo(200);
        assertThat(score("juror2", first.get(apps.get("hr.tver")), 2, 2, true).status()).isEqualTo(200);
        // employee 4.5, methodologist 4.5 (tie: the earlier application first), tver 2.5
        assertThat(step(season, 2, "CLOSE").status()).isEqualTo(200);
        JsonArray rankings = Api.as(base, "contest").get(P + "stages/" + stage + "/rankings").array();
        JsonObject ranking = rankings.getJsonObject(0);
        assertThat(ranking.getString("method")).isEqualTo("WEIGHTED_MEAN");
        List<JsonObject> places = ranking.getJsonArray("places").getValuesAs(JsonObject.class);
        assertThat(places.get(0).getJsonNumber("applicationId").longValue()).isEqualTo(apps.get("employee"));
        assertThat(places.get(0).getBoolean("tied")).isTrue();
        assertThat(places.get(0).getBoolean("passes")).isTrue();
        assertThat(places.get(1).getBoolean("passes")).isFalse();
        assertThat(ranking.getJsonObject("sensitivity").getJsonArray("methods")).hasSize(5);
        assertThat(ranking.getJsonObject("agreement").getString("basis")).isEqualTo("COMPLETE");
        // the methodologist appeals; upheld: juror2's CASE score for her goes from 5 to... her total rises
        Api.Reply appeal = Api.as(base, "methodologist").post(P + "applications/" + apps.get("methodologist")
                + "/appeals", Json.createObjectBuilder().add("stageId", stage)
                .add("reason", "Решение кейса оценено без учёта приложения").build().toString());
        assertThat(appeal.status()).as(appeal.toString()).isEqualTo(200);
        Api.Reply early = Api.as(base, "contest").post(P + "stages/" + stage + "/steps", Json.createObjectBuilder()
                .add("step", "PUBLISH").add("version", stageOf(season, 2).getJsonNumber("version").longValue())
                .build().toString());
        assertThat(early.status()).as("not published while an appeal waits").isEqualTo(409);
        Api.Reply decided = Api.as(base, "contest").post(P + "appeals/" + appeal.json().getJsonNumber("id")
                .longValue() + "/decision", Json.createObjectBuilder().add("upheld", true)
                .add("decision", "Апелляция удовлетворена: приложение к кейсу учтено")
                .add("changes", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("assignmentId", second.get(apps.get("methodologist"))).add("criterion", "CASE")
                        .add("score", 5)))
                .add("version", appeal.json().getJsonNumber("version").longValue()).build().toString());
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().getString("status")).isEqualTo("UPHELD");
        List<JsonObject> after = Api.as(base, "contest").get(P + "stages/" + stage + "/rankings").array()
                .getJsonObject(0).getJsonArray("places").getValuesAs(JsonObject.class);
        assertThat(after.get(0).getJsonNumber("applicationId").longValue()).isEqualTo(apps.get("methodologist"));
        JsonArray audit = Api.as(base, "admin").get("api/v1/audit?action=CONTEST_SCORES_CHANGED&limit=50").json()
                .getJsonArray("items");
        assertThat(audit.getValuesAs(JsonObject.class)).anySatisfy(e -> assertThat(e.getString("detail"))
                .contains("CASE 4 → 5"));
        // publication: the winner, a diploma, the public results and the diploma's check
        assertThat(step(season, 2, "PUBLISH").status()).isEqualTo(200);
        JsonObject mine = Api.as(base, "methodologist").get(P + "applications/" + apps.get("methodologist")).json();
        assertThat(mine.getJsonObject("row").getString("status")).isEqualTo("WINNER");
        JsonObject diploma = mine.getJsonArray("diplomas").getJsonObject(0);
        assertThat(Api.as(base, "employee").get(P + "applications/" + apps.get("employee")).json()
                .getJsonObject("row").getString("status")).isEqualTo("FINALIST");
        List<JsonObject> results = Api.anonymous(base).get(P + "public/seasons/" + season + "/results").array()
                .getValuesAs(JsonObject.class);
        assertThat(results).anySatisfy(r -> {
            assertThat(r.getString("outcome")).isEqualTo("WINNER");
            assertThat(r.getString("name")).contains("Лебедева");
        });
        Api.Reply check = Api.anonymous(base).get(P + "public/diplomas/" + diploma.getString("number") + "?code="
                + diploma.getString("code"));
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.json().getString("outcome")).isEqualTo("WINNER");
        assertThat(Api.anonymous(base).get(P + "public/diplomas/" + diploma.getString("number") + "?code=WRONG")
                .status()).isEqualTo(404);
        // the winner and the finalist are in the national reserve of the contest's winners, with a plan and a mentor
        long personId = mine.getJsonObject("row").getJsonNumber("personId").longValue();
        JsonObject entry = Api.as(base, "admin").get("api/v1/reserve/entries?reserve=NAT-LEADER&limit=500").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("personId").longValue() == personId).findFirst().orElseThrow();
        long entryId = entry.getJsonNumber("id").longValue();
        JsonObject detail = Api.as(base, "admin").get("api/v1/reserve/entries/" + entryId).json();
        assertThat(detail.getString("basis")).isEqualTo("LEADER_CONTEST");
        assertThat(detail.getString("basisDocument")).contains(season);
        JsonObject plan = Api.as(base, "admin").get("api/v1/reserve/entries/" + entryId + "/plan").json();
        assertThat(plan.getJsonArray("items")).isNotEmpty();
        assertThat(plan.getString("mentorName")).contains("Ефимова");
    }

    @Test
    void the_seeded_season_shows_a_closed_regional_stage_whose_pass_set_depends_on_the_method() {
        JsonObject ml = Api.as(base, "contest").get(P + "seasons/ML-2026").json();
        JsonObject employee = ml.getJsonArray("nominations").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("code").equals("EMPLOYEE")).findFirst().orElseThrow();
        JsonObject closed = employee.getJsonArray("stages").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("status").equals("CLOSED")).findFirst().orElseThrow();
        List<JsonObject> rankings = Api.as(base, "contest").get(P + "stages/" + closed.getJsonNumber("id")
                .longValue() + "/rankings").array().getValuesAs(JsonObject.class);
        assertThat(rankings).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rankings).anySatisfy(r -> assertThat(r.getJsonObject("sensitivity").getJsonArray("methods")
                .getValuesAs(JsonObject.class)).anySatisfy(m -> assertThat(m.getBoolean("sameSetAsChosen")).isFalse()));
        assertThat(rankings.stream().flatMap(r -> r.getJsonArray("biases").getValuesAs(JsonObject.class).stream())
                .map(b -> b.getString("flag")).toList()).contains("LENIENT", "HARSH");
        // the juror's own sheets only; the demo juror has a sheet in progress at the federal stage
        List<JsonObject> mine = Api.as(base, "juror").get(P + "jury/assignments").array()
                .getValuesAs(JsonObject.class);
        assertThat(mine).isNotEmpty();
        assertThat(mine).allSatisfy(a -> assertThat(!a.containsKey("applicant") || a.isNull("applicant"))
                .isTrue());
        // attach: a seeded application carries its portfolio PDF, stored in the file store and typed by content
        JsonObject first = Api.as(base, "contest").get(P + "seasons/ML-2026/nominations/EMPLOYEE/applications")
                .array().getValuesAs(JsonObject.class).stream().filter(a -> a.getString("number")
                        .equals("ML26-EMP-0001")).findFirst().orElseThrow();
        long id = first.getJsonNumber("id").longValue();
        JsonObject portfolio = Api.as(base, "contest").get(P + "applications/" + id).json()
                .getJsonArray("attachments").getJsonObject(0);
        assertThat(portfolio.getString("slot")).isEqualTo("portfolio");
        assertThat(portfolio.getString("mediaType")).isEqualTo("application/pdf");
        Api.Reply pdf = Api.as(base, "contest").getAny(P + "applications/" + id + "/attachments/"
                + portfolio.getJsonNumber("id").longValue());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");
    }

    // attach
    private static final String PDF = "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n";
    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private Api.Reply upload(String user, long application, String slot, String name, byte[] bytes) {
        return Api.as(base, user).sendBytes("POST", P + "applications/" + application + "/attachments?slot=" + slot
                + "&name=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8), bytes,
                "application/octet-stream");
    }

    @Test
    void attachments_are_typed_by_content_and_read_only_by_the_applicant_the_administrator_and_assigned_jurors() {
        String season = defineSeason(2);
        long[] essay = {0};
        long[] photo = {0};
        Map<String, Long> apps = throughDocuments(season, List.of("juror2", "juror3", "juror4"), applied -> {
            long mine = applied.get("employee");
            Api.Reply good = upload("employee", mine, "essay_file", "Эссе Иванова.pdf",
                    PDF.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(good.status()).as(good.toString()).isEqualTo(201);
            assertThat(good.json().getString("fileName")).isEqualTo("Эссе Иванова.pdf");
            assertThat(good.json().getString("mediaType")).isEqualTo("application/pdf");
            essay[0] = good.json().getJsonNumber("id").longValue();
            // a PNG renamed .pdf: the content decides
            Api.Reply renamed = upload("employee", mine, "essay_file", "essay.pdf", PNG);
            assertThat(renamed.status()).as(renamed.toString()).isEqualTo(400);
            assertThat(renamed.body()).contains("ATTACHMENT_TYPE").contains("essay_file").contains("PNG");
            Api.Reply tooBig = upload("employee", mine, "essay_file", "big.pdf",
                    (PDF + "x".repeat(70 * 1024)).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(tooBig.status()).isEqualTo(413);
            assertThat(tooBig.body()).contains("ATTACHMENT_TOO_LARGE").contains("essay_file");
            Api.Reply unknownSlot = upload("employee", mine, "essay", "essay.pdf",
                    PDF.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertThat(unknownSlot.status()).as("a text field is no slot").isEqualTo(400);
            Api.Reply face = upload("employee", mine, "photo", "Иванов.png", PNG);
            assertThat(face.status()).as(face.toString()).isEqualTo(201);
            photo[0] = face.json().getJsonNumber("id").longValue();
            assertThat(upload("hr.tver", mine, "essay_file", "чужое.pdf",
                    PDF.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).status())
                    .as("only the applicant uploads").isEqualTo(404);
            assertThat(Api.as(base, "employee").get(P + "applications/" + mine).json().getJsonArray("attachments")
                    .getValuesAs(JsonObject.class)).extracting(a -> a.getString("fileName"))
                    .containsExactly("Эссе Иванова.pdf", "Иванов.png");
        });
        long mine = apps.get("employee");
        assertThat(upload("employee", mine, "essay_file", "поздно.pdf",
                PDF.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).body())
                .as("the documents are checked").contains("ATTACHMENTS_CLOSED");
        String file = P + "applications/" + mine + "/attachments/" + essay[0];
        Api.Reply own = Api.as(base, "employee").getAny(file);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).isEqualTo(PDF);
        assertThat(Api.as(base, "contest").getAny(file).status()).as("the administrator in scope").isEqualTo(200);
        long stage = stageId(season, 2);
        List<String> assigned = new ArrayList<>();
        List<String> unassigned = new ArrayList<>();
        for (String j : List.of("juror2", "juror3", "juror4")) {
            (assignments(j, stage).containsKey(mine) ? assigned : unassigned).add(j);
        }
        assertThat(assigned).hasSize(2);
        assertThat(unassigned).hasSize(1);
        assertThat(Api.as(base, unassigned.get(0)).getAny(file).status()).as("an unassigned juror").isEqualTo(404);
        assertThat(Api.as(base, "hr.tver").getAny(file).status()).as("another candidate").isEqualTo(404);
        String juror = assigned.get(0);
        Api.Reply read = Api.as(base, juror).getAny(file);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(PDF);
        assertThat(Api.as(base, juror).getAny(P + "applications/" + mine + "/attachments/" + photo[0]).status())
                .as("no photo in blind mode").isEqualTo(404);
        JsonObject sheet = Api.as(base, juror).get(P + "jury/assignments/" + assignments(juror, stage).get(mine))
                .json();
        List<JsonObject> listed = sheet.getJsonArray("attachments").getValuesAs(JsonObject.class);
        assertThat(listed).singleElement().satisfies(a -> {
            assertThat(a.getString("slot")).isEqualTo("essay_file");
            assertThat(a.getString("label")).isEqualTo("Эссе (PDF)");
            assertThat(!a.containsKey("fileName") || a.isNull("fileName")).as("no file name in blind mode").isTrue();
        });
        assertThat(sheet.toString()).doesNotContain("Иванова").doesNotContain("Иванов.png");
    }
}
