package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Cohorts and enrolment over REST on the seeded content: self-enrolment into a seat, a prerequisite not met refused
 * with its reason, HR's bulk enrolment limited to their scope, a withdrawal moving the first on the waiting list up,
 * completion writing course evidence so that the gap shrinks, and 20 concurrent self-enrolments for the last 5 seats
 * giving exactly 5 seats and 15 numbered waiting places; the "cohort starts" and "course ends soon" notices reaching
 * each participant once however often the job runs; and the seeded enrolments of the demo people.
 */
class EnrolmentIT extends OnPayaraMicro {

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Api methodologist() {
        return Api.as(base, "methodologist");
    }

    /** A cohort of a programme whose window is open today (the server's clock is the machine's). */
    private String cohort(String programme, int seats, String approval) {
        String code = "IT-" + programme + "-" + unique();
        LocalDate today = LocalDate.now();
        Api.Reply r = methodologist().post("api/v1/learning/cohorts", Json.createObjectBuilder().add("code", code)
                .add("programmeCode", programme).add("startsOn", today.plusDays(30).toString())
                .add("endsOn", today.plusDays(60).toString()).add("seats", seats)
                .add("enrolFrom", today.minusDays(5).toString()).add("enrolTo", today.plusDays(10).toString())
                .add("approval", approval).build().toString());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return code;
    }

    /** A published programme without prerequisites developing one competency to a level, with one text lesson. */
    private String programme(String competency, int level) {
        return LearningFixtures.programme(base, "ENR-" + unique(), Map.of(competency, level));
    }

    private static List<JsonObject> objects(Api.Reply r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.array().getValuesAs(JsonObject.class);
    }

    private List<JsonObject> participants(String cohort) {
        return objects(Api.as(base, "admin").get("api/v1/learning/cohorts/" + cohort + "/participants"));
    }

    private static String ids(long... ids) {
        return "{\"personIds\":[" + java.util.Arrays.stream(ids).mapToObj(String::valueOf)
                .collect(Collectors.joining(",")) + "]}";
    }

