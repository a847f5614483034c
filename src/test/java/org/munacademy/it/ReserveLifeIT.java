package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The reserve's life over REST, with its job running every 2 s: an entry whose term ended expires once (one EXPIRED
 * line of history however often the job runs) and the person is told once about the inclusion and once about the
 * expiry; HR of the entry's place (city and region, not Tver) gets the 60-day notice once; «Мой резерв» lists the
 * caller's own entries with their history (nobody else's) in a fixed number of statements; the home tiles count
 * HR's nominations waiting and entries ending soon in scope, and a commission member's queue per commission. The
 * job keeps readiness current: the seeded open entries get one within a few ticks (one line of history each), an idle
 * tick stays cheap, and evidence that expired moves readiness on the next day's run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReserveLifeIT extends OnPayaraMicro {

    /** The competencies the CHIEF group requires (content/competency/profiles.csv), all with target 3. */
    private static final List<String> CHIEF = List.of("STR-02", "STR-04", "BUD-01", "BUD-02", "HRP-02", "LAW-01",
            "LAW-02", "DIG-02", "DIG-03", "PRJ-01", "PRJ-02", "CIT-01", "PRC-03", "LDR-01", "LDR-02", "LDR-03");
    private static final List<String> OPEN = List.of("NOMINATED", "INCLUDED", "IN_DEVELOPMENT");

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Map<String, Long> people() {
        return Api.personIdsByCode(base);
    }

    /** HR nominates the person into the reserve (CHIEF, Начальник отдела); returns the entry's id. */
    private long nominate(String reserve, String personCode) {
        Api.Reply r = Api.as(base, "hr").post("api/v1/reserve/entries", Json.createObjectBuilder()
                .add("reserveCode", reserve).add("personId", people().get(personCode)).add("targetGroupCode", "CHIEF")
                .add("targetPositionCode", "P-HEAD-DIV").add("basis", "RESERVE_CONTEST")
                .add("basisDocument", "Протокол конкурсной комиссии № 3").build().toString());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().getJsonObject("entry").getJsonNumber("id").longValue();
    }

    /** The commission includes the entry by a protocol held on the day given (its term runs from that day). */
    private void include(String reserve, long entry, LocalDate heldOn) {
        Api.Reply p = Api.as(base, "commission").post("api/v1/reserve/reserves/" + reserve + "/protocols",
                Json.createObjectBuilder().add("number", "КР-" + unique()).add("heldOn", heldOn.toString())
                        .add("membersPresent", Json.createArrayBuilder().add("Белова О. Н.").add("Громов И. П.")
                                .add("Ершова Т. К."))
                        .add("decisions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("entryId", entry).add("kind", "INCLUDE").add("votesFor", 3)
                                .add("votesAgainst", 0).add("votesAbstained", 0))).build().toString());
        assertThat(p.status()).as(p.toString()).isEqualTo(201);
    }

    private JsonObject entry(long id) {
        Api.Reply r = Api.as(base, "hr").get("api/v1/reserve/entries/" + id);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static List<JsonObject> history(JsonObject detail, String kind) {
        return detail.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("kind").equals(kind)).toList();
    }

    /** The caller's in-app notices of one reserve template whose text contains {@code about}. */
    private List<JsonObject> notices(String user, String template, String about) {
        return Api.as(base, user).accepting("ru").get("api/v1/me/notifications?limit=200").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("template").equals("notice.reserve." + template)
                        && n.getString("text").contains(about)).toList();
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (!done.getAsBoolean() && System.currentTimeMillis() < until) {
            Thread.sleep(300);
        }
    }

    @Test
    void an_entry_past_its_term_expires_once_and_the_person_is_told_once_of_each_step() throws Exception {
        ReserveFixtures.releaseDemoEmployeeFromCity(base);
        long id = nominate("MUN-19701000", "PER-0001");
        include("MUN-19701000", id, LocalDate.now().minusMonths(36).minusDays(3));
        await(() -> "EXPIRED".equals(entry(id).getJsonObject("entry").getString("status")));
        Thread.sleep(5_000); // the job runs every 2 s here: it has run at least twice more by now
        JsonObject detail = entry(id);
        assertThat(detail.getJsonObject("entry").getString("status")).isEqualTo("EXPIRED");
        assertThat(history(detail, "EXPIRED")).singleElement()
                .satisfies(h -> assertThat(h.getString("actor")).isEqualTo("system"));
        String reserve = "Кадровый резерв администрации города Вологды";
        assertThat(notices("employee", "INCLUDED", reserve)).hasSize(1);
        assertThat(notices("employee", "EXPIRED", reserve)).singleElement()
                .satisfies(n -> assertThat(n.getString("link")).isEqualTo("reserve/mine"));
        assertThat(notices("hr", "EXPIRED", reserve)).as("only the person is told").isEmpty();
    }

    @Test
    void hr_of_the_entrys_place_gets_the_60_day_notice_once() throws Exception {
        long id = nominate("REG-35", "PER-0001");
        LocalDate until = LocalDate.now().plusDays(30);
        include("REG-35", id, until.minusMonths(36));
        String name = "Смирнова Анна Викторовна";
        await(() -> !notices("hr", "EXPIRES_60", name).isEmpty() && !notices("hr.region", "EXPIRES_60", name)
                .isEmpty());
        Thread.sleep(5_000);
        for (String hr : List.of("hr", "hr.region")) {
            assertThat(notices(hr, "EXPIRES_60", name)).as(hr).singleElement()
                    .satisfies(n -> assertThat(n.getString("link")).isEqualTo("reserve/entry/" + id));
        }
        assertThat(notices("hr.tver", "EXPIRES_60", name)).isEmpty();
        assertThat(notices("hr", "EXPIRES_14", name)).isEmpty();
        JsonObject detail = entry(id);
        assertThat(history(detail, "EXPIRY_NOTICE")).singleElement();
        assertThat(detail.getJsonObject("entry").getString("status")).isEqualTo("INCLUDED");
    }

    @Test
    void my_reserve_lists_the_callers_own_entries_with_their_history_and_nobody_elses() {
        long id = nominate("NAT-LEADER", "PER-0001");
        Api.Reply mine = Api.as(base, "employee").get("api/v1/reserve/entries/mine");
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        List<JsonObject> rows = mine.array().getValuesAs(JsonObject.class);
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.getJsonNumber("id").longValue()).isEqualTo(id);
            assertThat(r.getString("reserveCode")).isEqualTo("NAT-LEADER");
            assertThat(r.getString("status")).isEqualTo("NOMINATED");
            assertThat(r.getString("targetGroupCode")).isEqualTo("CHIEF");
            assertThat(r.getString("targetPositionName")).isEqualTo("Начальник отдела");
            assertThat(r.getJsonArray("history").getJsonObject(0).getString("kind")).isEqualTo("NOMINATED");
        });
        long per1 = people().get("PER-0001");
        assertThat(Api.as(base, "hr").get("api/v1/reserve/entries/mine").array()
                .getValuesAs(JsonObject.class)).noneMatch(r -> r.getJsonNumber("id").longValue() == id);
        assertThat(per1).isPositive();
        assertThat(Api.as(base, "juror").get("api/v1/reserve/entries/mine").array()).isEmpty();
        assertThat(Api.anonymous(base).get("api/v1/reserve/entries/mine").status()).isEqualTo(401);
        long statements = Api.serverStatements(base, () -> Api.as(base, "employee").get("api/v1/reserve/entries/mine"));
        long none = Api.serverStatements(base, () -> Api.as(base, "juror").get("api/v1/reserve/entries/mine"));
        assertThat(statements).as("entries, events, groups, positions on top of an empty answer")
                .isLessThanOrEqualTo(none + 4);
    }

    @Test
    void home_tiles_count_hr_nominations_waiting_and_ending_soon_in_scope_and_a_commissions_queue() {
        JsonObject before = Api.as(base, "hr").get("api/v1/reserve/tiles").json();
        JsonObject tverBefore = Api.as(base, "hr.tver").get("api/v1/reserve/tiles").json();
        nominate("REG-35", "PER-0012");
        long ending = nominate("MUN-19701000", "PER-0014");
        include("MUN-19701000", ending, LocalDate.now().plusDays(40).minusMonths(36));
        JsonObject after = Api.as(base, "hr").get("api/v1/reserve/tiles").json();
        assertThat(after.getJsonNumber("nominatedWaiting").longValue())
                .isEqualTo(before.getJsonNumber("nominatedWaiting").longValue() + 1);
        assertThat(after.getJsonNumber("expiringSoon").longValue())
                .isEqualTo(before.getJsonNumber("expiringSoon").longValue() + 1);
        assertThat(after.getInt("expiringDays")).isEqualTo(60);
        JsonObject tverAfter = Api.as(base, "hr.tver").get("api/v1/reserve/tiles").json();
        assertThat(tverAfter.getJsonNumber("nominatedWaiting").longValue()).as("Vologda's nominations are not Tver's")
                .isEqualTo(tverBefore.getJsonNumber("nominatedWaiting").longValue());
        assertThat(tverAfter.getJsonNumber("expiringSoon").longValue())
                .isEqualTo(tverBefore.getJsonNumber("expiringSoon").longValue());
        List<JsonObject> queues = Api.as(base, "commission").get("api/v1/reserve/tiles").json()
                .getJsonArray("commissionQueues").getValuesAs(JsonObject.class);
        assertThat(queues).extracting(q -> q.getString("reserveCode")).containsExactly("MUN-19701000", "REG-35");
        assertThat(queues.get(1).getJsonNumber("waiting").longValue()).isPositive();
        assertThat(Api.as(base, "employee").get("api/v1/reserve/tiles").status()).isEqualTo(403);
    }

    @Test
    void the_seeded_history_is_loaded_and_the_first_runs_expire_what_ran_out_since_it_was_written() throws Exception {
        Api admin = Api.as(base, "admin");
        assertThat(admin.get("api/v1/reserve/entries?status=EXPIRED&limit=1").json().getJsonNumber("total")
                .longValue()).isGreaterThan(20);
        assertThat(admin.get("api/v1/reserve/entries?status=APPOINTED&limit=1").json().getJsonNumber("total")
                .longValue()).isGreaterThan(20);
        LocalDate today = LocalDate.now();
        await(() -> pastTerm(admin, today) == 0);
        assertThat(pastTerm(admin, today)).as("entries in the reserve past their term").isZero();
    }

    private static long pastTerm(Api admin, LocalDate today) {
        long n = 0;
        for (String status : List.of("INCLUDED", "IN_DEVELOPMENT")) {
            n += admin.get("api/v1/reserve/entries?status=" + status + "&limit=500").json().getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream()
                    .filter(e -> LocalDate.parse(e.getString("validUntil")).isBefore(today)).count();
        }
        return n;
    }

    /** The open entries (nominated or in the reserve) as listed to an administrator. */
    private static List<JsonObject> openEntries(Api admin) {
        return OPEN.stream().flatMap(status -> admin.get("api/v1/reserve/entries?status=" + status + "&limit=500")
                .json().getJsonArray("items").getValuesAs(JsonObject.class).stream()).toList();
    }

    private static boolean hasReadiness(JsonObject row) {
        return row.containsKey("readiness") && !row.isNull("readiness");
    }

    private static long withoutReadiness(Api admin) {
        return openEntries(admin).stream().filter(e -> !hasReadiness(e)).count();
    }

    /** Runs the reserve job's tick now, for the day given, through the test deployment's it/jobs. */
    private JsonObject runJob(LocalDate day) {
        Api.Reply r = Api.as(base, "admin").post("api/v1/it/jobs/reserve?date=" + day, null);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @Test
    void the_seeded_open_entries_all_get_a_readiness_within_a_few_ticks_with_one_line_each_and_an_idle_tick_is_cheap()
            throws Exception {
        Api admin = Api.as(base, "admin");
        long until = System.currentTimeMillis() + 20_000; // ACADEMY_RESERVE_CHECK_SECONDS=2 here: a few ticks
        while (withoutReadiness(admin) > 0 && System.currentTimeMillis() < until) {
            Thread.sleep(300);
        }
        List<JsonObject> open = openEntries(admin);
        assertThat(open).as("the seeded history has open entries").hasSizeGreaterThan(20);
        assertThat(open).as("open entries without a readiness").allSatisfy(e ->
                assertThat(hasReadiness(e)).as("entry " + e.getJsonNumber("id")).isTrue());
        for (JsonObject row : open) {
            long id = row.getJsonNumber("id").longValue();
            JsonObject detail = admin.get("api/v1/reserve/entries/" + id).json();
            assertThat(history(detail, "READINESS_CHANGED")).as("entry " + id).singleElement()
                    .satisfies(h -> assertThat(h.getString("detail")).startsWith("— → "));
            assertThat(detail.getString("readinessOn")).isEqualTo(LocalDate.now().toString());
        }

        JsonObject idle = runJob(LocalDate.now());
        assertThat(idle.getInt("readinessComputed")).as("nothing due today any more").isZero();
        long tick = Api.serverStatements(base, () -> runJob(LocalDate.now()));
        long call = Api.serverStatements(base, () -> admin.post("api/v1/it/jobs/nothing", null));
        System.out.println("Reserve job, idle tick: " + (tick - call) + " statements");
        assertThat(tick - call).as("an idle tick: entries to expire, offers overdue, readiness due, HR notices due, "
                + "untold events").isLessThanOrEqualTo(5);
    }

    @Test
    @Order(Integer.MAX_VALUE) // runs the job for tomorrow: whatever is due tomorrow is done by then, so last
    void an_entry_whose_evidence_expired_moves_readiness_on_the_next_days_run_once() {
        Api hr = Api.as(base, "hr");
        Api.Reply n = hr.post("api/v1/reserve/entries", Json.createObjectBuilder().add("reserveCode", "MUN-19701000")
                .add("personId", people().get("PER-0020")).add("targetGroupCode", "CHIEF")
                .add("basis", "RESERVE_CONTEST").add("basisDocument", "Протокол № 7").build().toString());
        assertThat(n.status()).as(n.toString()).isEqualTo(201);
        long id = n.json().getJsonObject("entry").getJsonNumber("id").longValue();
        include("MUN-19701000", id, LocalDate.now());
        LocalDate today = LocalDate.now();
        for (String c : CHIEF) { // a manager's rating valid until the end of today
            Api.Reply r = hr.post("api/v1/competency/persons/" + people().get("PER-0020") + "/evidence",
                    Json.createObjectBuilder().add("competencyCode", c).add("level", 3).add("source", "MANAGER")
                            .add("observedOn", today.toString()).add("expiresOn", today.toString())
                            .add("reference", "ReserveLifeIT").build().toString());
            assertThat(r.status()).as(r.toString()).isIn(200, 201);
        }
        assertThat(entry(id).getJsonObject("entry").getString("readiness")).isEqualTo("READY_NOW");
        assertThat(runJob(today).getInt("readinessComputed")).as("computed today already").isZero();

        Api admin = Api.as(base, "admin");
        long before = statements(admin);
        JsonObject tomorrow = runJob(today.plusDays(1));
        long busy = statements(admin) - before;
        int computed = tomorrow.getInt("readinessComputed");
        System.out.println("Reserve job, next day's tick: " + busy + " statements for " + computed + " entries, "
                + tomorrow.getInt("readinessChanged") + " changed");
        assertThat(computed).as("every open entry is due again tomorrow").isGreaterThan(20);
        assertThat(tomorrow.getInt("readinessChanged")).isPositive();
        assertThat(busy).as("a tick over " + computed + " entries: no reads per entry, only its write")
                .isLessThan(40 + 3L * computed);

        JsonObject detail = entry(id);
        assertThat(detail.getJsonObject("entry").getString("readiness")).isEqualTo("NOT_READY");
        assertThat(detail.getString("readinessOn")).isEqualTo(today.plusDays(1).toString());
        List<JsonObject> lines = history(detail, "READINESS_CHANGED");
        assertThat(lines.get(lines.size() - 1).getString("detail")).startsWith("READY_NOW → NOT_READY");
        assertThat(runJob(today.plusDays(1)).getInt("readinessComputed")).as("once: nothing due any more").isZero();
        assertThat(history(entry(id), "READINESS_CHANGED")).hasSameSizeAs(lines);
    }

    private static long statements(Api admin) {
        return admin.get("api/v1/assessment/maintenance/sql-statements").json().getJsonNumber("statements")
                .longValue();
    }
}
