package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The reserve's life over REST, with its job running every 2 s: an entry whose term ended expires once (one EXPIRED
 * line of history however often the job runs) and the person is told once about the inclusion and once about the
 * expiry; HR of the entry's place (city and region, not Tver) gets the 60-day notice once; «Мой резерв» lists the
 * caller's own entries with their history (nobody else's) in a fixed number of statements; the home tiles count
 * HR's nominations waiting and entries ending soon in scope, and a commission member's queue per commission.
 */
class ReserveLifeIT extends OnPayaraMicro {

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
}