    @Test
    void an_employee_enrols_in_a_seeded_cohort_sees_it_among_their_courses_and_cannot_enrol_twice() {
        List<JsonObject> cohorts = objects(Api.as(base, "employee").get("api/v1/learning/programmes/PM-36/cohorts"));
        assertThat(cohorts).extracting(c -> c.getString("code")).contains("PM-36-2027-01");
        String code = cohort("PM-36", 10, "FREE");
        Api e = Api.as(base, "employee");
        Api.Reply r = e.post("api/v1/learning/cohorts/" + code + "/enrol", null);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().getString("status")).isEqualTo("ENROLLED");
        List<JsonObject> mine = objects(e.get("api/v1/learning/enrolments/mine"));
        assertThat(mine).anySatisfy(m -> {
            assertThat(m.getString("cohortCode")).isEqualTo(code);
            assertThat(m.getInt("percent")).isZero();
        });
        Api.Reply again = e.post("api/v1/learning/cohorts/" + code + "/enrol", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("code")).isEqualTo("ALREADY_ENROLLED");
        JsonObject row = Api.as(base, "employee").get("api/v1/learning/cohorts/" + code).json();
        assertThat(row.getInt("seatsTaken")).isEqualTo(1);
        assertThat(Api.as(base, "employee").get("api/v1/learning/cohorts/" + code + "/participants").status())
                .as("participants are HR's").isEqualTo(403);
    }

    @Test
    void a_prerequisite_not_met_is_refused_with_its_reason_and_a_request_waits_for_hr() {
        JsonObject sp = Api.as(base, "employee").get("api/v1/learning/programmes/SP-72").json();
        assertThat(sp.getJsonArray("prerequisites").getValuesAs(JsonObject.class))
                .as("the employee is a chief specialist, not of the highest or chief group")
                .allSatisfy(p -> assertThat(p.getBoolean("met")).isFalse());
        String code = cohort("SP-72", 10, "FREE");
        Api.Reply refused = Api.as(base, "employee").accepting("ru").post("api/v1/learning/cohorts/" + code
                + "/enrol", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("code")).isEqualTo("PREREQUISITE_NOT_MET");
        assertThat(refused.json().getString("detail")).contains("Не выполнено условие допуска").contains("HIGHEST");
        assertThat(participants(code)).isEmpty();

        String approved = cohort("PM-36", 10, "HR_APPROVES");
        Api.Reply request = Api.as(base, "employee").post("api/v1/learning/cohorts/" + approved + "/enrol", null);
        assertThat(request.json().getString("status")).isEqualTo("REQUESTED");
        long id = request.json().getJsonNumber("id").longValue();
        assertThat(Api.as(base, "hr.tver").post("api/v1/learning/enrolments/" + id + "/approve", null).status())
                .as("outside Tver's scope").isEqualTo(404);
        Api.Reply ok = Api.as(base, "hr").post("api/v1/learning/enrolments/" + id + "/approve", null);
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().getString("status")).isEqualTo("ENROLLED");
    }

    @Test
    void hr_enrols_in_bulk_only_people_of_their_scope_from_a_gap_list() {
        Map<String, Long> people = Api.personIdsByCode(base);
        String code = cohort("IB-72", 50, "FREE");
        Api hr = Api.as(base, "hr");
        List<JsonObject> candidates = objects(hr.get("api/v1/learning/cohorts/" + code
                + "/candidates?competency=BUD-01"));
        assertThat(candidates).isNotEmpty().allSatisfy(c -> {
            assertThat(c.containsKey("target")).isTrue();
            assertThat(!c.containsKey("current") || c.isNull("current")
                    || c.getInt("current") < c.getInt("target")).isTrue();
        });
        long tver = people.get("PER-0004");
        assertThat(candidates).extracting(c -> c.getJsonNumber("personId").longValue()).doesNotContain(tver);

        List<Long> asked = new ArrayList<>(candidates.stream().map(c -> c.getJsonNumber("personId").longValue())
                .toList());
        asked.add(tver);
        Api.Reply bulk = hr.post("api/v1/learning/cohorts/" + code + "/enrolments",
                ids(asked.stream().mapToLong(Long::longValue).toArray()));
        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
        assertThat(bulk.json().getInt("enrolled")).isEqualTo(candidates.size());
        assertThat(bulk.json().getInt("skipped")).isEqualTo(1);
        assertThat(bulk.json().getJsonArray("lines").getValuesAs(JsonObject.class))
                .filteredOn(l -> l.getJsonNumber("personId").longValue() == tver)
                .singleElement().satisfies(l -> assertThat(l.getString("refusal")).isEqualTo("PERSON_OUT_OF_SCOPE"));
        assertThat(participants(code)).extracting(p -> p.getJsonNumber("personId").longValue())
                .containsExactlyInAnyOrderElementsOf(asked.subList(0, asked.size() - 1));
        assertThat(objects(hr.get("api/v1/learning/cohorts/" + code + "/candidates?competency=BUD-01")))
                .allSatisfy(c -> assertThat(c.getString("status")).isEqualTo("ENROLLED"));
        assertThat(Api.as(base, "hr.tver").get("api/v1/learning/cohorts/" + code + "/participants").array())
                .as("Tver's HR sees none of Vologda's participants").isEmpty();
        assertThat(Api.as(base, "employee").post("api/v1/learning/cohorts/" + code + "/enrolments", ids(tver))
                .status()).isEqualTo(403);
    }

    @Test
    void a_withdrawal_moves_the_first_on_the_waiting_list_up() {
        Map<String, Long> people = Api.personIdsByCode(base);
        long a = people.get("PER-0010");
        long b = people.get("PER-0011");
        long c = people.get("PER-0012");
        String code = cohort("OG-24", 1, "FREE");
        Api hr = Api.as(base, "hr");
        for (long person : new long[] {a, b, c}) { // one by one: the order of the waiting list
            assertThat(hr.post("api/v1/learning/cohorts/" + code + "/enrolments", ids(person)).status())
                    .isEqualTo(200);
        }
        Map<Long, JsonObject> before = participants(code).stream()
                .collect(Collectors.toMap(p -> p.getJsonNumber("personId").longValue(), p -> p));
        assertThat(before.get(a).getString("status")).isEqualTo("ENROLLED");
        assertThat(before.get(b).getString("status")).isEqualTo("WAITING");
        assertThat(before.get(b).getInt("waitingNo")).isEqualTo(1);
        assertThat(before.get(c).getInt("waitingNo")).isEqualTo(2);

        Api.Reply withdrawn = hr.post("api/v1/learning/enrolments/" + before.get(a).getJsonNumber("id").longValue()
                + "/withdraw", null);
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        Map<Long, JsonObject> after = participants(code).stream()
                .collect(Collectors.toMap(p -> p.getJsonNumber("personId").longValue(), p -> p));
        assertThat(after.get(a).getString("status")).isEqualTo("WITHDRAWN");
        assertThat(after.get(b).getString("status")).isEqualTo("ENROLLED");
        assertThat(after.get(c).getString("status")).isEqualTo("WAITING");
        assertThat(Api.as(base, "admin").get("api/v1/learning/cohorts/" + code).json().getInt("seatsTaken"))
                .isEqualTo(1);
    }

    @Test
    void completing_the_programme_writes_course_evidence_and_the_gap_shrinks() {
        Api e = Api.as(base, "employee");
        JsonObject gapBefore = e.get("api/v1/competency/me/gaps").json().getJsonArray("gaps")
                .getValuesAs(JsonObject.class)
                .stream().filter(g -> g.getInt("gap") > 0).findFirst().orElseThrow();
        String competency = gapBefore.getString("competencyCode");
        String programme = programme(competency, gapBefore.getInt("targetLevel"));
        String code = cohort(programme, 5, "FREE");
        JsonObject enrolment = e.post("api/v1/learning/cohorts/" + code + "/enrol", null).json();
        long id = enrolment.getJsonNumber("id").longValue();
        JsonObject progress = e.get("api/v1/learning/enrolments/" + id + "/progress").json();
        assertThat(progress.getBoolean("complete")).isFalse();
        long lesson = progress.getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").getJsonObject(0)
                .getJsonNumber("lessonId").longValue();
        assertThat(Api.as(base, "hr").post("api/v1/learning/enrolments/" + id + "/lessons/" + lesson + "/done", null)
                .status()).as("only the learner marks their lesson").isEqualTo(404);

        Api.Reply done = e.post("api/v1/learning/enrolments/" + id + "/lessons/" + lesson + "/done", null);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().getBoolean("complete")).isTrue();
        assertThat(done.json().getInt("percent")).isEqualTo(100);
        assertThat(done.json().getJsonObject("enrolment").getString("status")).isEqualTo("COMPLETED");

        JsonObject gapAfter = e.get("api/v1/competency/me/gaps").json().getJsonArray("gaps")
                .getValuesAs(JsonObject.class)
                .stream().filter(g -> g.getString("competencyCode").equals(competency)).findFirst().orElseThrow();
        assertThat(gapAfter.getInt("gap")).isLessThan(gapBefore.getInt("gap"));
        assertThat(Api.as(base, "hr").get("api/v1/learning/enrolments/" + id + "/progress").json()
                .getBoolean("complete")).as("HR of the scope sees the progress").isTrue();
    }

    @Test
    void twenty_concurrent_self_enrolments_for_the_last_five_seats_give_five_seats_and_fifteen_waiting_places()
            throws Exception {
        Map<String, Long> people = Api.personIdsByCode(base);
        String code = cohort("PM-36", 8, "FREE");
        assertThat(Api.as(base, "hr").post("api/v1/learning/cohorts/" + code + "/enrolments",
                ids(people.get("PER-0013"), people.get("PER-0014"), people.get("PER-0015"))).json()
                .getInt("enrolled")).isEqualTo(3);
        String suffix = unique();
        List<Api> learners = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String person = String.format("PER-%04d", 30 + i);
            String username = "race" + i + "." + suffix;
            Api.Reply account = Api.as(base, "admin").post("api/v1/accounts", Json.createObjectBuilder()
                    .add("username", username).add("password", "race-pass-" + suffix)
                    .add("personId", people.get(person)).add("grants", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("role", "EMPLOYEE").add("scopeType", "NATIONAL")))
                    .build().toString());
            assertThat(account.status()).as(account.toString()).isEqualTo(201);
            Api learner = Api.as(base, username, "race-pass-" + suffix);
            assertThat(learner.get("api/v1/learning/cohorts/" + code).status()).isEqualTo(200);
            learners.add(learner);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (Api learner : learners) {
            replies.add(pool.submit(() -> {
                start.await();
                return learner.post("api/v1/learning/cohorts/" + code + "/enrol", null);
            }));
        }
        start.countDown();
        List<String> statuses = Collections.synchronizedList(new ArrayList<>());
        for (Future<Api.Reply> f : replies) {
            Api.Reply r = f.get(120, TimeUnit.SECONDS);
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            statuses.add(r.json().getString("status"));
        }
        pool.shutdown();
        assertThat(statuses.stream().filter("ENROLLED"::equals).count()).isEqualTo(5);
        assertThat(statuses.stream().filter("WAITING"::equals).count()).isEqualTo(15);
        List<JsonObject> all = participants(code);
        assertThat(all.stream().filter(p -> p.getString("status").equals("ENROLLED")).count()).isEqualTo(8);
        assertThat(all.stream().filter(p -> p.getString("status").equals("WAITING"))
                .map(p -> p.getInt("waitingNo")).sorted().toList())
                .as("every waiting place numbered once, in sequence")
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 15).boxed().toList());
        assertThat(Api.as(base, "admin").get("api/v1/learning/cohorts/" + code).json().getInt("seatsTaken"))
                .isEqualTo(8);
    }

    /** The caller's in-app notices of one template about one cohort (its code is in the text). */
    private List<JsonObject> notices(Api api, String template, String cohort) {
        return api.accepting("ru").get("api/v1/me/notifications?limit=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("template").endsWith("." + template) && n.getString("text").contains(cohort))
                .toList();
    }

    @Test
    void the_start_and_end_notices_reach_each_participant_once_and_nobody_on_the_waiting_list() throws Exception {
        Mailbox.open();
        Map<String, Long> people = Api.personIdsByCode(base);
        // a short cohort that starts today and ends in two days: both notices are due (3 and 7 days ahead)
        String code = "IT-NOTICE-" + unique();
        LocalDate today = LocalDate.now();
        Api.Reply created = methodologist().post("api/v1/learning/cohorts", Json.createObjectBuilder()
                .add("code", code).add("programmeCode", "PM-36").add("startsOn", today.toString())
                .add("endsOn", today.plusDays(2).toString()).add("seats", 2)
                .add("enrolFrom", today.minusDays(5).toString()).add("enrolTo", today.plusDays(1).toString())
                .add("approval", "FREE").build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api employee = Api.as(base, "employee");
        Api hr = Api.as(base, "hr");
        assertThat(employee.post("api/v1/learning/cohorts/" + code + "/enrol", null).json().getString("status"))
                .isEqualTo("ENROLLED");
        assertThat(hr.post("api/v1/learning/cohorts/" + code + "/enrolments", ids(people.get("PER-0002")))
                .json().getInt("enrolled")).isEqualTo(1);
        long waiting = people.get("PER-0019");
        assertThat(hr.post("api/v1/learning/cohorts/" + code + "/enrolments", ids(waiting)).status())
                .isEqualTo(200);
        assertThat(participants(code)).filteredOn(p -> p.getJsonNumber("personId").longValue() == waiting)
                .singleElement().satisfies(p -> assertThat(p.getString("status")).isEqualTo("WAITING"));

        long until = System.currentTimeMillis() + 30_000;
        while ((notices(employee, "COURSE_ENDS_SOON", code).isEmpty() || notices(hr, "COURSE_ENDS_SOON", code)
                .isEmpty()) && System.currentTimeMillis() < until) {
            Thread.sleep(300);
        }
        Thread.sleep(5_000); // the job runs every 2 s here: it has run at least twice more by now
        for (Api participant : List.of(employee, hr)) {
            assertThat(notices(participant, "COHORT_STARTS", code)).singleElement()
                    .satisfies(n -> assertThat(n.getString("text")).contains("начинаются " + today.format(
                            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
            assertThat(notices(participant, "COURSE_ENDS_SOON", code)).singleElement()
                    .satisfies(n -> {
                        assertThat(n.getString("text")).contains("заканчивается " + today.plusDays(2).format(
                                java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))).contains("Пройдено 0 %");
                        assertThat(n.getString("link")).isEqualTo("my-courses");
                    });
        }
        String waitingMail = "gusev.ma@vologda-city.ru";
        assertThat(Mailbox.await(waitingMail, 1, java.time.Duration.ofSeconds(20)).stream().map(Mailbox::subject))
                .as("the person on the waiting list is told of the waiting list only")
                .anyMatch(s -> s.startsWith("Вы в листе ожидания")).noneMatch(s -> s.startsWith("Скоро"));
    }

    @Test
    void the_seeded_enrolments_show_seats_a_waiting_list_progress_and_completions() {
        Map<String, Long> people = Api.personIdsByCode(base);
        List<JsonObject> og = participants("OG-24-2027-02");
        assertThat(og.stream().filter(p -> p.getString("status").equals("ENROLLED"))).hasSize(4);
        assertThat(og.stream().filter(p -> p.getString("status").equals("WAITING")).map(p -> p.getInt("waitingNo"))
                .sorted()).containsExactly(1, 2);
        assertThat(Api.as(base, "admin").get("api/v1/learning/cohorts/OG-24-2027-02").json().getInt("seatsTaken"))
                .isEqualTo(4);
        assertThat(participants("DT-72-2027-02")).filteredOn(p -> p.getJsonNumber("personId").longValue()
                == people.get("PER-0024")).singleElement()
                .satisfies(p -> assertThat(p.getString("status")).isEqualTo("REQUESTED"));

        long ilina = participants("PM-36-2027-01").stream()
                .filter(p -> p.getJsonNumber("personId").longValue() == people.get("PER-0018")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        JsonObject progress = Api.as(base, "hr").get("api/v1/learning/enrolments/" + ilina + "/progress").json();
        assertThat(progress.getInt("done")).as("three text lessons of six required").isEqualTo(3);
        assertThat(progress.getInt("percent")).isEqualTo(50);
        assertThat(progress.getBoolean("complete")).isFalse();

        assertThat(objects(Api.as(base, "hr").get("api/v1/learning/enrolments/mine")))
                .as("the HR officer completed IB-72 in spring, the document says so")
                .anySatisfy(m -> {
                    assertThat(m.getString("cohortCode")).isEqualTo("IB-72-2026-03");
                    assertThat(m.getString("status")).isEqualTo("COMPLETED");
                    assertThat(m.getString("completedOn")).isEqualTo(SeedCalendar.iso("2026-04-10"));
                    assertThat(m.getInt("percent")).isEqualTo(100);
                });
        assertThat(objects(Api.as(base, "employee").get("api/v1/learning/enrolments/mine")))
                .as("the demo employee has no seeded enrolment")
                .noneMatch(m -> List.of("IB-72-2026-03", "PM-36-2027-01", "OG-24-2027-02")
                        .contains(m.getString("cohortCode")));
    }

    // ---- recommendations (issue 10, point 7) ----

    private static final String VOLOGDA = "городской округ город Вологда";

    private static long id(JsonObject o, String field) {
        return o.getJsonNumber(field).longValue();
    }

    private List<JsonObject> needing(Api api, String programme) {
        return objects(api.get("api/v1/learning/recommendations/programmes/" + programme + "/persons"));
    }

    @Test
    void the_demo_employee_gets_recommendations_with_their_reasons_open_cohorts_first() {
        List<JsonObject> ru = objects(Api.as(base, "employee").accepting("ru")
                .get("api/v1/learning/recommendations"));
        assertThat(ru).as("the demo employee has gaps the seeded programmes close").isNotEmpty();
        assertThat(ru).allSatisfy(r -> {
            assertThat(r.getInt("score")).isPositive();
            assertThat(r.getString("reason")).startsWith("закрывает: ").contains(" → ");
            assertThat(r.getJsonArray("closes")).isNotEmpty();
        });
        List<Boolean> open = ru.stream().map(r -> !r.getJsonArray("openCohorts").isEmpty()).toList();
        assertThat(open.indexOf(false) < 0 || !open.subList(open.indexOf(false), open.size()).contains(true))
                .as("open cohorts first: %s", open).isTrue();
        JsonObject first = ru.get(0);
        JsonObject gap = first.getJsonArray("closes").getJsonObject(0);
        assertThat(first.getString("reason")).contains(gap.getString("competencyCode") + " ");
        List<JsonObject> en = objects(Api.as(base, "employee").accepting("en")
                .get("api/v1/learning/recommendations"));
        assertThat(en.get(0).getString("reason")).startsWith("closes: ");
        List<JsonObject> mine = objects(Api.as(base, "employee").get("api/v1/learning/enrolments/mine"));
        List<String> taken = mine.stream().filter(m -> !m.getString("status").equals("WITHDRAWN"))
                .map(m -> m.getString("programmeCode")).toList();
        assertThat(ru).extracting(r -> r.getString("programmeCode")).as("not what the employee is in or completed")
                .noneMatch(taken::contains);
    }

    @Test
    void hr_sees_who_needs_a_programme_only_in_their_scope_and_another_regions_person_is_not_found() {
        Map<String, Long> people = Api.personIdsByCode(base);
        String programme = programme("BUD-01", 3);
        List<JsonObject> vologda = needing(Api.as(base, "hr").accepting("ru"), programme);
        assertThat(vologda).isNotEmpty().allSatisfy(p -> {
            assertThat(p.getString("municipality")).isEqualTo(VOLOGDA);
            assertThat(p.getString("reason")).startsWith("закрывает: BUD-01 ").endsWith(" → "
                    + p.getJsonArray("closes").getJsonObject(0).getInt("to"));
        });
        assertThat(vologda).extracting(p -> id(p, "personId")).doesNotContain(people.get("PER-0004"));
        List<JsonObject> tver = needing(Api.as(base, "hr.tver"), programme);
        assertThat(tver).extracting(p -> p.getString("municipality")).doesNotContain(VOLOGDA);
        List<JsonObject> counts = objects(Api.as(base, "hr").get("api/v1/learning/recommendations/programmes"));
        assertThat(counts).filteredOn(c -> c.getString("programmeCode").equals(programme)).singleElement()
                .satisfies(c -> assertThat(c.getInt("persons")).isEqualTo(vologda.size()));

        Api.Reply foreign = Api.as(base, "hr").get("api/v1/learning/recommendations/persons/"
                + people.get("PER-0004"));
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(404);
        assertThat(foreign.json().getString("code")).isEqualTo("PERSON_NOT_IN_SCOPE");
        Api.Reply own = Api.as(base, "hr").get("api/v1/learning/recommendations/persons/" + people.get("PER-0001"));
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.array().getValuesAs(JsonObject.class)).extracting(r -> r.getString("programmeCode"))
                .as("PER-0001 needs BUD-01 or is listed").isNotNull();
        assertThat(Api.as(base, "hr.tver").get("api/v1/learning/recommendations/persons/" + people.get("PER-0001"))
                .status()).isEqualTo(404);
    }

    @Test
    void bulk_enrolment_from_the_programme_list_enrols_exactly_the_listed_persons_of_the_scope() {
        String programme = programme("BUD-01", 3);
        String code = cohort(programme, 200, "FREE");
        Api hr = Api.as(base, "hr");
        List<Long> listed = needing(hr, programme).stream().map(p -> id(p, "personId")).toList();
        assertThat(listed).isNotEmpty();

        Api.Reply wrong = hr.post("api/v1/learning/recommendations/programmes/" + programme + "/enrolments?cohort="
                + "PM-36-2027-01", null);
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
        assertThat(wrong.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("cohort");
        assertThat(hr.post("api/v1/learning/recommendations/programmes/" + programme + "/enrolments", null)
                .status()).isEqualTo(400);
        assertThat(participants(code)).isEmpty();

        Api.Reply bulk = hr.post("api/v1/learning/recommendations/programmes/" + programme + "/enrolments?cohort="
                + code, null);
        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(200);
        assertThat(bulk.json().getInt("enrolled")).isEqualTo(listed.size());
        assertThat(bulk.json().getInt("skipped")).isZero();
        assertThat(participants(code)).extracting(p -> id(p, "personId")).containsExactlyInAnyOrderElementsOf(listed);
        assertThat(needing(hr, programme)).as("enrolled persons leave the list").isEmpty();
    }



    @Test
    void who_needs_what_costs_the_same_statements_for_a_city_and_for_the_whole_country() {
        String programme = programme("BUD-01", 3);
        Api hr = Api.as(base, "hr");
        Api admin = Api.as(base, "admin");
        int city = needing(hr, programme).size();
        int country = needing(admin, programme).size();
        assertThat(country).as("the country holds the city and more").isGreaterThan(city);
        String list = "api/v1/learning/recommendations/programmes";
        // a write of an earlier test still in flight (an outbox or notice job) can make a table be rebuilt once more:
        // measured again, up to three rounds, a second apart; a cost per person would differ in every round
        long small = 0;
        long large = -1;
        for (int round = 0; round < 3 && small != large; round++) {
            if (round > 0) {
                sleep(1_000);
            }
            small = Api.serverStatements(base, () -> assertThat(hr.get(list).status()).isEqualTo(200));
            large = Api.serverStatements(base, () -> assertThat(admin.get(list).status()).isEqualTo(200));
        }
        String persons = list + "/" + programme + "/persons";
        long smallPersons = Api.serverStatements(base, () -> assertThat(hr.get(persons).status()).isEqualTo(200));
        long largePersons = Api.serverStatements(base, () -> assertThat(admin.get(persons).status()).isEqualTo(200));
        System.out.printf("Who needs what SQL statements: %d for %d persons needing %s, %d for %d; persons %d and %d%n",
                small, city, programme, large, country, smallPersons, largePersons);
        assertThat(large).as("statements for the country vs the city").isEqualTo(small);
        assertThat(largePersons).isEqualTo(smallPersons);
        assertThat(small).as("a few statements, never one per person").isLessThanOrEqualTo(10);
        Api employee = Api.as(base, "employee");
        long me = Api.serverStatements(base, () -> assertThat(employee.get("api/v1/learning/recommendations").status())
                .isEqualTo(200));
        System.out.printf("Own recommendations SQL statements: %d%n", me);
        assertThat(me).as("one person's gap report, the programmes and the enrolments").isPositive();
    }

    @Test
    void new_evidence_changes_the_list_on_the_next_call() {
        Map<String, Long> people = Api.personIdsByCode(base);
        String programme = programme("BUD-01", 3);
        Api hr = Api.as(base, "hr");
        List<JsonObject> before = needing(hr, programme);
        JsonObject person = before.stream().filter(p -> id(p, "personId") != people.get("PER-0002")).findFirst()
                .orElseThrow();
        long personId = id(person, "personId");
        int to = person.getJsonArray("closes").getJsonObject(0).getInt("to");
        Api.Reply recorded = hr.post("api/v1/competency/persons/" + personId + "/evidence", Json.createObjectBuilder()
                .add("competencyCode", "BUD-01").add("level", to).add("source", "MANAGER")
                .add("observedOn", LocalDate.now().toString()).add("reference", "reco-it").build().toString());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        List<JsonObject> after = needing(hr, programme);
        assertThat(after).filteredOn(p -> id(p, "personId") == personId)
                .as("the person's gap in BUD-01 is closed or smaller now")
                .allSatisfy(p -> assertThat(p.getString("reason")).isNotEqualTo(person.getString("reason")));
        assertThat(after.size() < before.size() || !after.equals(before)).isTrue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
