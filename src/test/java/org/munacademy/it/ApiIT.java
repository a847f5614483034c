package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The REST boundary on Payara Micro with the built WAR and the seeded content: reference data, scope filtering,
 * validation, optimistic locking, duplicates, audit, throttling, and the platform endpoints.
 */
class ApiIT extends OnPayaraMicro {

    private Map<String, Long> personIdsByCode() {
        return Api.personIdsByCode(base);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void regions_list_all_89_subjects_with_their_municipalities() {
        Api.Reply r = Api.as(base, "employee").get("api/v1/regions");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.array()).hasSize(89);
        JsonObject vologda = r.array().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("code").equals("35")).findFirst().orElseThrow();
        assertThat(vologda.getString("name")).isEqualTo("Вологодская область");
        assertThat(vologda.getString("federalDistrict")).isEqualTo("Северо-Западный");
        assertThat(vologda.getJsonNumber("municipalities").longValue()).isGreaterThan(5);
    }

    @Test
    void municipalities_are_filtered_by_oktmo_type_and_region() {
        JsonObject byOktmo = Api.as(base, "employee").get("api/v1/municipalities?q=19701000").json();
        assertThat(byOktmo.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(byOktmo.getJsonArray("items").getJsonObject(0).getString("name")).contains("Вологда");

        JsonObject settlements = Api.as(base, "employee")
                .get("api/v1/municipalities?region=35&type=RURAL_SETTLEMENT&limit=100").json();
        assertThat(settlements.getJsonNumber("total").longValue()).isPositive();
        settlements.getJsonArray("items").forEach(v -> {
            assertThat(v.asJsonObject().getString("type")).isEqualTo("RURAL_SETTLEMENT");
            assertThat(v.asJsonObject().getString("regionCode")).isEqualTo("35");
            assertThat(v.asJsonObject().getString("parentName")).isNotBlank();
        });

        Api.Reply badType = Api.as(base, "employee").get("api/v1/municipalities?type=CASTLE");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("type");
    }

    @Test
    void a_municipal_hr_officer_sees_only_the_people_of_their_municipality() {
        JsonObject page = Api.as(base, "hr").get("api/v1/persons?limit=500").json();
        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(20);
        page.getJsonArray("items").forEach(v ->
                assertThat(v.asJsonObject().getString("municipalityName")).isEqualTo("городской округ город Вологда"));
    }

    @Test
    void a_regional_hr_officer_sees_the_whole_region_and_nothing_of_another() {
        List<JsonObject> items = Api.as(base, "hr.region").get("api/v1/persons?limit=500").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).extracting(o -> o.getString("regionCode")).containsOnly("35");
        assertThat(items).extracting(o -> o.getString("municipalityName"))
                .contains("городской округ город Череповец", "городской округ город Вологда");
        List<JsonObject> tver = Api.as(base, "hr.tver").get("api/v1/persons?limit=500").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(tver).isNotEmpty().extracting(o -> o.getString("regionCode")).containsOnly("69");
    }

    @Test
    void a_person_without_surname_and_with_a_malformed_email_is_refused_naming_both_fields_and_nothing_is_stored() {
        Api hr = Api.as(base, "hr");
        long before = hr.get("api/v1/persons?limit=1").json().getJsonNumber("total").longValue();
        Api.Reply r = hr.post("api/v1/persons", "{\"firstName\":\"Иван\",\"email\":\"ivanov@\",\"municipalityId\":"
                + vologdaId() + "}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().getString("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(r.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains("lastName", "email");
        assertThat(hr.get("api/v1/persons?limit=1").json().getJsonNumber("total").longValue()).isEqualTo(before);
    }

    @Test
    void a_person_is_created_changed_and_a_stale_change_is_refused_with_409() {
        Api hr = Api.as(base, "hr");
        String email = "petrov." + unique() + "@vologda-city.ru";
        Api.Reply created = hr.post("api/v1/persons", "{\"lastName\":\"Петров\",\"firstName\":\"Пётр\","
                + "\"email\":\"" + email + "\",\"municipalityId\":" + vologdaId()
                + ",\"consentGiven\":true,\"consentDate\":\"2026-01-15\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        long version = created.json().getJsonNumber("version").longValue();

        Api.Reply changed = hr.put("api/v1/persons/" + id, "{\"lastName\":\"Петров\",\"firstName\":\"Пётр\","
                + "\"middleName\":\"Ильич\",\"email\":\"" + email + "\",\"municipalityId\":" + vologdaId()
                + ",\"version\":" + version + "}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getString("middleName")).isEqualTo("Ильич");

        Api.Reply stale = hr.put("api/v1/persons/" + id, "{\"lastName\":\"Петрова\",\"firstName\":\"Пётр\","
                + "\"municipalityId\":" + vologdaId() + ",\"version\":" + version + "}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("code")).isEqualTo("CONCURRENT_MODIFICATION");
        assertThat(hr.get("api/v1/persons/" + id).json().getString("lastName")).isEqualTo("Петров");
    }

    @Test
    void an_email_used_by_another_person_is_refused_on_the_email_field() {
        Api.Reply r = Api.as(base, "hr").post("api/v1/persons", "{\"lastName\":\"Дубль\",\"firstName\":\"Анна\","
                + "\"email\":\"smirnova.av@vologda-city.ru\",\"municipalityId\":" + vologdaId() + "}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("email");
    }

    @Test
    void an_hr_officer_cannot_place_a_person_outside_their_scope() {
        long tver = Api.as(base, "employee").get("api/v1/municipalities?q=28701000").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply r = Api.as(base, "hr").post("api/v1/persons",
                "{\"lastName\":\"Чужой\",\"firstName\":\"Иван\",\"municipalityId\":" + tver + "}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("municipalityId");
    }

    @Test
    void reading_a_card_of_another_region_is_refused_and_the_attempt_is_audited() {
        long vologdaPerson = personIdsByCode().get("PER-0001");
        Api.Reply r = Api.as(base, "hr.tver").get("api/v1/persons/" + vologdaPerson);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).doesNotContain("Смирнова");
        assertThat(r.json().getString("code")).isEqualTo("PERSON_OUTSIDE_SCOPE");

        JsonObject audit = Api.as(base, "admin")
                .get("api/v1/audit?action=PERSON_READ&outcome=DENIED&targetId=" + vologdaPerson).json();
        assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("actor")).contains("hr.tver");
    }

    @Test
    void reading_a_card_in_scope_is_audited_but_reading_ones_own_is_not() {
        long own = personIdsByCode().get("PER-0002");
        long colleague = personIdsByCode().get("PER-0001");
        assertThat(Api.as(base, "hr").get("api/v1/persons/" + colleague).status()).isEqualTo(200);
        assertThat(Api.as(base, "hr").get("api/v1/me").json().getJsonNumber("id").longValue()).isEqualTo(own);
        Api admin = Api.as(base, "admin");
        assertThat(admin.get("api/v1/audit?action=PERSON_READ&actor=hr&targetId=" + colleague).json()
                .getJsonNumber("total").longValue()).isPositive();
        assertThat(admin.get("api/v1/audit?action=PERSON_READ&actor=hr&targetId=" + own).json()
                .getJsonNumber("total").longValue()).isZero();
    }

    /** A random СНИЛС whose checksum holds (after the pre-checksum range), written 112-233-445 95. */
    private static String newSnils() {
        java.util.Random random = new java.util.Random();
        String nine = String.format("%09d", 2_000_000 + random.nextInt(997_000_000));
        for (int check = 0; check < 100; check++) {
            String digits = nine + String.format("%02d", check);
            if (org.munacademy.identity.entity.Snils.valid(digits)) {
                return org.munacademy.identity.entity.Snils.format(digits);
            }
        }
        throw new IllegalStateException("no checksum for " + nine);
    }

    @Test
    void hr_in_scope_records_snils_and_date_of_birth_which_only_the_card_shows_to_hr_admin_and_the_person() {
        Api hr = Api.as(base, "hr");
        String snils = newSnils();
        String lastName = "Снилсова" + unique().replaceAll("[0-9]", "");
        Api.Reply created = hr.post("api/v1/persons", "{\"lastName\":\"" + lastName + "\",\"firstName\":\"Вера\","
                + "\"municipalityId\":" + vologdaId() + ",\"snils\":\"" + snils.replaceAll("[- ]", "")
                + "\",\"birthDate\":\"1985-04-12\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("snils")).as("written as people write it").isEqualTo(snils);
        long id = created.json().getJsonNumber("id").longValue();

        JsonObject card = hr.get("api/v1/persons/" + id).json();
        assertThat(card.getString("snils")).isEqualTo(snils);
        assertThat(card.getString("birthDate")).isEqualTo("1985-04-12");
        assertThat(Api.as(base, "admin").get("api/v1/audit?action=PERSON_READ&actor=hr&targetId=" + id).json()
                .getJsonNumber("total").longValue()).as("reading the card is audited").isPositive();

        String corrected = newSnils();
        Api.Reply changed = hr.put("api/v1/persons/" + id, "{\"lastName\":\"" + lastName + "\",\"firstName\":"
                + "\"Вера\",\"municipalityId\":" + vologdaId() + ",\"snils\":\"" + corrected + "\",\"version\":"
                + card.getJsonNumber("version") + "}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getString("snils")).isEqualTo(corrected);
        assertThat(changed.json().getString("birthDate")).as("a change without the date keeps it")
                .isEqualTo("1985-04-12");

        List<JsonObject> listed = hr.get("api/v1/persons?q=" + URLEncoder.encode(lastName, StandardCharsets.UTF_8))
                .json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(listed).hasSize(1).allSatisfy(p -> assertThat(p).doesNotContainKeys("snils", "birthDate"));
        assertThat(Api.as(base, "admin").get("api/v1/persons/" + id).json().getString("snils")).isEqualTo(corrected);

        Api.Reply otherRegion = Api.as(base, "hr.tver").get("api/v1/persons/" + id);
        assertThat(otherRegion.status()).as("HR of another region").isEqualTo(403);
        assertThat(otherRegion.body()).doesNotContain(corrected).doesNotContain("1985");
        Api.Reply colleague = Api.as(base, "employee").get("api/v1/persons/" + id);
        assertThat(colleague.status()).as("a colleague").isEqualTo(403);
        assertThat(colleague.body()).doesNotContain(corrected);

        JsonObject me = Api.as(base, "employee").get("api/v1/me").json();
        assertThat(me.getString("snils")).as("the person sees their own").isEqualTo("795-422-058 28");
        assertThat(me.getString("birthDate")).isEqualTo("1994-10-03");
    }

    @Test
    void a_snils_with_a_wrong_checksum_an_impossible_birth_date_or_another_persons_snils_is_a_400_naming_it() {
        Api hr = Api.as(base, "hr");
        long before = hr.get("api/v1/persons?limit=1").json().getJsonNumber("total").longValue();
        Api.Reply badChecksum = hr.post("api/v1/persons", "{\"lastName\":\"Ошибкин\",\"firstName\":\"Илья\","
                + "\"municipalityId\":" + vologdaId() + ",\"snils\":\"112-233-445 96\",\"birthDate\":\""
                + java.time.LocalDate.now().plusDays(2) + "\"}");
        assertThat(badChecksum.status()).as(badChecksum.toString()).isEqualTo(400);
        assertThat(badChecksum.json().getString("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(badChecksum.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"), e -> e.getString("message"))
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("birthDate",
                                "The date of birth cannot lie in the future"),
                        org.assertj.core.api.Assertions.tuple("snils",
                                "This SNILS has a wrong checksum: check the digits"));

        Api.Reply tooOld = hr.post("api/v1/persons", "{\"lastName\":\"Ошибкин\",\"firstName\":\"Илья\","
                + "\"municipalityId\":" + vologdaId() + ",\"birthDate\":\"1900-01-01\"}");
        assertThat(tooOld.status()).isEqualTo(400);
        assertThat(tooOld.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("birthDate");

        // PER-0001's СНИЛС, written without dashes: unique, so refused on the field, without saying whose it is
        Api.Reply taken = hr.accepting("ru").post("api/v1/persons", "{\"lastName\":\"Дублева\","
                + "\"firstName\":\"Анна\",\"municipalityId\":" + vologdaId() + ",\"snils\":\"79542205828\"}");
        assertThat(taken.status()).as(taken.toString()).isEqualTo(400);
        assertThat(taken.json().getString("code")).isEqualTo("VALIDATION_FAILED");
        JsonObject takenError = taken.json().getJsonArray("errors").getJsonObject(0);
        assertThat(takenError.getString("field")).isEqualTo("snils");
        assertThat(takenError.getString("code")).isEqualTo("SNILS_TAKEN");
        assertThat(taken.json().getString("detail")).isEqualTo("СНИЛС 795-422-058 28 уже указан у другого человека")
                .doesNotContain("Смирнова");
        assertThat(hr.get("api/v1/persons?limit=1").json().getJsonNumber("total").longValue()).isEqualTo(before);
    }

    @Test
    void a_duplicate_login_is_refused_with_a_clear_message() {
        Api.Reply r = Api.as(base, "admin").post("api/v1/accounts",
                "{\"username\":\"hr\",\"password\":\"another-secret\",\"grants\":[]}");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().getString("code")).isEqualTo("DUPLICATE_LOGIN");
        assertThat(r.json().getString("detail")).contains("hr").contains("already taken");
    }

    @Test
    void an_account_created_by_the_administrator_signs_in_with_its_role_and_scope() {
        String username = "tver.hr." + unique();
        Api.Reply created = Api.as(base, "admin").post("api/v1/accounts", "{\"username\":\"" + username + "\","
                + "\"password\":\"s3cret-pass\",\"grants\":[{\"role\":\"HR_OFFICER\",\"scopeType\":\"REGION\","
                + "\"regionCode\":\"69\"}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        List<JsonObject> people = Api.as(base, username, "s3cret-pass").get("api/v1/persons?limit=500").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(people).isNotEmpty().extracting(o -> o.getString("regionCode")).containsOnly("69");
        JsonObject roles = Api.as(base, "admin").get("api/v1/audit?action=ACCOUNT_CREATED&targetId=" + username)
                .json();
        assertThat(roles.getJsonNumber("total").longValue()).isEqualTo(1);
    }

    @Test
    void repeated_failures_lock_a_user_name_known_or_not_and_are_audited() {
        String username = "locked." + unique();
        assertThat(Api.as(base, "admin").post("api/v1/accounts", "{\"username\":\"" + username
                + "\",\"password\":\"right-password\",\"grants\":[{\"role\":\"EMPLOYEE\",\"scopeType\":\"NATIONAL\"}]}")
                .status()).isEqualTo(201);
        for (int i = 0; i < 5; i++) {
            Api.Reply wrong = Api.as(base, username, "wrong-password").get("api/v1/regions");
            Api.Reply unknown = Api.as(base, "ghost." + username, "wrong-password").get("api/v1/regions");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(unknown.status()).isEqualTo(401);
            assertThat(wrong.body()).isEqualTo(unknown.body());
        }
        assertThat(Api.as(base, username, "right-password").get("api/v1/regions").status())
                .as("the right password is refused while the name is locked").isEqualTo(401);
        assertThat(Api.as(base, "admin").get("api/v1/audit?action=LOGIN_THROTTLED&actor=" + username).json()
                .getJsonNumber("total").longValue()).isPositive();
        assertThat(Api.as(base, "admin").get("api/v1/audit?action=LOGIN&outcome=FAILURE&actor=" + username).json()
                .getJsonNumber("total").longValue()).isEqualTo(5);
    }

    @Test
    void twenty_parallel_wrong_guesses_reach_at_most_five_password_verifications() throws Exception {
        String username = "raced." + unique();
        assertThat(Api.as(base, "admin").post("api/v1/accounts", "{\"username\":\"" + username
                + "\",\"password\":\"right-password\",\"grants\":[{\"role\":\"EMPLOYEE\",\"scopeType\":\"NATIONAL\"}]}")
                .status()).isEqualTo(201);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String guess = "wrong-" + i;
                guesses.add(pool.submit(() -> {
                    go.await();
                    return Api.as(base, username, guess).get("api/v1/regions").status();
                }));
            }
            go.countDown();
            for (Future<Integer> g : guesses) {
                assertThat(g.get(60, TimeUnit.SECONDS)).isEqualTo(401);
            }
        } finally {
            pool.shutdownNow();
        }
        Api admin = Api.as(base, "admin");
        long verified = admin.get("api/v1/audit?action=LOGIN&outcome=FAILURE&actor=" + username).json()
                .getJsonNumber("total").longValue();
        long throttled = admin.get("api/v1/audit?action=LOGIN_THROTTLED&actor=" + username).json()
                .getJsonNumber("total").longValue();
        assertThat(verified).as("guesses that reached a password verification").isEqualTo(5);
        assertThat(throttled).as("guesses refused before the hash").isEqualTo(15);
        assertThat(Api.as(base, username, "right-password").get("api/v1/regions").status())
                .as("the name is locked").isEqualTo(401);
    }

    @Test
    void a_user_name_longer_than_the_audit_column_gets_401_and_an_audit_row() {
        String username = "long" + unique() + "x".repeat(300);
        Api.Reply r = Api.as(base, username, "any-password").get("api/v1/regions");

        assertThat(r.status()).as(r.toString()).isEqualTo(401);
        String stored = username.substring(0, 59) + "…";
        JsonObject audit = Api.as(base, "admin").get("api/v1/audit?action=LOGIN&outcome=FAILURE&actor="
                + URLEncoder.encode(stored, StandardCharsets.UTF_8)).json();
        assertThat(audit.getJsonNumber("total").longValue()).isEqualTo(1);
        JsonObject row = audit.getJsonArray("items").getJsonObject(0);
        assertThat(row.getString("actor")).isEqualTo(stored);
        assertThat(row.getString("targetId")).isEqualTo(stored);
    }

    @Test
    void a_person_id_that_does_not_exist_is_refused_like_one_outside_the_scope_and_audited() {
        long vologdaPerson = personIdsByCode().get("PER-0001");
        Api tver = Api.as(base, "hr.tver");
        Api.Reply outside = tver.get("api/v1/persons/" + vologdaPerson);
        Api.Reply missing = tver.get("api/v1/persons/999999999");

        assertThat(missing.status()).isEqualTo(outside.status()).isEqualTo(403);
        assertThat(missing.json().getString("code")).isEqualTo(outside.json().getString("code"));
        assertThat(missing.json().getString("detail")).isEqualTo(outside.json().getString("detail"));
        Api admin = Api.as(base, "admin");
        assertThat(admin.get("api/v1/audit?action=PERSON_READ&outcome=DENIED&actor=hr.tver&targetId=999999999")
                .json().getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(admin.get("api/v1/persons/999999999").status()).as("a national scope learns nothing new")
                .isEqualTo(404);
    }

    @Test
    void a_page_of_accounts_costs_the_same_statements_whatever_its_size() {
        Api admin = Api.as(base, "admin");
        assertThat(admin.get("api/v1/accounts?limit=20").json().getJsonArray("items")).hasSizeGreaterThan(15);
        long two = Api.serverStatements(base, () -> admin.get("api/v1/accounts?limit=2"));
        long twenty = Api.serverStatements(base, () -> admin.get("api/v1/accounts?limit=20"));
        // the page, the grants of all its accounts, the total: not one statement more per account
        assertThat(twenty).as("20 accounts against 2").isEqualTo(two).isLessThanOrEqualTo(3);
    }

    @Test
    void every_refused_access_is_audited_as_access_denied_with_the_user_and_the_path() {
        long vologdaPerson = personIdsByCode().get("PER-0001");
        assertThat(Api.as(base, "hr.tver").get("api/v1/persons/" + vologdaPerson).status()).isEqualTo(403);
        assertThat(Api.as(base, "employee").get("api/v1/accounts").status()).isEqualTo(403);

        Api admin = Api.as(base, "admin");
        List<JsonObject> tver = admin.get("api/v1/audit?action=ACCESS_DENIED&actor=hr.tver&limit=200").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(tver).extracting(e -> e.getString("detail"))
                .anyMatch(d -> d.contains("GET /api/v1/persons/" + vologdaPerson) && d.contains("outside your scope"));
        List<JsonObject> employee = admin.get("api/v1/audit?action=ACCESS_DENIED&actor=employee&limit=200").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(employee).extracting(e -> e.getString("detail"))
                .anyMatch(d -> d.contains("GET /api/v1/accounts"));
        assertThat(employee).allMatch(e -> e.getString("outcome").equals("DENIED"));
    }

    @Test
    void a_person_listing_is_audited_with_its_filter_and_row_count() {
        String marker = "Смирнова";
        JsonObject page = Api.as(base, "hr.region").get("api/v1/persons?q=" + URLEncoder.encode(marker,
                StandardCharsets.UTF_8) + "&limit=7").json();
        int rows = page.getJsonArray("items").size();

        List<JsonObject> audit = Api.as(base, "admin").get("api/v1/audit?action=PERSONS_LISTED&actor=hr.region")
                .json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(audit).extracting(e -> e.getString("detail"))
                .contains("q=" + marker + ", offset=0, limit=7, rows=" + rows);
    }

    @Test
    void the_current_password_on_a_change_counts_as_a_failed_sign_in() {
        String username = "changer." + unique();
        assertThat(Api.as(base, "admin").post("api/v1/accounts", "{\"username\":\"" + username
                + "\",\"password\":\"right-password\",\"grants\":[{\"role\":\"EMPLOYEE\",\"scopeType\":\"NATIONAL\"}]}")
                .status()).isEqualTo(201);
        Api self = Api.as(base, username, "right-password");
        for (int i = 0; i < 5; i++) {
            Api.Reply wrong = self.put("api/v1/me/password",
                    "{\"currentPassword\":\"guess-" + i + "\",\"newPassword\":\"new-password-1\"}");
            assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
            assertThat(wrong.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                    .isEqualTo("currentPassword");
        }

        Api.Reply sixth = self.put("api/v1/me/password",
                "{\"currentPassword\":\"right-password\",\"newPassword\":\"new-password-1\"}");
        assertThat(sixth.status()).as("the account is locked like after five wrong sign-ins").isIn(401, 429);
        Api admin = Api.as(base, "admin");
        assertThat(admin.get("api/v1/audit?action=PASSWORD_CHANGED&outcome=FAILURE&actor=" + username).json()
                .getJsonNumber("total").longValue()).isEqualTo(5);
        assertThat(admin.get("api/v1/audit?action=PASSWORD_CHANGED&outcome=SUCCESS&actor=" + username).json()
                .getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void a_changed_password_takes_effect_at_once_and_the_old_one_no_longer_signs_in() {
        String username = "renewed." + unique();
        assertThat(Api.as(base, "admin").post("api/v1/accounts", "{\"username\":\"" + username
                + "\",\"password\":\"old-password\",\"grants\":[{\"role\":\"EMPLOYEE\",\"scopeType\":\"NATIONAL\"}]}")
                .status()).isEqualTo(201);
        Api old = Api.as(base, username, "old-password");
        assertThat(old.get("api/v1/regions").status()).isEqualTo(200); // remembered by the credential cache

        assertThat(old.put("api/v1/me/password", "{\"currentPassword\":\"old-password\","
                + "\"newPassword\":\"new-password-1\"}").status()).isEqualTo(204);

        assertThat(old.get("api/v1/regions").status()).isEqualTo(401);
        assertThat(Api.as(base, username, "new-password-1").get("api/v1/regions").status()).isEqualTo(200);
    }

    @Test
    void calls_without_credentials_get_401_with_a_basic_challenge_and_a_problem_body() {
        Api.Reply r = Api.anonymous(base).get("api/v1/persons");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().getString("code")).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void credentials_that_are_not_accepted_get_401_with_the_error_models_code_in_the_requests_language() {
        Api.Reply english = Api.as(base, "ghost.credentials", "wrong-password").get("api/v1/regions");
        Api.Reply russian = Api.as(base, "ghost.credentials", "wrong-password").accepting("ru").get("api/v1/regions");

        assertThat(english.status()).isEqualTo(401);
        assertThat(english.contentType()).startsWith("application/problem+json");
        assertThat(english.json().getString("code")).isEqualTo("CREDENTIALS_REJECTED");
        assertThat(english.json().getString("detail"))
                .isEqualTo("The user name or password was not accepted: check the credentials");
        assertThat(russian.status()).isEqualTo(401);
        assertThat(russian.json().getString("code")).isEqualTo("CREDENTIALS_REJECTED");
        assertThat(russian.json().getString("detail"))
                .isEqualTo("Имя пользователя или пароль не подошли: проверьте учётные данные");
    }

    @Test
    void openapi_health_with_the_database_and_metrics_answer() {
        Api anonymous = Api.anonymous(base);
        Api.Reply openapi = anonymous.getAny("openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/persons").contains("/api/v1/regions");
        Api.Reply ready = anonymous.get("health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"").contains("UP");
        Api.Reply metrics = anonymous.getAny("metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE");
    }

    private long vologdaId() {
        return Api.municipalityId(base, "19701000");
    }

    @Test
    void a_new_account_is_told_by_mail_and_forgot_password_sets_a_new_password_once_by_a_mailed_link()
            throws Exception {
        Mailbox.open();
        String email = "lazareva.ea@cherepovets-rayon.ru"; // PER-0040, no account yet
        long person = Api.personIdsByCode(base).get("PER-0040");
        String username = "lazareva." + unique();
        Api.Reply created = Api.as(base, "admin").post("api/v1/accounts", "{\"username\":\"" + username
                + "\",\"password\":\"first-password\",\"personId\":" + person
                + ",\"grants\":[{\"role\":\"EMPLOYEE\",\"scopeType\":\"NATIONAL\"}]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var welcome = Mailbox.await(email, 1, java.time.Duration.ofSeconds(30));
        assertThat(welcome).hasSize(1);
        assertThat(Mailbox.subject(welcome.get(0))).isEqualTo("Для вас создана учётная запись");
        assertThat(Mailbox.body(welcome.get(0))).contains("Логин: " + username).doesNotContain("first-password");

        Api anonymous = Api.anonymous(base);
        assertThat(anonymous.post("api/v1/password-reset", "{\"email\":\"nobody@vologda-city.ru\"}").status())
                .isEqualTo(202);
        assertThat(anonymous.post("api/v1/password-reset", "{\"email\":\" Lazareva.EA@cherepovets-rayon.ru \"}")
                .status()).as("the same answer for a known address").isEqualTo(202);
        var mails = Mailbox.await(email, 2, java.time.Duration.ofSeconds(30));
        assertThat(mails).hasSize(2);
        String link = Mailbox.body(mails.get(1));
        assertThat(Mailbox.subject(mails.get(1))).isEqualTo("Восстановление пароля");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("reset-password\\?token=([A-Za-z0-9_-]{43})")
                .matcher(link);
        assertThat(token.find()).as(link).isTrue();
        assertThat(Mailbox.to("nobody@vologda-city.ru")).isEmpty();

        Api.Reply tooShort = anonymous.post("api/v1/password-reset/confirm",
                "{\"token\":\"" + token.group(1) + "\",\"password\":\"short\"}");
        assertThat(tooShort.status()).as(tooShort.toString()).isEqualTo(400);
        Api.Reply forged = anonymous.post("api/v1/password-reset/confirm",
                "{\"token\":\"" + "A".repeat(43) + "\",\"password\":\"brand-new-password\"}");
        assertThat(forged.status()).as(forged.toString()).isEqualTo(400);
        Api.Reply reset = anonymous.post("api/v1/password-reset/confirm",
                "{\"token\":\"" + token.group(1) + "\",\"password\":\"brand-new-password\"}");
        assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
        Api.Reply again = anonymous.post("api/v1/password-reset/confirm",
                "{\"token\":\"" + token.group(1) + "\",\"password\":\"third-password\"}");
        assertThat(again.status()).as("a link works once").isEqualTo(400);

        assertThat(Api.as(base, username, "first-password").get("api/v1/regions").status()).isEqualTo(401);
        Api holder = Api.as(base, username, "brand-new-password");
        JsonObject list = holder.get("api/v1/me/notifications").json();
        assertThat(list.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(o -> o.getString("template"))
                .containsExactly("notice.identity.PASSWORD_RESET_DONE", "notice.identity.ACCOUNT_CREATED");
        assertThat(list.getJsonNumber("unread").longValue()).isEqualTo(2);
        assertThat(Mailbox.await(email, 3, java.time.Duration.ofSeconds(30))).hasSize(3);

        JsonObject requested = Api.as(base, "admin").get("api/v1/audit?action=PASSWORD_RESET_REQUESTED").json();
        assertThat(requested.getJsonArray("items").getValuesAs(JsonObject.class))
                .anyMatch(e -> e.getString("outcome").equals("SUCCESS") && e.getString("targetId").equals(username))
                .anyMatch(e -> e.getString("outcome").equals("FAILURE")
                        && e.getString("targetId").equals("n***@vologda-city.ru"));
        assertThat(Api.as(base, "admin").get("api/v1/audit?action=PASSWORD_RESET&outcome=SUCCESS&targetId=" + username)
                .json().getJsonNumber("total").longValue()).isEqualTo(1);

        int status = 202;
        for (int i = 0; i < 6 && status == 202; i++) { // five requests per client address in 15 minutes
            status = anonymous.post("api/v1/password-reset", "{\"email\":\"nobody" + i + "@vologda-city.ru\"}")
                    .status();
        }
        assertThat(status).as("requests from one address are throttled").isEqualTo(429);
    }

    private static byte[] example(String name) {
        try {
            return java.nio.file.Files.readAllBytes(java.nio.file.Path.of("content/identity", name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long count(JsonObject result, String kind) {
        return result.getJsonObject("preview").getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .filter(c -> kind.equals(c.getString("kind"))).count();
    }

    @Test
    void a_staff_list_is_checked_then_loaded_from_xlsx_and_loading_it_again_changes_nothing() {
        Api hr = Api.as(base, "hr");
        long before = hr.get("api/v1/persons?limit=1").json().getJsonNumber("total").longValue();

        // the CSV as Excel in Russian saves it: Windows-1251, semicolons, no charset declared
        Api.Reply dry = hr.sendBytes("POST", "api/v1/persons/import?dryRun=true", example("staff-list-vologda.csv"),
                "text/csv");
        assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
        assertThat(dry.json().getBoolean("stored")).isFalse();
        assertThat(count(dry.json(), "CREATE")).isEqualTo(2);
        assertThat(count(dry.json(), "UPDATE")).isEqualTo(2);
        assertThat(count(dry.json(), "UNCHANGED")).isEqualTo(3);
        assertThat(dry.json().getJsonObject("mapping").getString("SNILS")).isEqualTo("СНИЛС");
        assertThat(hr.get("api/v1/persons?limit=1").json().getJsonNumber("total").longValue()).isEqualTo(before);

        // the same list as a workbook (Apache POI inside the WAR) is stored
        Api.Reply stored = hr.sendBytes("POST", "api/v1/persons/import", example("staff-list-vologda.xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        assertThat(stored.json().getBoolean("stored")).isTrue();
        assertThat(count(stored.json(), "CREATE")).isEqualTo(2);
        assertThat(hr.get("api/v1/persons?limit=1").json().getJsonNumber("total").longValue()).isEqualTo(before + 2);
        assertThat(hr.get("api/v1/persons?q=" + java.net.URLEncoder.encode("Федорова",
                java.nio.charset.StandardCharsets.UTF_8)).json().getJsonArray("items")).hasSize(1);

        Api.Reply again = hr.sendBytes("POST", "api/v1/persons/import?dryRun=true", example("staff-list-vologda.xlsx"),
                "application/octet-stream");
        assertThat(count(again.json(), "UNCHANGED")).isEqualTo(7);
    }

    @Test
    void a_staff_list_naming_a_person_outside_the_scope_is_refused_whole_with_every_faulty_row() {
        Api hr = Api.as(base, "hr");
        long before = hr.get("api/v1/persons?limit=1").json().getJsonNumber("total").longValue();
        String csv = "ФИО;Табельный номер;СНИЛС\r\n"
                + "Новый Сотрудник Первый;900001;\r\n"
                + "Морозов Игорь Павлович;;156-342-879 83\r\n"   // a Tver employee: outside hr's scope
                + "Сидоров Олег;900003;112-233-445 96\r\n";     // a wrong checksum

        Api.Reply r = hr.sendBytes("POST", "api/v1/persons/import", csv.getBytes(java.nio.charset.Charset.forName(
                "windows-1251")), "text/csv");

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.json().getString("code")).isEqualTo("IMPORT_REJECTED");
        assertThat(r.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("row 3", "row 4");
        assertThat(hr.get("api/v1/persons?limit=1").json().getJsonNumber("total").longValue()).isEqualTo(before);
    }

    @Test
    void a_staff_list_with_a_sex_column_records_the_sex_on_the_card_and_refuses_an_unknown_value() {
        Api hr = Api.as(base, "hr");
        String csv = "ФИО;Табельный номер;Пол\r\n"
                + "Лебедева Ольга Игоревна;920001;Ж\r\n"
                + "Лебедев Игорь Петрович;920002;муж.\r\n";
        Api.Reply stored = hr.sendBytes("POST", "api/v1/persons/import", utf8(csv), "text/csv");
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        assertThat(stored.json().getJsonObject("mapping").getString("SEX")).isEqualTo("Пол");
        List<JsonObject> found = hr.get("api/v1/persons?q=" + URLEncoder.encode("Лебедев", StandardCharsets.UTF_8))
                .json().getJsonArray("items").getValuesAs(JsonObject.class);
        Map<String, Long> ids = new java.util.HashMap<>();
        found.forEach(p -> ids.put(p.getString("firstName"), p.getJsonNumber("id").longValue()));
        assertThat(ids).containsOnlyKeys("Ольга", "Игорь");
        assertThat(found).as("the list shows no registry data").allSatisfy(p -> assertThat(p).doesNotContainKey("sex"));
        JsonObject olga = hr.get("api/v1/persons/" + ids.get("Ольга")).json();
        assertThat(olga.getString("sex")).isEqualTo("FEMALE");
        assertThat(olga.getString("citizenship")).isEqualTo("643");
        assertThat(hr.get("api/v1/persons/" + ids.get("Игорь")).json().getString("sex")).isEqualTo("MALE");
        assertThat(Api.as(base, "hr.tver").get("api/v1/persons/" + ids.get("Ольга")).status())
                .as("HR of another region does not see the card").isEqualTo(403);
        assertThat(Api.as(base, "employee").get("api/v1/persons/" + ids.get("Ольга")).status())
                .as("nor does a colleague").isEqualTo(403);

        Api.Reply refused = hr.sendBytes("POST", "api/v1/persons/import",
                utf8("ФИО;Табельный номер;Пол\r\nЕршов Павел;920003;жм\r\n"), "text/csv");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("row 2");
        assertThat(error.getString("message")).contains("жм");
    }

    @Test
    void a_staff_list_is_refused_to_an_employee_and_an_old_excel_file_is_a_clear_400() {
        Api.Reply employee = Api.as(base, "employee").sendBytes("POST", "api/v1/persons/import",
                example("staff-list-vologda.csv"), "text/csv");
        assertThat(employee.status()).isEqualTo(403);

        Api.Reply xls = Api.as(base, "hr").sendBytes("POST", "api/v1/persons/import", new byte[] {(byte) 0xD0,
                (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                "application/vnd.ms-excel");
        assertThat(xls.status()).isEqualTo(400);
        assertThat(xls.body()).contains(".xlsx");
    }

    // ---- staff lists with accounts and invitations

    private static final java.util.regex.Pattern INVITATION = java.util.regex.Pattern.compile(
            "set-password\\?token=([A-Za-z0-9_-]{43})");

    private static byte[] utf8(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    /** The accounts of a staff-list result as "username STATUS" ("- NO_EMAIL" for none), in file order. */
    private static List<String> accounts(JsonObject result) {
        return result.getJsonArray("accounts").getValuesAs(JsonObject.class).stream()
                .map(a -> (a.containsKey("username") && !a.isNull("username") ? a.getString("username") : "-") + " "
                        + a.getString("status")).toList();
    }

    private long audited(String query) {
        return Api.as(base, "admin").get("api/v1/audit?" + query).json().getJsonNumber("total").longValue();
    }

    /** The token of the (only) invitation mailed to the address, once it arrived. */
    private static String invitationToken(String email) throws InterruptedException {
        var mails = Mailbox.await(email, 1, java.time.Duration.ofSeconds(30));
        assertThat(mails).as("one invitation for " + email).hasSize(1);
        assertThat(Mailbox.subject(mails.get(0))).isEqualTo("Приглашение в Муниципальную академию");
        java.util.regex.Matcher m = INVITATION.matcher(Mailbox.body(mails.get(0)));
        assertThat(m.find()).as(Mailbox.body(mails.get(0))).isTrue();
        return m.group(1);
    }

    @Test
    void a_staff_list_with_accounts_invites_every_new_account_whose_link_sets_the_first_password_once()
            throws Exception {
        Mailbox.open();
        Api hr = Api.as(base, "hr");
        // two namesakes (new), a known person without an account whose e-mail is on record only, one without e-mail
        String csv = "ФИО;Табельный номер;СНИЛС;E-mail\r\n"
                + "Звонарёва Ксения Павловна;910001;;zvonareva.kp@vologda-city.ru\r\n"
                + "Звонарёва Ксения Петровна;910002;;zvonareva.kp.2@vologda-city.ru\r\n"
                + "Степанова Людмила Васильевна;000122;130-921-105 08;\r\n"
                + "Шилов Егор Ильич;910003;;\r\n";

        Api.Reply dry = hr.sendBytes("POST", "api/v1/persons/import?dryRun=true&accounts=true", utf8(csv), "text/csv");
        assertThat(dry.status()).as(dry.toString()).isEqualTo(200);
        assertThat(accounts(dry.json())).containsExactly("zvonareva.kp TO_CREATE", "zvonareva.kp2 TO_CREATE",
                "stepanova.lv TO_CREATE", "- NO_EMAIL");
        assertThat(count(dry.json(), "UNCHANGED")).isEqualTo(1);
        assertThat(Api.as(base, "admin").get("api/v1/accounts?q=zvonareva").json().getJsonNumber("total")
                .longValue()).as("a dry run creates nothing").isZero();

        Api.Reply stored = hr.sendBytes("POST", "api/v1/persons/import?accounts=true", utf8(csv), "text/csv");
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        assertThat(accounts(stored.json())).containsExactly("zvonareva.kp INVITATION_QUEUED",
                "zvonareva.kp2 INVITATION_QUEUED", "stepanova.lv INVITATION_QUEUED", "- NO_EMAIL");

        String token = invitationToken("zvonareva.kp@vologda-city.ru");
        assertThat(Mailbox.body(Mailbox.to("zvonareva.kp@vologda-city.ru").get(0))).contains("Логин: zvonareva.kp.");
        String second = invitationToken("zvonareva.kp.2@vologda-city.ru");
        invitationToken("stepanova.lv@vologda-city.ru");
        assertThat(Api.as(base, "zvonareva.kp", "!no-password").get("api/v1/me").status())
                .as("no password before the invitation is followed").isEqualTo(401);

        Api anonymous = Api.anonymous(base);
        assertThat(anonymous.post("api/v1/password-reset/invitation", "{\"token\":\"" + token
                + "\",\"password\":\"short\"}").status()).isEqualTo(400);
        Api.Reply accepted = anonymous.post("api/v1/password-reset/invitation", "{\"token\":\"" + token
                + "\",\"password\":\"my-first-password\"}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
        Api.Reply again = anonymous.post("api/v1/password-reset/invitation", "{\"token\":\"" + token
                + "\",\"password\":\"another-password\"}");
        assertThat(again.status()).as("an invitation link works once").isEqualTo(400);
        assertThat(again.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("token");

        Api holder = Api.as(base, "zvonareva.kp", "my-first-password");
        Api.Reply me = holder.get("api/v1/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().getString("lastName")).isEqualTo("Звонарёва");
        assertThat(me.json().getString("middleName")).isEqualTo("Павловна");
        assertThat(holder.get("api/v1/persons?limit=1").status()).as("an employee, not an HR officer").isEqualTo(403);

        String accountsAudit = Api.as(base, "admin").get("api/v1/audit?action=ACCOUNTS_CREATED_BY_IMPORT").body();
        assertThat(accountsAudit).contains("accounts=3").contains("without e-mail=1").doesNotContain(token)
                .doesNotContain(second);
        assertThat(audited("action=INVITATION_ACCEPTED&outcome=SUCCESS&targetId=zvonareva.kp")).isEqualTo(1);

        // the same list again: everybody with an e-mail has an account now
        Api.Reply repeated = hr.sendBytes("POST", "api/v1/persons/import?dryRun=true&accounts=true", utf8(csv),
                "text/csv");
        assertThat(accounts(repeated.json())).containsExactly("- NO_EMAIL");

        // seven days later the namesake's unused invitation has expired
        assertThat(Api.as(base, "admin").post("api/v1/it/clock/advance?seconds=" + (7 * 24 * 3600 + 60), null)
                .status()).isEqualTo(200);
        Api.Reply expired = anonymous.post("api/v1/password-reset/invitation", "{\"token\":\"" + second
                + "\",\"password\":\"too-late-password\"}");
        assertThat(expired.status()).as(expired.toString()).isEqualTo(400);
        assertThat(audited("action=INVITATION_ACCEPTED&outcome=FAILURE&targetId=zvonareva.kp2")).isEqualTo(1);
    }

    @Test
    void a_staff_list_with_accounts_refused_for_one_bad_row_creates_no_account_and_sends_nothing() throws Exception {
        Mailbox.open();
        Api hr = Api.as(base, "hr");
        Api admin = Api.as(base, "admin");
        long auditedBefore = audited("action=ACCOUNTS_CREATED_BY_IMPORT");
        String header = "ФИО;Табельный номер;СНИЛС;E-mail\r\n";
        String good = "Ярцева Полина Андреевна;920001;;iartseva.pa@vologda-city.ru\r\n";

        Api.Reply refused = hr.sendBytes("POST", "api/v1/persons/import?accounts=true", utf8(header + good
                + "Сидоренко Олег;920002;112-233-445 96;sidorenko.o@vologda-city.ru\r\n"), "text/csv");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().getString("code")).isEqualTo("IMPORT_REJECTED");
        assertThat(admin.get("api/v1/accounts?q=iartseva").json().getJsonNumber("total").longValue()).isZero();
        assertThat(audited("action=ACCOUNTS_CREATED_BY_IMPORT")).isEqualTo(auditedBefore);

        // the corrected list: the names are the plain ones (nothing was taken by the refused import) and each
        // address gets exactly one invitation (none was queued by the refused import)
        Api.Reply stored = hr.sendBytes("POST", "api/v1/persons/import?accounts=true", utf8(header + good
                + "Сидоренко Олег;920002;;sidorenko.o@vologda-city.ru\r\n"), "text/csv");
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        assertThat(accounts(stored.json())).containsExactly("iartseva.pa INVITATION_QUEUED",
                "sidorenko.o INVITATION_QUEUED");
        invitationToken("iartseva.pa@vologda-city.ru");
        invitationToken("sidorenko.o@vologda-city.ru");
        assertThat(audited("action=ACCOUNTS_CREATED_BY_IMPORT")).isEqualTo(auditedBefore + 1);
    }

    @Test
    void only_hr_officers_and_administrators_create_accounts_by_import_and_only_in_their_scope() {
        String csv = "ФИО;Табельный номер;E-mail\r\nКрылова Вера Ильинична;930001;krylova.vi@vologda-city.ru\r\n";
        assertThat(Api.as(base, "employee").sendBytes("POST", "api/v1/persons/import?accounts=true", utf8(csv),
                "text/csv").status()).isEqualTo(403);
        Api.Reply foreign = Api.as(base, "hr.tver").sendBytes("POST", "api/v1/persons/import?accounts=true&"
                + "municipalityId=" + vologdaId(), utf8(csv), "text/csv");
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(400);
        assertThat(foreign.body()).contains("municipalityId");
        assertThat(Api.as(base, "admin").get("api/v1/accounts?q=krylova").json().getJsonNumber("total").longValue())
                .isZero();
    }

    // fastauth

    @Test
    void a_known_caller_costs_no_statement_and_a_revoked_grant_password_or_account_is_refused_at_the_next_call() {
        String username = "revoked." + unique();
        Api employee = Api.as(base, "employee");
        assertThat(employee.get("api/v1/assessment/clock").status()).isEqualTo(200);
        assertThat(Api.serverStatements(base, () -> employee.get("api/v1/assessment/clock")))
                .as("an authenticated call of a caller known in memory").isZero();
        Api.Reply ping = Api.anonymous(base).get("api/v1/ping");
        assertThat(ping.status()).isEqualTo(200);
        assertThat(ping.json().getBoolean("ok")).isTrue();
        // on the node that changed the account there is no delay at all: the very next call is refused
        Revocations.revokeAndWatch(base, base, username, java.time.Duration.ZERO, java.time.Duration.ZERO);
    }
}
