package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Reserve data the reserve's tests build on. */
final class ReserveFixtures {

    /** The reserve the demo employee (PER-0001) is seeded in: her city's, in development with a plan. */
    static final String DEMO_EMPLOYEE_RESERVE = "MUN-19701000";

    private ReserveFixtures() {
    }

    /** The demo employee's open entries in her city's reserve, as HR of the city lists them (the seeded one). */
    static List<JsonObject> demoEmployeeInCity(URI base) {
        long person = Api.personIdsByCode(base).get("PER-0001");
        Api.Reply r = Api.as(base, "hr").get("api/v1/reserve/entries?reserve=" + DEMO_EMPLOYEE_RESERVE
                + "&status=NOMINATED&status=INCLUDED&status=IN_DEVELOPMENT&limit=500");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("personId").longValue() == person).toList();
    }

    /**
     * Frees the demo employee for a nomination into her city's reserve: the commission excludes her seeded entry at
     * her own request (nothing when she has no open entry there). One open entry per person and reserve.
     */
    static void releaseDemoEmployeeFromCity(URI base) {
        for (JsonObject e : demoEmployeeInCity(base)) {
            String protocol = Json.createObjectBuilder().add("number", "КР-" + UUID.randomUUID().toString()
                            .substring(0, 8)).add("heldOn", LocalDate.now().toString())
                    .add("membersPresent", Json.createArrayBuilder().add("Белова О. Н."))
                    .add("decisions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("entryId", e.getJsonNumber("id").longValue()).add("kind", "EXCLUDE")
                            .add("ground", "OWN_REQUEST").add("comment", "Заявление об исключении из резерва")
                            .add("votesFor", 1).add("votesAgainst", 0).add("votesAbstained", 0)))
                    .build().toString();
            Api.Reply p = Api.as(base, "commission").post("api/v1/reserve/reserves/" + DEMO_EMPLOYEE_RESERVE
                    + "/protocols", protocol);
            assertThat(p.status()).as(p.toString()).isEqualTo(201);
        }
        assertThat(demoEmployeeInCity(base)).isEmpty();
    }
}
