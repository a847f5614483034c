package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.munacademy.shared.entity.Page;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The personnel reserve's core over REST: HR nominates, a commission member includes by protocol and the history
 * shows both; votes that do not add up and a second open entry are refused; HR of Tver neither sees nor changes
 * Vologda's entries, and a Vologda commission member cannot decide for Tver's reserve; an extension beyond the rules is
 * refused; the entries list takes as many statements for one entry as for many; HR withdraws a nomination (not a
 * decided one, not another region's) and the person may be nominated again.
 */
class ReserveIT extends OnPayaraMicro {

    private static final String CITY = "MUN-19701000";
    private static final String TVER = "MUN-28701000";

    private Map<String, Long> people() {
        return Api.personIdsByCode(base);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String nomination(String reserve, long personId, String group, String position) {
        var b = Json.createObjectBuilder().add("reserveCode", reserve).add("personId", personId)
                .add("targetGroupCode", group).add("basis", "RESERVE_CONTEST")
                .add("basisDocument", "Протокол конкурсной комиссии № 7 от 12.11.2026");
        if (position != null) {
            b.add("targetPositionCode", position);
        }
        return b.build().toString();
    }

    /** Nominates as the user and returns the entry's id (201 expected). */
    private long nominate(String user, String reserve, String personCode) {
        Api.Reply r = Api.as(base, user).post("api/v1/reserve/entries",
                nomination(reserve, people().get(personCode), "CHIEF", "P-HEAD-DEPT"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().getJsonObject("entry").getJsonNumber("id").longValue();
    }

    private static String protocol(String number, int present, Object... decisions) {
        JsonArrayBuilder members = Json.createArrayBuilder();
        for (int i = 1; i <= present; i++) {
            members.add("Член комиссии " + i);
        }
        JsonArrayBuilder ds = Json.createArrayBuilder();
        for (int i = 0; i < decisions.length; i += 3) {
            int[] votes = (int[]) decisions[i + 2];
            ds.add(Json.createObjectBuilder().add("entryId", (Long) decisions[i]).add("kind", (String) decisions[i + 1])
                    .add("votesFor", votes[0]).add("votesAgainst", votes[1]).add("votesAbstained", votes[2]));
        }
        return Json.createObjectBuilder().add("number", number).add("heldOn", LocalDate.now().toString())
                .add("membersPresent", members).add("decisions", ds).build().toString();
    }

    private Api.Reply decide(String user, String reserve, String body) {
        return Api.as(base, user).post("api/v1/reserve/reserves/" + reserve + "/protocols", body);
    }

    @Test
    void hr_nominates_a_commission_member_includes_by_protocol_and_the_history_shows_both() {
        long entry = nominate("hr", CITY, "PER-0017");
        Api.Reply p = decide("commission", CITY, protocol("КР-" + unique(), 3, entry, "INCLUDE", new int[] {3, 0, 0}));
        assertThat(p.status()).as(p.toString()).isEqualTo(201);
        Api.Reply read = Api.as(base, "hr").get("api/v1/reserve/entries/" + entry);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        JsonObject row = read.json().getJsonObject("entry");
        assertThat(row.getString("status")).isEqualTo("INCLUDED");
        assertThat(row.getString("validUntil")).isEqualTo(LocalDate.now().plusMonths(36).toString());
        assertThat(row.getString("targetPositionName")).isEqualTo("Начальник управления");
        List<String> kinds = read.json().getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("kind")).toList();
        assertThat(kinds).as("readiness from the nomination on; the inclusion leaves its level")
                .containsExactly("NOMINATED", "READINESS_CHANGED", "INCLUDED");
        assertThat(read.json().getJsonArray("history").getJsonObject(2).getString("actor")).isEqualTo("commission");
        Api.Reply protocols = Api.as(base, "hr").get("api/v1/reserve/reserves/" + CITY + "/protocols");
        assertThat(protocols.status()).isEqualTo(200);
        assertThat(protocols.array().getValuesAs(JsonObject.class).stream()
                .flatMap(o -> o.getJsonArray("decisions").getValuesAs(JsonObject.class).stream())
                .map(d -> d.getJsonNumber("entryId").longValue())).contains(entry);
    }

    @Test
    void votes_that_do_not_add_up_refuse_the_whole_protocol() {
        long first = nominate("hr", CITY, "PER-0018");
        long second = nominate("hr", CITY, "PER-0019");
        Api.Reply tooMany = decide("commission", CITY, protocol("КР-" + unique(), 3,
                first, "INCLUDE", new int[] {3, 0, 0}, second, "INCLUDE", new int[] {3, 1, 0}));
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(400);
        assertThat(tooMany.body()).contains("VOTES");
        Api.Reply noMajority = decide("commission", CITY, protocol("КР-" + unique(), 4,
                first, "INCLUDE", new int[] {2, 2, 0}));
        assertThat(noMajority.status()).as(noMajority.toString()).isEqualTo(400);
        String firstStatus = Api.as(base, "hr").get("api/v1/reserve/entries/" + first).json().getJsonObject("entry")
                .getString("status");
        assertThat(firstStatus).as("all or nothing").isEqualTo("NOMINATED");
    }

    @Test
    void a_person_has_one_open_entry_per_reserve() {
        nominate("hr", CITY, "PER-0020");
        Api.Reply again = Api.as(base, "hr").post("api/v1/reserve/entries",
                nomination(CITY, people().get("PER-0020"), "LEADING", null));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.body()).contains("ALREADY_IN_RESERVE");
        Api.Reply other = Api.as(base, "hr.region").post("api/v1/reserve/entries",
                nomination("REG-35", people().get("PER-0020"), "LEADING", null));
        assertThat(other.status()).as("another reserve: " + other).isEqualTo(201);
    }

    @Test
    void two_nominations_of_one_person_at_once_give_one_entry() throws Exception {
        long person = people().get("PER-0015");
        String body = nomination(CITY, person, "LEADING", null);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var latch = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> replies = new java.util.ArrayList<>();
            for (String user : List.of("hr", "hr.region")) {
                replies.add(pool.submit(() -> {
                    latch.await();
                    return Api.as(base, user).post("api/v1/reserve/entries", body).status();
                }));
            }
            latch.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var f : replies) {
                statuses.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_administrator_seats_a_member_who_then_decides_for_that_reserve() {
        long entry = nominate("hr.tver", TVER, "PER-0045");
        Api admin = Api.as(base, "admin");
        assertThat(decide("admin", TVER, protocol("КР-" + unique(), 1, entry, "INCLUDE", new int[] {1, 0, 0}))
                .status()).as("not seated yet").isEqualTo(403);
        Api.Reply seated = admin.post("api/v1/reserve/reserves/" + TVER + "/commission",
                "{\"username\":\"admin\",\"role\":\"CHAIR\"}");
        assertThat(seated.status()).as(seated.toString()).isEqualTo(200);
        assertThat(seated.json().getBoolean("member")).isTrue();
        assertThat(decide("admin", TVER, protocol("КР-" + unique(), 1, entry, "INCLUDE", new int[] {1, 0, 0}))
                .status()).isEqualTo(201);
        assertThat(Api.as(base, "hr.tver").get("api/v1/reserve/entries/" + entry).json().getJsonObject("entry")
                .getString("status")).isEqualTo("INCLUDED");
    }

    @Test
    void hr_of_tver_neither_sees_nor_changes_vologdas_entries_and_a_member_decides_only_for_own_reserve() {
        long entry = nominate("hr", CITY, "PER-0021");
        Api tver = Api.as(base, "hr.tver");
        assertThat(tver.get("api/v1/reserve/entries/" + entry).status()).isEqualTo(404);
        assertThat(tver.get("api/v1/reserve/reserves/" + CITY).status()).isEqualTo(404);
        List<Long> seen = tver.get("api/v1/reserve/entries?limit=500").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue()).toList();
        assertThat(seen).doesNotContain(entry);
        Api.Reply foreign = tver.post("api/v1/reserve/entries", nomination(TVER, people().get("PER-0021"), "CHIEF",
                null));
        assertThat(foreign.status()).as(foreign.toString()).isIn(403, 404);
        long tverEntry = nominate("hr.tver", TVER, "PER-0046");
        Api.Reply notMember = decide("commission", TVER, protocol("КР-" + unique(), 1,
                tverEntry, "INCLUDE", new int[] {1, 0, 0}));
        assertThat(notMember.status()).as(notMember.toString()).isIn(403, 404);
        Api.Reply hrDecides = decide("hr", CITY, protocol("КР-" + unique(), 1, entry, "INCLUDE", new int[] {1, 0, 0}));
        assertThat(hrDecides.status()).as(hrDecides.toString()).isEqualTo(403);
    }

    @Test
    void an_extension_beyond_the_rules_is_refused() {
        long entry = nominate("hr", CITY, "PER-0022");
        assertThat(decide("commission", CITY, protocol("КР-" + unique(), 1, entry, "INCLUDE", new int[] {1, 0, 0}))
                .status()).isEqualTo(201);
        assertThat(decide("commission", CITY, protocol("КР-" + unique(), 1, entry, "EXTEND", new int[] {1, 0, 0}))
                .status()).isEqualTo(201);
        Api.Reply second = decide("commission", CITY, protocol("КР-" + unique(), 1, entry, "EXTEND",
                new int[] {1, 0, 0}));
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.body()).contains("NO_MORE_EXTENSIONS");
        JsonObject read = Api.as(base, "commission").get("api/v1/reserve/entries/" + entry).json();
        assertThat(read.getInt("extensions")).isEqualTo(1);
        assertThat(read.getJsonObject("entry").getString("validUntil"))
                .isEqualTo(LocalDate.now().plusMonths(48).toString());
    }

    @Test
    void the_entries_list_takes_as_many_statements_for_one_entry_as_for_many() {
        String[] codes = {"PER-0023", "PER-0024", "PER-0025", "PER-0026", "PER-0027"};
        nominate("hr", "REG-35", "PER-0016");
        String one = "api/v1/reserve/entries?reserve=REG-35&group=CHIEF";
        Api hr = Api.as(base, "hr");
        long single = Api.serverStatements(base, () -> assertThat(hr.get(one).status()).isEqualTo(200));
        for (String code : codes) {
            nominate("hr", "NAT-LEADER", code);
        }
        String many = "api/v1/reserve/entries?reserve=NAT-LEADER";
        assertThat(hr.get(many).json().getJsonArray("items")).hasSizeGreaterThanOrEqualTo(codes.length);
        long several = Api.serverStatements(base, () -> assertThat(hr.get(many).status()).isEqualTo(200));
        System.out.printf("Reserve entries SQL statements: %d for one, %d for %d%n", single, several, codes.length);
        assertThat(several).isEqualTo(single);
        assertThat(single).as("a few statements, never one per entry").isLessThanOrEqualTo(10);
    }

    /**
     * The protocol dialog lists a reserve's open entries (nominated or in the reserve) in one read: the rows with the
     * persons' names and targets, the positions' names, the count. Barnaul's seeded reserve holds one open entry; five
     * more nominations change the rows, not the statements. (The dialog used to read each open status apart.)
     */
    @Test
    void the_protocol_dialogs_read_of_open_entries_takes_as_many_statements_for_one_entry_as_for_several() {
        Api admin = Api.as(base, "admin");
        String open = "api/v1/reserve/entries?reserve=MUN-01701000&status=NOMINATED&status=INCLUDED"
                + "&status=IN_DEVELOPMENT&limit=" + Page.MAX_LIMIT;
        List<String> perStatus = List.of("NOMINATED", "INCLUDED", "IN_DEVELOPMENT").stream()
                .map(s -> "api/v1/reserve/entries?reserve=MUN-01701000&status=" + s + "&limit=" + Page.MAX_LIMIT)
                .toList();
        assertThat(admin.get(open).json().getJsonArray("items")).as("Barnaul's one open entry").hasSize(1);
        long one = Api.serverStatements(base, () -> assertThat(admin.get(open).status()).isEqualTo(200));
        long oneApart = Api.serverStatements(base, () -> perStatus.forEach(u -> admin.get(u)));
        for (String code : List.of("PER-0031", "PER-0032", "PER-0033", "PER-0034", "PER-0035")) {
            nominate("admin", "MUN-01701000", code);
        }
        JsonObject listed = admin.get(open).json();
        assertThat(listed.getJsonArray("items")).hasSize(6);
        assertThat(listed.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("status")).filteredOn("NOMINATED"::equals).hasSize(5);
        assertThat(listed.getInt("total")).isEqualTo(6);
        long several = Api.serverStatements(base, () -> assertThat(admin.get(open).status()).isEqualTo(200));
        long severalApart = Api.serverStatements(base, () -> perStatus.forEach(u -> admin.get(u)));
        System.out.printf("Protocol dialog's open entries, SQL statements: %d for one, %d for six "
                + "(read by status apart, as before: %d and %d)%n", one, several, oneApart, severalApart);
        assertThat(several).isEqualTo(one);
        assertThat(one).as("one read instead of one per status").isLessThan(oneApart);
    }

    @Test
    void reserves_in_scope() {
        List<String> hr = codes(Api.as(base, "hr").get("api/v1/reserve/reserves"));
        assertThat(hr).containsExactlyInAnyOrder("NAT-LEADER", "NAT-DEPUTIES", "REG-35", CITY);
        List<String> tver = codes(Api.as(base, "hr.tver").get("api/v1/reserve/reserves"));
        assertThat(tver).containsExactlyInAnyOrder("NAT-LEADER", "NAT-DEPUTIES", "REG-69", TVER);
        List<String> admin = codes(Api.as(base, "admin").get("api/v1/reserve/reserves"));
        assertThat(admin).contains("NAT-LEADER", "NAT-DEPUTIES", "REG-35", CITY, TVER, "REG-76");
        JsonObject city = Api.as(base, "commission").get("api/v1/reserve/reserves/" + CITY).json();
        assertThat(city.getBoolean("member")).isTrue();
        assertThat(city.getJsonArray("commission").getJsonObject(0).getString("username")).isEqualTo("commission");
    }

    @Test
    void the_reserve_view_lists_the_entry_and_its_page_shows_the_history_only_in_scope() {
        long entry = nominate("hr", CITY, "PER-0014");
        assertThat(decide("commission", CITY, protocol("КР-" + unique(), 1, entry, "INCLUDE", new int[] {1, 0, 0}))
                .status()).isEqualTo(201);
        try (Browser browser = new Browser(base, "reserve-view")) {
            browser.signIn("hr", Api.DEMO_PASSWORD);
            browser.waitForText("Здравствуйте");
            browser.open("reserve");
            browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                    By.id("reserve-nominate")));
            // the city's seeded history fills the list: show the city's reserve as it is now
            browser.choose(By.id("reserve-select"), "города Вологды");
            browser.choose(By.id("reserve-status"), "В резерве");
            browser.waitForGridText("Киселева");
            browser.open("reserve/entry/" + entry);
            browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                    org.openqa.selenium.By.id("entry-history")));
            browser.waitForGridText("Включён в резерв");
            browser.waitForText("Начальник управления");
        }
        try (Browser browser = new Browser(base, "reserve-view-tver")) {
            browser.signIn("hr.tver", Api.DEMO_PASSWORD);
            browser.waitForText("Здравствуйте");
            browser.open("reserve/entry/" + entry);
            browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                    org.openqa.selenium.By.id("entry-problem")));
        }
    }

    // ---- withdrawing a nomination ----

    private Api.Reply withdraw(String user, long entry, String reason, Long version) {
        var b = Json.createObjectBuilder();
        if (reason != null) {
            b.add("reason", reason);
        }
        if (version != null) {
            b.add("version", version);
        }
        return Api.as(base, user).post("api/v1/reserve/entries/" + entry + "/withdraw", b.build().toString());
    }

    private JsonObject entryOf(String user, long entry) {
        Api.Reply r = Api.as(base, user).get("api/v1/reserve/entries/" + entry);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** The caller's in-app notices of one reserve template. */
    private List<JsonObject> notices(String user, String template) {
        return Api.as(base, user).accepting("ru").get("api/v1/me/notifications?limit=200").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("template").equals("notice.reserve." + template)).toList();
    }

    @Test
    void hr_withdraws_a_nomination_with_its_reason_the_person_is_told_and_may_be_nominated_again() throws Exception {
        // the HR officer's own person (PER-0002) has an account, so the notice to the person can be read back
        long entry = nominate("hr", CITY, "PER-0002");
        long version = entryOf("hr", entry).getJsonObject("entry").getJsonNumber("version").longValue();
        Api.Reply stale = withdraw("hr", entry, "Ошибка в выдвижении", version + 1);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().getString("code")).isEqualTo("CONCURRENT_MODIFICATION");
        Api.Reply blank = withdraw("hr", entry, "  ", version);
        assertThat(blank.status()).as(blank.toString()).isEqualTo(400);
        assertThat(blank.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .anySatisfy(f -> assertThat(f.getString("field")).isEqualTo("reason"));
        Api.Reply tooLong = withdraw("hr", entry, "я".repeat(2001), version);
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
        assertThat(entryOf("hr", entry).getJsonObject("entry").getString("status")).isEqualTo("NOMINATED");

        String reason = "Сотрудник переведён в другой орган местного самоуправления";
        Api.Reply done = withdraw("hr", entry, reason, version);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().getJsonObject("entry").getString("status")).isEqualTo("WITHDRAWN");
        assertThat(done.json().getString("closedOn")).isEqualTo(LocalDate.now().toString());
        assertThat(done.json().getString("closingComment")).isEqualTo(reason);
        JsonObject read = entryOf("hr", entry);
        List<JsonObject> history = read.getJsonArray("history").getValuesAs(JsonObject.class);
        assertThat(history.get(0).getString("kind")).isEqualTo("NOMINATED");
        assertThat(history).filteredOn(h -> h.getString("kind").equals("WITHDRAWN")).singleElement()
                .satisfies(h -> {
                    assertThat(h.getString("status")).isEqualTo("WITHDRAWN");
                    assertThat(h.getString("actor")).isEqualTo("hr");
                    assertThat(h.getString("detail")).isEqualTo(reason);
                });
        List<Long> withdrawn = Api.as(base, "hr").get("api/v1/reserve/entries?reserve=" + CITY
                + "&status=WITHDRAWN&limit=500").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList();
        assertThat(withdrawn).contains(entry);
        Api.Reply twice = withdraw("hr", entry, reason, null);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.json().getString("code")).isEqualTo("WITHDRAW_NOT_NOMINATED");

        long again = nominate("hr", CITY, "PER-0002");
        assertThat(again).as("a new entry after the withdrawal").isNotEqualTo(entry);
        assertThat(entryOf("hr", again).getJsonObject("entry").getString("status")).isEqualTo("NOMINATED");
        long until = System.currentTimeMillis() + 30_000; // the reserve's job tells the person every 2 s here
        while (notices("hr", "WITHDRAWN").isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(300);
        }
        assertThat(notices("hr", "WITHDRAWN")).singleElement().satisfies(n -> {
            assertThat(n.getString("text")).contains("города Вологды").contains(reason);
            assertThat(n.getString("link")).isEqualTo("reserve/mine");
        });
    }

    @Test
    void only_a_nomination_is_withdrawn_and_only_by_hr_of_the_persons_scope() {
        long entry = nominate("hr", CITY, "PER-0024");
        String reason = "Выдвинут по ошибке";
        Api.Reply tver = withdraw("hr.tver", entry, reason, null);
        assertThat(tver.status()).as("HR of another region does not see the entry: " + tver).isEqualTo(404);
        assertThat(tver.json().getString("code")).isEqualTo("ENTRY_NOT_FOUND");
        assertThat(tver.body()).doesNotContain("PER-0024").doesNotContain("NOMINATED");
        // out of scope answers like an id that does not exist (nothing leaks), and the attempt is audited
        JsonObject denied = Api.as(base, "admin").get("api/v1/audit?action=RESERVE_CHANGED&outcome=DENIED&targetId="
                + entry).json();
        assertThat(denied.getJsonArray("items").getValuesAs(JsonObject.class)).anySatisfy(a -> {
            assertThat(a.getString("actor")).isEqualTo("hr.tver");
            assertThat(a.getString("targetType")).isEqualTo("reserve-entry");
        });
        assertThat(withdraw("commission", entry, reason, null).status()).as("the commission decides, HR withdraws")
                .isEqualTo(403);
        assertThat(withdraw("employee", entry, reason, null).status()).isEqualTo(403);
        assertThat(withdraw("hr", 999_999, reason, null).status()).isEqualTo(404);
        assertThat(entryOf("hr", entry).getJsonObject("entry").getString("status")).isEqualTo("NOMINATED");

        assertThat(decide("commission", CITY, protocol("КР-" + unique(), 1, entry, "INCLUDE", new int[] {1, 0, 0}))
                .status()).isEqualTo(201);
        Api.Reply decided = withdraw("hr", entry, reason, null);
        assertThat(decided.status()).as(decided.toString()).isEqualTo(409);
        assertThat(decided.json().getString("code")).isEqualTo("WITHDRAW_NOT_NOMINATED");
        assertThat(decided.json().getString("detail")).contains("INCLUDED");
        JsonObject read = entryOf("hr", entry);
        assertThat(read.getJsonObject("entry").getString("status")).isEqualTo("INCLUDED");
        assertThat(read.getJsonArray("history").getValuesAs(JsonObject.class))
                .noneSatisfy(h -> assertThat(h.getString("kind")).isEqualTo("WITHDRAWN"));
    }

    @Test
    void hr_withdraws_a_nomination_on_the_entry_page_after_confirming_with_the_reason() {
        long entry = nominate("hr", CITY, "PER-0016");
        try (Browser browser = new Browser(base, "reserve-withdraw")) {
            browser.signIn("hr", Api.DEMO_PASSWORD);
            browser.waitForText("Здравствуйте");
            browser.open("reserve/entry/" + entry);
            browser.click(By.id("entry-withdraw"));
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("withdraw-dialog")));
            browser.waitForText("Отозвать выдвижение?");
            browser.click(By.id("withdraw-confirm"));
            browser.waitForText("Укажите причину отзыва выдвижения");
            browser.typeArea(By.id("withdraw-reason"), "Сотрудник отказался от участия");
            browser.click(By.id("withdraw-confirm"));
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry-status"),
                    "Выдвижение отозвано"));
            browser.waitForGridText("Сотрудник отказался от участия");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry-withdrawal-reason"),
                    "Сотрудник отказался от участия"));
            browser.wait.until(d -> d.findElements(By.id("entry-withdraw")).isEmpty());
            browser.screenshot("withdrawn");
        }
        JsonObject read = entryOf("hr", entry);
        assertThat(read.getJsonObject("entry").getString("status")).isEqualTo("WITHDRAWN");
        assertThat(read.getString("closingComment")).isEqualTo("Сотрудник отказался от участия");
    }

    // ---- the acceptance journey of the personnel reserve ----

    /**
     * Issue 11's acceptance journey, in a real browser. HR of Vologda nominates the demo employee (Главный специалист)
     * to the city's reserve for «Начальник отдела»; the commission member includes her by a protocol; the entry page
     * shows her readiness with the reasons per competency; HR generates the development plan from her gaps, and a
     * course in it — a programme developing those gaps (set up here by the methodologist) — she completes herself,
     * which raises her readiness (the evidence of the course, recomputed after it commits) and marks the plan item
     * done;
     * HR records her appointment from the reserve with her consent; the entry closes as a career lift and the
     * analytics count one more lift and one more appointment from the reserve.
     */
    @Test
    void the_demo_employee_is_nominated_included_develops_by_plan_and_is_appointed_as_a_career_lift() {
        Api hr = Api.as(base, "hr");
        Api employee = Api.as(base, "employee");
        JsonObject analyticsBefore = hr.get("api/v1/reserve/analytics").json().getJsonObject("figures");

        // HR nominates her in the browser
        long entryId;
        try (Browser browser = new Browser(base, "reserve-journey-hr")) {
            browser.signIn("hr", Api.DEMO_PASSWORD);
            browser.waitForText("Здравствуйте");
            browser.open("reserve");
            browser.click(By.id("reserve-nominate"));
            // the regional reserve: she is in her city's already (seeded)
            browser.choose(By.id("nominate-reserve"), "Вологодской области");
            browser.choose(By.id("nominate-person"), "Смирнова");
            browser.choose(By.id("nominate-group"), "Главные");
            browser.choose(By.id("nominate-position"), "Начальник отдела");
            browser.choose(By.id("nominate-basis"), "Конкурс на включение");
            browser.type(By.id("nominate-document"), "Протокол конкурсной комиссии № 3 от 20.11.2026");
            browser.click(By.id("nominate-save"));
            browser.choose(By.id("reserve-status"), "Выдвинут");
            browser.waitForGridText("Смирнова Анна Викторовна");
            browser.screenshot("nominated");
            entryId = mine(employee).getJsonNumber("id").longValue();
        }
        assertThat(mine(employee).getString("status")).isEqualTo("NOMINATED");

        // the commission member includes her by a protocol
        try (Browser browser = new Browser(base, "reserve-journey-commission")) {
            browser.signIn("commission", Api.DEMO_PASSWORD);
            browser.waitForText("Здравствуйте");
            browser.open("reserve");
            browser.choose(By.id("reserve-select"), "Вологодской области");
            browser.click(By.id("reserve-protocol"));
            browser.type(By.id("protocol-number"), "КР-" + unique());
            browser.typeArea(By.id("protocol-members"), "Белова О. Н.\nКузнецов П. А.\nОрлова Е. С.");
            browser.choose(By.id("protocol-kind-" + entryId), "Включить");
            browser.type(By.id("protocol-for-" + entryId), "3");
            browser.type(By.id("protocol-against-" + entryId), "0");
            browser.type(By.id("protocol-abstained-" + entryId), "0");
            browser.click(By.id("protocol-save"));
            browser.wait.until(d -> "INCLUDED".equals(mine(employee).getString("status")));
            browser.screenshot("included");
        }

        // her readiness against «Начальник отдела», with the reasons; a programme that develops her gaps
        JsonObject readiness = hr.get("api/v1/reserve/entries/" + entryId + "/readiness").json();
        double fitBefore = readiness.getJsonNumber("fit").doubleValue();
        Map<String, Integer> gaps = new java.util.TreeMap<>();
        readiness.getJsonArray("reasons").getValuesAs(JsonObject.class).stream().filter(r -> r.getInt("gap") > 0)
                .forEach(r -> gaps.put(r.getString("competencyCode"), r.getInt("targetLevel")));
        assertThat(gaps).as("she has gaps against the target profile: " + readiness).isNotEmpty();
        String programme = LearningFixtures.programme(base, "RJ-" + unique(), gaps);
        String cohort = LearningFixtures.cohort(base, "RJ-" + unique(), programme);

        try (Browser browser = new Browser(base, "reserve-journey-plan")) {
            browser.signIn("hr", Api.DEMO_PASSWORD);
            browser.waitForText("Здравствуйте");
            browser.open("reserve/entry/" + entryId);
            browser.wait.until(d -> d.findElement(By.id("readiness-level")).getText().length() > 0);
            String firstGap = gaps.keySet().iterator().next();
            browser.wait.until(d -> browser.gridText(By.id("readiness-reasons")).contains(firstGap));
            browser.screenshot("readiness");
            browser.click(By.id("plan-generate"));
            browser.wait.until(d -> d.findElement(By.id("plan-panel")).getText().contains(programme));
            browser.screenshot("plan");
        }
        assertThat(mine(employee).getString("status")).isEqualTo("IN_DEVELOPMENT");

        // she completes the course in the plan herself
        try (Browser browser = new Browser(base, "reserve-journey-course")) {
            browser.signIn("employee", Api.DEMO_PASSWORD);
            browser.waitForText("Здравствуйте");
            browser.open("learning/programmes/" + programme);
            browser.click(By.id("cohort-enrol-" + cohort));
            browser.wait.until(d -> !d.findElements(By.id("cohort-status-" + cohort)).isEmpty()
                    && d.findElement(By.id("cohort-status-" + cohort)).getText().contains("Зачислен"));
            browser.click(By.cssSelector("#programme-outline a"));
            browser.click(By.id("lesson-mark-done"));
            browser.wait.until(d -> !d.findElements(By.id("lesson-done")).isEmpty());
            // readiness is recomputed after the course's evidence commits
            browser.wait.until(d -> hr.get("api/v1/reserve/entries/" + entryId + "/readiness").json()
                    .getJsonNumber("fit").doubleValue() > fitBefore);
            browser.open("reserve/mine");
            browser.wait.until(d -> d.findElement(By.id("my-reserve-entry-" + entryId)).getText()
                    .contains("Начальник отдела"));
            browser.wait.until(d -> d.findElement(By.id("my-reserve-plan-" + entryId)).getText().contains(programme));
            browser.screenshot("my-reserve");
        }
        JsonObject plan = hr.get("api/v1/reserve/entries/" + entryId + "/plan").json();
        assertThat(plan.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(i -> {
                    assertThat(i.getString("refCode", "")).isEqualTo(programme);
                    assertThat(i.getString("status")).isEqualTo("DONE");
                });
        List<String> kinds = hr.get("api/v1/reserve/entries/" + entryId).json().getJsonArray("history")
                .getValuesAs(JsonObject.class).stream().map(h -> h.getString("kind")).toList();
        // readiness is first computed at the nomination, and the completed course moved it again
        assertThat(kinds).startsWith("NOMINATED", "READINESS_CHANGED", "INCLUDED")
                .contains("PLAN_CREATED", "PLAN_ITEM_DONE");
        assertThat(kinds.stream().filter("READINESS_CHANGED"::equals).count()).isEqualTo(2);

        // HR records the appointment from the reserve with her consent: a career lift
        try (Browser browser = new Browser(base, "reserve-journey-appointment")) {
            browser.signIn("hr", Api.DEMO_PASSWORD);
            browser.waitForText("Здравствуйте");
            browser.open("reserve/entry/" + entryId);
            browser.click(By.id("appoint-open"));
            browser.type(By.id("appoint-position"), "P-HEAD-DIV");
            browser.type(By.id("appoint-order"), "Распоряжение № 245-к");
            browser.check(By.id("appoint-consent"));
            browser.click(By.id("appoint-save"));
            // the panel reloads the page once the appointment is recorded
            browser.wait.until(d -> "APPOINTED".equals(mine(employee).getString("status")));
            browser.open("reserve/entry/" + entryId);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entry-status"), "Назначен"));
            browser.screenshot("appointed");
            browser.open("reserve/analytics");
            browser.wait.until(d -> !d.findElements(By.id("analytics-figures")).isEmpty());
            browser.screenshot("analytics");
        }
        assertThat(mine(employee).getString("status")).isEqualTo("APPOINTED");
        JsonObject after = hr.get("api/v1/reserve/analytics").json().getJsonObject("figures");
        assertThat(after.getJsonNumber("lifted").longValue())
                .isEqualTo(analyticsBefore.getJsonNumber("lifted").longValue() + 1);
        assertThat(after.getJsonNumber("appointmentsFromReserve").longValue())
                .isEqualTo(analyticsBefore.getJsonNumber("appointmentsFromReserve").longValue() + 1);
    }

    /** The demo employee's one entry in the regional reserve, from «Мой резерв» (her city's is seeded). */
    private static JsonObject mine(Api employee) {
        List<JsonObject> mine = employee.get("api/v1/reserve/entries/mine").array().getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("reserveCode").equals("REG-35")).toList();
        assertThat(mine).hasSize(1);
        return mine.get(0);
    }

    private static List<String> codes(Api.Reply r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.array().getValuesAs(JsonObject.class).stream().map(o -> o.getString("code")).toList();
    }
}
