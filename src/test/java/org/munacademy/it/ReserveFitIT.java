package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Readiness and vacancy shortlists over REST: an included entry has a readiness from the start (computed against
 * its target profile), new evidence moves it and the history shows the change; the reasons name every required
 * competency with the evidence behind it; the shortlist ranks the reserve (and with everyone=true every employee)
 * within the caller's scope, refuses places outside it and bad input with 4xx, exports XLSX, and takes as many SQL
 * statements for many candidates as for few.
 */
class ReserveFitIT extends OnPayaraMicro {

    private static final String CITY = "MUN-19701000";
    /** The competencies the CHIEF group requires (content/competency/profiles.csv), all with target 3. */
    private static final List<String> CHIEF = List.of("STR-02", "STR-04", "BUD-01", "BUD-02", "HRP-02", "LAW-01",
            "LAW-02", "DIG-02", "DIG-03", "PRJ-01", "PRJ-02", "CIT-01", "PRC-03", "LDR-01", "LDR-02", "LDR-03");

    private Map<String, Long> people() {
        return Api.personIdsByCode(base);
    }

    /** Nominates the person into the city reserve for CHIEF (as hr) and includes them (as commission). */
    private long included(String personCode) {
        return included("hr", CITY, personCode);
    }

    /** Nominates the person into the reserve for CHIEF (as the HR user) and includes them (as commission). */
    private long included(String hrUser, String reserve, String personCode) {
        String nomination = Json.createObjectBuilder().add("reserveCode", reserve)
                .add("personId", people().get(personCode)).add("targetGroupCode", "CHIEF")
                .add("basis", "RESERVE_CONTEST").add("basisDocument", "Протокол № 7 от 12.11.2026").build().toString();
        Api.Reply n = Api.as(base, hrUser).post("api/v1/reserve/entries", nomination);
        assertThat(n.status()).as(n.toString()).isEqualTo(201);
        long entry = n.json().getJsonObject("entry").getJsonNumber("id").longValue();
        String number = "КР-" + UUID.randomUUID().toString().substring(0, 8);
        String protocol = Json.createObjectBuilder().add("number", number)
                .add("heldOn", LocalDate.now().toString())
                .add("membersPresent", Json.createArrayBuilder().add("Белова"))
                .add("decisions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("entryId", entry)
                        .add("kind", "INCLUDE").add("votesFor", 1).add("votesAgainst", 0).add("votesAbstained", 0)))
                .build().toString();
        Api.Reply p = Api.as(base, "commission").post("api/v1/reserve/reserves/" + reserve + "/protocols", protocol);
        assertThat(p.status()).as(p.toString()).isEqualTo(201);
        return entry;
    }

    private void rate(String personCode, String competency, int level) {
        String body = "{\"competencyCode\":\"" + competency + "\",\"level\":" + level + ",\"source\":\"MANAGER\","
                + "\"observedOn\":\"" + LocalDate.now() + "\",\"reference\":\"ReserveFitIT\"}";
        Api.Reply r = Api.as(base, "hr").post("api/v1/competency/persons/" + people().get(personCode) + "/evidence",
                body);
        assertThat(r.status()).as(r.toString()).isIn(200, 201);
    }

    private JsonObject entry(long id) {
        Api.Reply r = Api.as(base, "hr").get("api/v1/reserve/entries/" + id);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static List<String> readinessLines(JsonObject detail) {
        return detail.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("READINESS_CHANGED"))
                .map(e -> e.getString("detail", "")).toList();
    }

    @Test
    void an_included_entry_has_a_readiness_and_new_evidence_moves_it_with_a_line_in_the_history() {
        long entry = included("PER-0020");
        JsonObject detail = entry(entry);
        assertThat(detail.getJsonObject("entry").getString("readiness")).isEqualTo("NOT_READY");
        assertThat(readinessLines(detail)).hasSize(1).allMatch(l -> l.startsWith("— → NOT_READY"));

        Api.Reply r = Api.as(base, "hr").get("api/v1/reserve/entries/" + entry + "/readiness");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonObject report = r.json();
        assertThat(report.getString("level")).isEqualTo("NOT_READY");
        assertThat(report.getInt("belowMin")).isEqualTo(CHIEF.size());
        JsonArray reasons = report.getJsonArray("reasons");
        assertThat(reasons.getValuesAs(JsonObject.class)).extracting(o -> o.getString("competencyCode"))
                .containsExactlyInAnyOrderElementsOf(CHIEF);
        assertThat(reasons.getValuesAs(JsonObject.class)).allMatch(o -> o.getString("evidence").equals("NONE")
                && o.getString("status").equals("UNKNOWN") && o.getBoolean("belowMin"));
        assertThat(report.getJsonObject("thresholds").getJsonNumber("readyNowFit").doubleValue()).isEqualTo(0.9);

        for (String c : CHIEF) {
            rate("PER-0020", c, 3);
        }
        JsonObject after = entry(entry);
        assertThat(after.getJsonObject("entry").getString("readiness")).isEqualTo("READY_NOW");
        List<String> lines = readinessLines(after);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines.get(lines.size() - 1)).contains("→ READY_NOW");
        JsonObject now = Api.as(base, "hr").get("api/v1/reserve/entries/" + entry + "/readiness").json();
        assertThat(now.getString("level")).isEqualTo("READY_NOW");
        assertThat(now.getJsonNumber("fit").doubleValue()).isEqualTo(1.0);
        assertThat(now.getJsonArray("reasons").getValuesAs(JsonObject.class)).allMatch(o ->
                o.getInt("level") == 3 && o.getString("evidence").equals("CURRENT") && o.getInt("ageDays") == 0
                        && o.getString("asOf").equals(LocalDate.now().toString()) && o.getInt("pieces") == 1);
    }

    @Test
    void readiness_is_read_in_scope_and_by_the_person_but_by_nobody_else() {
        // the demo employee's seeded entry in her city's reserve
        long entry = ReserveFixtures.demoEmployeeInCity(base).get(0).getJsonNumber("id").longValue();
        assertThat(Api.as(base, "employee").get("api/v1/reserve/entries/" + entry + "/readiness").status())
                .as("the person themselves").isEqualTo(200);
        assertThat(Api.as(base, "commission").get("api/v1/reserve/entries/" + entry + "/readiness").status())
                .isEqualTo(200);
        assertThat(Api.as(base, "hr.tver").get("api/v1/reserve/entries/" + entry + "/readiness").status())
                .as("another region's HR").isEqualTo(404);
        assertThat(Api.as(base, "methodologist").get("api/v1/reserve/entries/" + entry + "/readiness").status())
                .isEqualTo(403);
    }

    private static List<Long> personIds(JsonObject shortlist) {
        return shortlist.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("personId").longValue()).toList();
    }

    @Test
    void the_shortlist_ranks_the_reserve_by_fit_and_with_everyone_every_employee_in_scope() {
        long weak = included("PER-0022");
        long strong = included("PER-0024");
        for (String c : CHIEF.subList(0, 8)) {
            rate("PER-0024", c, 3);
        }
        long city = Api.municipalityId(base, "19701000");
        Api.Reply r = Api.as(base, "hr").get("api/v1/reserve/shortlists?group=CHIEF&municipality=" + city);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonObject s = r.json();
        List<Long> ids = personIds(s);
        long per22 = people().get("PER-0022");
        long per24 = people().get("PER-0024");
        assertThat(ids).contains(per22, per24);
        assertThat(ids.indexOf(per24)).as("more of the profile attained ranks first").isLessThan(ids.indexOf(per22));
        List<JsonObject> rows = s.getJsonArray("rows").getValuesAs(JsonObject.class);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).getInt("rank")).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(rows.get(i).getJsonNumber("fit").doubleValue())
                        .isLessThanOrEqualTo(rows.get(i - 1).getJsonNumber("fit").doubleValue());
            }
        }
        JsonObject row24 = rows.get(ids.indexOf(per24));
        assertThat(row24.getJsonNumber("entryId").longValue()).isEqualTo(strong);
        assertThat(row24.getString("reserveCode")).isEqualTo(CITY);
        assertThat(row24.getInt("planPercent")).isZero();
        assertThat(row24.getJsonArray("reasons")).hasSize(CHIEF.size());
        assertThat(rows.get(ids.indexOf(per22)).getJsonNumber("entryId").longValue()).isEqualTo(weak);
        assertThat(s.getBoolean("everyone")).isFalse();
        assertThat(rows).allMatch(o -> o.get("entryId") != null && o.get("entryId") != JsonValue.NULL);

        JsonObject all = Api.as(base, "hr").get("api/v1/reserve/shortlists?group=CHIEF&everyone=true&limit=500"
                + "&municipality=" + city).json();
        assertThat(all.getInt("candidates")).isGreaterThan(s.getInt("candidates"));
        assertThat(personIds(all)).contains(per22, per24, people().get("PER-0002"));

        JsonObject tver = Api.as(base, "hr.tver").get("api/v1/reserve/shortlists?group=CHIEF&everyone=true&limit=500")
                .json();
        assertThat(personIds(tver)).as("Tver's HR sees no Vologda person").doesNotContain(per22, per24);
    }

    @Test
    void a_shortlist_outside_the_scope_or_with_bad_input_is_refused_with_4xx() {
        long city = Api.municipalityId(base, "19701000");
        long tver = Api.municipalityId(base, "28701000");
        Api hr = Api.as(base, "hr");
        assertThat(Api.as(base, "hr.tver").get("api/v1/reserve/shortlists?group=CHIEF&municipality=" + city)
                .status()).isEqualTo(403);
        assertThat(hr.get("api/v1/reserve/shortlists?group=CHIEF&municipality=" + tver).status()).isEqualTo(403);
        assertThat(hr.get("api/v1/reserve/shortlists?group=CHIEF&municipality=" + city + "&region=1").status())
                .isEqualTo(400);
        assertThat(hr.get("api/v1/reserve/shortlists").status()).isEqualTo(400);
        assertThat(hr.get("api/v1/reserve/shortlists?group=NO-SUCH").status()).isEqualTo(404);
        assertThat(hr.get("api/v1/reserve/shortlists?group=CHIEF&limit=0").status()).isEqualTo(400);
        assertThat(hr.get("api/v1/reserve/shortlists?group=CHIEF&position=P-CONSULTANT").status()).isEqualTo(400);
        Api.Reply ok = hr.get("api/v1/reserve/shortlists?position=P-HEAD-DIV");
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().getString("groupCode")).isEqualTo("CHIEF");
        assertThat(Api.as(base, "employee").get("api/v1/reserve/shortlists?group=CHIEF").status()).isEqualTo(403);
    }

    @Test
    void the_shortlist_exports_as_xlsx() {
        included("PER-0027");
        Api.Reply r = Api.as(base, "hr").send("GET", "api/v1/reserve/shortlists.xlsx?group=CHIEF&everyone=true",
                null, "*/*");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.contentType()).contains("spreadsheetml");
        assertThat(r.body()).startsWith("PK");
    }

    @Test
    void a_shortlist_takes_as_many_statements_for_many_candidates_as_for_few() {
        included("PER-0016");
        included("hr.region", "REG-35", "PER-0030");
        Api region = Api.as(base, "hr.region");
        String many = "api/v1/reserve/shortlists?group=CHIEF&everyone=true&municipality="
                + Api.municipalityId(base, "19701000");
        String few = "api/v1/reserve/shortlists?group=CHIEF&everyone=true&municipality="
                + Api.municipalityId(base, "19730000");
        int fewCandidates = region.get(few).json().getInt("candidates");
        int manyCandidates = region.get(many).json().getInt("candidates");
        assertThat(manyCandidates).isGreaterThan(fewCandidates);
        long small = Api.serverStatements(base, () -> assertThat(region.get(few).status()).isEqualTo(200));
        long large = Api.serverStatements(base, () -> assertThat(region.get(many).status()).isEqualTo(200));
        System.out.printf("Shortlist SQL statements: %d for %d candidates, %d for %d%n", small, fewCandidates, large,
                manyCandidates);
        assertThat(large).isEqualTo(small);
        assertThat(small).as("a few statements, never one per candidate").isLessThanOrEqualTo(20);
        JsonObject wholeRegion = region.get("api/v1/reserve/shortlists?group=CHIEF&everyone=true&region="
                + regionOf(Api.municipalityId(base, "19701000"))).json();
        assertThat(wholeRegion.getInt("candidates")).isGreaterThanOrEqualTo(manyCandidates + fewCandidates);
    }

    private long regionOf(long municipalityId) {
        return Api.as(base, "admin").get("api/v1/municipalities/" + municipalityId).json().getJsonNumber("regionId")
                .longValue();
    }
}
