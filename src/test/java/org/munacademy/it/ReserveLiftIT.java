package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Career lifts over REST on the seeded reserves: an offer accepted and the appointment from the reserve closing the
 * entry as APPOINTED, with the analytics moving (size, lifts, the share of the quarter); an appointment without an
 * entry counting in the denominator only; refusals counted up to the reserve's limit (flagged, never excluded);
 * hr.tver seeing and changing nothing of Vologda's; analytics and the appointments list in a constant number of
 * statements; silence past an offer's due date counted as a refusal by the reserve's job and a late consent refused
 * (last: it moves the server's clock on).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReserveLiftIT extends OnPayaraMicro {

    private static final String CITY = "MUN-19701000";

    private Map<String, Long> persons() {
        return Api.personIdsByCode(base);
    }

    /** An entry of the person in Vologda city's reserve, nominated by hr and included today by the commission. */
    private long includedEntry(long personId) {
        Api.Reply n = Api.as(base, "hr").post("api/v1/reserve/entries", "{\"reserveCode\":\"" + CITY + "\","
                + "\"personId\":" + personId + ",\"targetGroupCode\":\"CHIEF\",\"targetPositionCode\":\"P-HEAD-DIV\","
                + "\"basis\":\"RESERVE_CONTEST\",\"basisDocument\":\"Протокол № 7 от 12.11.2026\"}");
        assertThat(n.status()).as(n.toString()).isEqualTo(201);
        long entryId = n.json().getJsonObject("entry").getJsonNumber("id").longValue();
        Api.Reply p = Api.as(base, "commission").post("api/v1/reserve/reserves/" + CITY + "/protocols",
                "{\"number\":\"КР-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"heldOn\":\""
                        + LocalDate.now() + "\",\"membersPresent\":[\"Белова О. Н.\"],\"decisions\":[{\"entryId\":"
                        + entryId + ",\"kind\":\"INCLUDE\",\"votesFor\":1,\"votesAgainst\":0,\"votesAbstained\":0}]}");
        assertThat(p.status()).as(p.toString()).isEqualTo(201);
        return entryId;
    }

    private Api.Reply offer(Api as, long entryId, String position) {
        return as.post("api/v1/reserve/offers", "{\"entryId\":" + entryId + ",\"positionCode\":\"" + position + "\"}");
    }

    private JsonObject analytics(Api as, String query) {
        Api.Reply r = as.get("api/v1/reserve/analytics" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonObject("figures");
    }

    private static JsonObject thisQuarter(JsonObject figures) {
        List<JsonObject> quarters = figures.getJsonArray("quarters").getValuesAs(JsonObject.class);
        return quarters.get(quarters.size() - 1);
    }

    private static long n(JsonObject o, String field) {
        return o.getJsonNumber(field).longValue();
    }

    private String entryStatus(long entryId) {
        Api.Reply r = Api.as(base, "hr").get("api/v1/reserve/entries/" + entryId);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonObject("entry").getString("status");
    }

    private String appointment(long personId, String position, Long entryId, boolean consent) {
        return "{\"personId\":" + personId + ",\"positionCode\":\"" + position + "\",\"municipalityId\":"
                + Api.municipalityId(base, "19701000") + ",\"appointedOn\":\"" + LocalDate.now()
                + "\",\"orderNumber\":\"123-к\"" + (entryId == null ? "" : ",\"entryId\":" + entryId)
                + ",\"consent\":" + consent + "}";
    }

    @Test
    void an_accepted_offer_and_the_appointment_close_the_entry_as_a_career_lift_and_the_analytics_move() {
        Api hr = Api.as(base, "hr");
        Api employee = Api.as(base, "employee");
        long per1 = persons().get("PER-0001");
        ReserveFixtures.releaseDemoEmployeeFromCity(base);
        JsonObject before = analytics(hr, "");
        long entryId = includedEntry(per1);
        JsonObject included = analytics(hr, "");
        assertThat(n(included, "size")).isEqualTo(n(before, "size") + 1);

        Api.Reply offered = offer(hr, entryId, "P-HEAD-DEPT");
        assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
        long offerId = n(offered.json(), "id");
        assertThat(offered.json().getString("answer")).isEqualTo("PENDING");
        assertThat(offer(hr, entryId, "P-HEAD-DEPT").status()).as("one offer waits at a time").isEqualTo(409);
        assertThat(Api.as(base, "methodologist").post("api/v1/reserve/offers/" + offerId + "/answer",
                "{\"answer\":\"ACCEPTED\"}").status()).as("only the person answers").isEqualTo(404);
        List<JsonObject> mine = employee.get("api/v1/reserve/offers").array().getValuesAs(JsonObject.class);
        assertThat(mine).extracting(o -> n(o, "id")).contains(offerId);

        Api.Reply noConsent = hr.post("api/v1/reserve/appointments", appointment(per1, "P-HEAD-DEPT", entryId, false));
        assertThat(noConsent.status()).as("no consent yet: " + noConsent).isEqualTo(409);
        assertThat(noConsent.json().getString("code")).isEqualTo("CONSENT_REQUIRED");

        Api.Reply accepted = employee.post("api/v1/reserve/offers/" + offerId + "/answer",
                "{\"answer\":\"ACCEPTED\"}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().getString("answer")).isEqualTo("ACCEPTED");
        assertThat(employee.post("api/v1/reserve/offers/" + offerId + "/answer", "{\"answer\":\"REFUSED\","
                + "\"comment\":\"передумала\"}").status()).as("answered once").isEqualTo(409);

        Api.Reply other = hr.post("api/v1/reserve/appointments", appointment(per1, "P-DEP-HEAD", entryId, false));
        assertThat(other.status()).as("consent was for another position: " + other).isEqualTo(409);
        Api.Reply appointed = hr.post("api/v1/reserve/appointments", appointment(per1, "P-HEAD-DEPT", entryId,
                false));
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        assertThat(appointed.json().getBoolean("fromReserve")).isTrue();
        assertThat(appointed.json().getString("fromPosition")).isEqualTo("Главный специалист");
        assertThat(entryStatus(entryId)).isEqualTo("APPOINTED");
        JsonObject card = hr.get("api/v1/persons/" + per1).json();
        assertThat(card.getString("positionName")).isEqualTo("Начальник управления");

        JsonObject after = analytics(hr, "");
        assertThat(n(after, "size")).as("appointed today: no longer in the reserve").isEqualTo(n(before, "size"));
        assertThat(n(after, "lifted")).isEqualTo(n(before, "lifted") + 1);
        assertThat(n(after, "appointments")).isEqualTo(n(before, "appointments") + 1);
        assertThat(n(thisQuarter(after), "fromReserve")).isEqualTo(n(thisQuarter(before), "fromReserve") + 1);
        assertThat(n(thisQuarter(after), "all")).isEqualTo(n(thisQuarter(before), "all") + 1);
        assertThat(after.getJsonNumber("medianDaysToAppointment").doubleValue()).isNotNegative();
        assertThat(hr.post("api/v1/reserve/appointments", appointment(per1, "P-HEAD-DEPT", entryId, true)).status())
                .as("a closed entry is not appointed twice").isEqualTo(409);

        Api.Reply xlsx = hr.getAny("api/v1/reserve/analytics.xlsx");
        assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
        assertThat(xlsx.contentType()).contains("spreadsheetml");
    }

    @Test
    void an_appointment_without_an_entry_counts_in_the_denominator_only() {
        Api hr = Api.as(base, "hr");
        JsonObject before = thisQuarter(analytics(hr, ""));
        Api.Reply r = hr.post("api/v1/reserve/appointments", appointment(persons().get("PER-0007"), "P-DEP-HEAD",
                null, false));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().getBoolean("fromReserve")).isFalse();
        JsonObject after = thisQuarter(analytics(hr, ""));
        assertThat(n(after, "all")).isEqualTo(n(before, "all") + 1);
        assertThat(n(after, "fromReserve")).isEqualTo(n(before, "fromReserve"));
        List<JsonObject> listed = hr.get("api/v1/reserve/appointments").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(listed).anySatisfy(a -> {
            assertThat(n(a, "id")).isEqualTo(n(r.json(), "id"));
            assertThat(a.getString("personName")).startsWith("Новикова");
            assertThat(a.getString("toPosition")).isEqualTo("Заместитель главы администрации");
        });
        Api.Reply bad = hr.post("api/v1/reserve/appointments", appointment(persons().get("PER-0007"), "NO-SUCH",
                null, false));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.json().getString("code")).isEqualTo("POSITION_NOT_FOUND");
    }

    @Test
    void refusals_need_a_reason_count_up_to_the_limit_and_flag_the_entry_without_excluding_it() {
        Api hr = Api.as(base, "hr");
        Api person = Api.as(base, "methodologist");
        long entryId = includedEntry(persons().get("PER-0005"));
        for (int i = 1; i <= 2; i++) {
            Api.Reply offered = offer(hr, entryId, i == 1 ? "P-HEAD-DEPT" : "P-DEP-HEAD");
            assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
            long offerId = n(offered.json(), "id");
            Api.Reply bare = person.post("api/v1/reserve/offers/" + offerId + "/answer", "{\"answer\":\"REFUSED\"}");
            assertThat(bare.status()).as(bare.toString()).isEqualTo(400);
            assertThat(bare.body()).as("names the field and the reason").contains("comment", "COMMENT_REQUIRED");
            Api.Reply refused = person.post("api/v1/reserve/offers/" + offerId + "/answer",
                    "{\"answer\":\"REFUSED\",\"comment\":\"Семейные обстоятельства\"}");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
            assertThat(refused.json().getInt("refusals")).isEqualTo(i);
            assertThat(refused.json().getBoolean("refusalsExhausted")).isEqualTo(i == 2);
        }
        assertThat(entryStatus(entryId)).as("never excluded automatically").isEqualTo("INCLUDED");
        List<JsonObject> ofEntry = hr.get("api/v1/reserve/offers?entry=" + entryId).array()
                .getValuesAs(JsonObject.class);
        assertThat(ofEntry).hasSize(2).allSatisfy(o -> assertThat(o.getString("answer")).isEqualTo("REFUSED"));
        JsonObject history = hr.get("api/v1/reserve/entries/" + entryId).json();
        assertThat(history.toString()).contains("OFFER_MADE", "OFFER_REFUSED");
    }

    @Test
    void hr_of_tver_neither_sees_nor_changes_vologdas_offers_appointments_or_analytics() {
        long per3 = persons().get("PER-0003");
        long entryId = includedEntry(per3);
        Api tver = Api.as(base, "hr.tver");
        assertThat(tver.get("api/v1/reserve/offers?entry=" + entryId).status()).isEqualTo(404);
        assertThat(offer(tver, entryId, "P-HEAD-DEPT").status()).isEqualTo(404);
        assertThat(tver.post("api/v1/reserve/appointments", appointment(per3, "P-HEAD-DEPT", entryId, true))
                .status()).isEqualTo(403);
        assertThat(tver.get("api/v1/reserve/analytics?municipality=" + Api.municipalityId(base, "19701000"))
                .status()).isEqualTo(403);
        JsonObject tverFigures = analytics(tver, "");
        assertThat(tverFigures.getJsonObject("sizeByMunicipality").keySet())
                .doesNotContain(String.valueOf(Api.municipalityId(base, "19701000")));
        Api.Reply hrAppointed = Api.as(base, "hr").post("api/v1/reserve/appointments", appointment(per3,
                "P-DEP-HEAD", entryId, true));
        assertThat(hrAppointed.status()).as("written consent: " + hrAppointed).isEqualTo(201);
        assertThat(tver.get("api/v1/reserve/appointments").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(a -> n(a, "personId")).doesNotContain(per3);
        assertThat(entryStatus(entryId)).isEqualTo("APPOINTED");
    }

    @Test
    void analytics_and_the_appointments_list_take_as_many_statements_for_much_data_as_for_little() {
        Api hr = Api.as(base, "hr");
        Api admin = Api.as(base, "admin");
        long little = Api.serverStatements(base, () -> assertThat(hr.get("api/v1/reserve/analytics").status())
                .isEqualTo(200));
        long listLittle = Api.serverStatements(base, () -> assertThat(hr.get("api/v1/reserve/appointments")
                .status()).isEqualTo(200));
        long per8 = persons().get("PER-0008");
        for (String position : List.of("P-DEP-HEAD", "P-HEAD-DEPT", "P-FIRST-DEP-HEAD")) {
            assertThat(hr.post("api/v1/reserve/appointments", appointment(per8, position, null, false)).status())
                    .isEqualTo(201);
        }
        includedEntry(persons().get("PER-0002"));
        long much = Api.serverStatements(base, () -> assertThat(hr.get("api/v1/reserve/analytics").status())
                .isEqualTo(200));
        long listMuch = Api.serverStatements(base, () -> assertThat(hr.get("api/v1/reserve/appointments")
                .status()).isEqualTo(200));
        long country = Api.serverStatements(base, () -> assertThat(admin.get("api/v1/reserve/analytics").status())
                .isEqualTo(200));
        System.out.printf("Reserve analytics SQL statements: %d, then %d, country %d; appointments list %d, then %d%n",
                little, much, country, listLittle, listMuch);
        assertThat(much).isLessThanOrEqualTo(Math.max(little, 12));
        assertThat(country).isLessThanOrEqualTo(12);
        assertThat(listMuch).isLessThanOrEqualTo(Math.max(listLittle, 10));
    }

    @Test
    @Order(Integer.MAX_VALUE) // moves the server's clock on: last
    void silence_past_the_due_date_counts_as_a_refusal_up_to_the_limit_and_a_late_consent_is_refused()
            throws InterruptedException {
        Api hr = Api.as(base, "hr");
        Api person = Api.as(base, "contest"); // PER-0007, in no reserve
        long entryId = includedEntry(persons().get("PER-0007"));
        Api.Reply first = offer(hr, entryId, "P-HEAD-DEPT");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        Api.Reply refused = person.post("api/v1/reserve/offers/" + n(first.json(), "id") + "/answer",
                "{\"answer\":\"REFUSED\",\"comment\":\"Переезд в другой город\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        assertThat(refused.json().getInt("refusals")).isEqualTo(1);
        assertThat(refused.json().getBoolean("refusalsExhausted")).isFalse();

        Api.Reply second = offer(hr, entryId, "P-DEP-HEAD");
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        long offerId = n(second.json(), "id");
        LocalDate due = LocalDate.parse(second.json().getString("answerDue"));
        long days = ChronoUnit.DAYS.between(LocalDate.now(), due) + 1;
        Api.Reply moved = Api.as(base, "admin").post("api/v1/it/clock/advance?seconds=" + days * 86_400, null);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

        String answer = "api/v1/reserve/offers/" + offerId + "/answer";
        Api.Reply late = person.post(answer, "{\"answer\":\"ACCEPTED\"}");
        assertThat(late.status()).as("a consent after the due date: " + late).isEqualTo(409);
        assertThat(late.json().getString("code")).isEqualTo("OFFER_OVERDUE");
        assertThat(late.json().getString("detail")).contains(due.toString());

        // the reserve's job (every 2 s in the tests) records the silence as the second refusal
        JsonObject lapsed = null;
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            lapsed = hr.get("api/v1/reserve/offers?entry=" + entryId).array().getValuesAs(JsonObject.class).stream()
                    .filter(o -> n(o, "id") == offerId).findFirst().orElseThrow();
            if (!"PENDING".equals(lapsed.getString("answer"))) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(lapsed.getString("answer")).as("silence is a refusal: " + lapsed).isEqualTo("REFUSED");
        assertThat(lapsed.getBoolean("overdue")).isTrue();
        assertThat(lapsed.getString("comment")).contains("Нет ответа в срок");
        assertThat(lapsed.getInt("refusals")).isEqualTo(2);
        assertThat(lapsed.getBoolean("refusalsExhausted")).as("the reserve allows two refusals").isTrue();

        Api.Reply lateAgain = person.post(answer, "{\"answer\":\"ACCEPTED\"}");
        assertThat(lateAgain.status()).as(lateAgain.toString()).isEqualTo(409);
        assertThat(lateAgain.json().getString("code")).as("still the late answer, not merely 'answered'")
                .isEqualTo("OFFER_OVERDUE");
        Api.Reply refusedLate = person.post(answer, "{\"answer\":\"REFUSED\",\"comment\":\"поздно\"}");
        assertThat(refusedLate.status()).as(refusedLate.toString()).isEqualTo(409);
        assertThat(refusedLate.json().getString("code")).as("counted once").isEqualTo("OFFER_ANSWERED");
        Thread.sleep(3000); // the job runs again over the answered offer
        JsonObject entry = hr.get("api/v1/reserve/entries/" + entryId).json();
        assertThat(entry.getJsonObject("entry").getString("status")).as("never excluded automatically")
                .isEqualTo("INCLUDED");
        assertThat(entry.toString().split("OFFER_REFUSED", -1)).as("two refusals in the history").hasSize(3);
        Api.Reply next = offer(hr, entryId, "P-HEAD-DEPT");
        assertThat(next.status()).as("the lapsed offer no longer waits: " + next).isEqualTo(201);
        assertThat(next.json().getInt("refusals")).isEqualTo(2);
        Api.Reply consentInTime = person.post("api/v1/reserve/offers/" + n(next.json(), "id") + "/answer",
                "{\"answer\":\"ACCEPTED\"}");
        assertThat(consentInTime.status()).as("an offer within its term is accepted: " + consentInTime)
                .isEqualTo(200);
    }
}
