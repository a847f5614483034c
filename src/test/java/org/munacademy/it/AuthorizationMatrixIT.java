package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix: role × REST resource × method → the expected status, read from
 * {@code authorization-matrix.csv} (every new endpoint adds its rows there), and the scope rule that a listing
 * never leaves the caller's region or municipality. All mismatches are reported together.
 */
class AuthorizationMatrixIT extends OnPayaraMicro {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(person|municipality|version|test):([^}]+)}");

    record Row(int line, String user, String method, String path, String body, int expected) {
    }

    @Test
    void every_role_gets_exactly_the_status_the_matrix_states_for_every_endpoint() throws IOException {
        List<Row> rows = readMatrix();
        assertThat(rows).hasSizeGreaterThan(50);
        Map<String, Long> persons = personIdsByCode();
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            String path = resolve(row.path(), persons);
            Api api = row.user().equals("anonymous") ? Api.anonymous(base) : Api.as(base, row.user());
            Api.Reply reply = api.send(row.method(), path, body(row.body()), "application/json, */*;q=0.5");
            if (reply.status() != row.expected()) {
                mismatches.add("line " + row.line() + ": " + row.user() + " " + row.method() + " " + path
                        + " expected " + row.expected() + " but got " + reply);
            }
            if (reply.status() >= 400) {
                assertThat(reply.contentType()).as("line %d: errors are problem+json", row.line())
                        .startsWith("application/problem+json");
            }
        }
        assertThat(mismatches).as("authorisation matrix mismatches").isEmpty();
    }

    @Test
    void person_listings_never_leave_the_callers_scope() {
        Map<String, Set<String>> allowedRegions = Map.of(
                "hr", Set.of("35"), "hr.region", Set.of("35"), "hr.tver", Set.of("69"));
        Map<String, Set<String>> allowedMunicipalities = Map.of(
                "hr", Set.of("городской округ город Вологда"), "hr.tver", Set.of("городской округ город Тверь"));
        for (var entry : allowedRegions.entrySet()) {
            List<JsonObject> items = Api.as(base, entry.getKey()).get("api/v1/persons?limit=500").json()
                    .getJsonArray("items").getValuesAs(JsonObject.class);
            assertThat(items).as(entry.getKey()).isNotEmpty();
            assertThat(items.stream().map(o -> o.getString("regionCode")).collect(Collectors.toSet()))
                    .as("regions seen by %s", entry.getKey()).isSubsetOf(entry.getValue());
            if (allowedMunicipalities.containsKey(entry.getKey())) {
                assertThat(items.stream().map(o -> o.getString("municipalityName")).collect(Collectors.toSet()))
                        .as("municipalities seen by %s", entry.getKey())
                        .isSubsetOf(allowedMunicipalities.get(entry.getKey()));
            }
            // text search finds the caller's own people but cannot reach outside the scope
            String ownName = entry.getValue().contains("69") ? "Морозов" : "Смирнова";
            assertThat(Api.as(base, entry.getKey()).get("api/v1/persons?q=" + encode(ownName)).json()
                    .getJsonNumber("total").longValue()).as("%s searching %s", entry.getKey(), ownName).isPositive();
            String foreignName = entry.getValue().contains("69") ? "Смирнова" : "Морозов";
            assertThat(Api.as(base, entry.getKey()).get("api/v1/persons?q=" + encode(foreignName)).json()
                    .getJsonNumber("total").longValue()).as("%s searching %s", entry.getKey(), foreignName).isZero();
        }
        JsonObject all = Api.as(base, "admin").get("api/v1/persons?limit=1").json();
        assertThat(all.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(60);
    }

    /** The four demo accounts whose scopes the scope tests compare. */
    private static final List<String> SCOPED = List.of("hr", "hr.region", "hr.tver", "admin");

    /**
     * Who lies in each demo account's scope, worked out from the administrator's listing by the rule itself:
     * Vologda (hr) is a city district, the Vologda region (hr.region) holds it and more, Tver (hr.tver) lies in
     * another region, the administrator sees the whole country.
     */
    private Map<String, Set<Long>> peopleInScope() {
        Map<String, java.util.function.Predicate<JsonObject>> rule = Map.of(
                "hr", p -> p.getString("municipalityName").equals("городской округ город Вологда"),
                "hr.region", p -> p.getString("regionCode").equals("35"),
                "hr.tver", p -> p.getString("municipalityName").equals("городской округ город Тверь"),
                "admin", p -> true);
        List<JsonObject> everybody = items(Api.as(base, "admin").get("api/v1/persons?limit=500"));
        Map<String, Set<Long>> people = new HashMap<>();
        for (String user : SCOPED) {
            people.put(user, everybody.stream().filter(rule.get(user)).map(p -> p.getJsonNumber("id").longValue())
                    .collect(Collectors.toSet()));
            assertThat(people.get(user)).as("people in the scope of %s", user).isNotEmpty().hasSizeLessThan(500);
        }
        assertThat(people.get("hr")).as("the region holds the city and more").isNotEqualTo(people.get("hr.region"));
        assertThat(people.get("hr.region")).containsAll(people.get("hr"));
        return people;
    }

    /** Identity: the persons list of each demo account is exactly the people of its scope (identity's DataScope). */
    @Test
    void identity_lists_exactly_the_people_in_each_demo_accounts_scope() {
        Map<String, Set<Long>> people = peopleInScope();
        for (String user : SCOPED) {
            assertThat(ids(items(Api.as(base, user).get("api/v1/persons?limit=500")), "id"))
                    .as("persons listed for %s", user).isEqualTo(people.get(user));
        }
    }

    /** Competency: the heat-map of each demo account has a row for exactly the people of its scope. */
    @Test
    void competency_heat_maps_show_exactly_the_people_in_each_demo_accounts_scope() {
        Map<String, Set<Long>> people = peopleInScope();
        for (String user : SCOPED) {
            assertThat(ids(Api.as(base, user).get("api/v1/competency/heatmap").json().getJsonArray("rows")
                    .getValuesAs(JsonObject.class), "id")).as("heat-map rows of %s", user)
                    .isEqualTo(people.get(user));
        }
    }

    /**
     * Assessment: a test taken by a Vologda and a Tver employee and assigned by each officer within their scope;
     * each demo account sees exactly its scope's assignments and results, and no result of anybody outside it.
     */
    @Test
    void assessment_shows_each_demo_account_exactly_the_assignments_and_results_of_its_scope() {
        Map<String, Set<Long>> people = peopleInScope();
        long test = publishedSelfTest("IT-SCOPE");
        long vologdaAttempt = takeAndFinish("employee", test); // PER-0001, Vologda
        long tverAttempt = takeAndFinish("hr.tver", test); // PER-0004, Tver
        long toPerson = assign("hr", test, "PERSON", personIdsByCode().get("PER-0001"));
        long toCherepovets = assign("hr.region", test, "MUNICIPALITY", municipalityId("19730000"));
        long toTver = assign("hr.tver", test, "MUNICIPALITY", municipalityId("28701000"));
        assertThat(Api.as(base, "hr").post("api/v1/assessment/tests/" + test + "/assignments",
                "{\"target\":\"MUNICIPALITY\",\"targetId\":" + municipalityId("28701000") + "}").status())
                .as("hr assigning to Tver").isEqualTo(403);
        Map<String, Set<Long>> assignments = Map.of("hr", Set.of(toPerson),
                "hr.region", Set.of(toPerson, toCherepovets), "hr.tver", Set.of(toTver),
                "admin", Set.of(toPerson, toCherepovets, toTver));
        Map<String, Set<Long>> attempts = Map.of("hr", Set.of(vologdaAttempt), "hr.region", Set.of(vologdaAttempt),
                "hr.tver", Set.of(tverAttempt), "admin", Set.of(vologdaAttempt, tverAttempt));
        for (String user : SCOPED) {
            Api api = Api.as(base, user);
            assertThat(ids(api.get("api/v1/assessment/tests/" + test + "/assignments").array()
                    .getValuesAs(JsonObject.class), "id")).as("assignments seen by %s", user)
                    .isEqualTo(assignments.get(user));
            assertThat(ids(items(api.get("api/v1/assessment/results?limit=500&test=" + test)), "attemptId"))
                    .as("results seen by %s", user).isEqualTo(attempts.get(user));
            assertThat(ids(items(api.get("api/v1/assessment/results?limit=500")), "personId"))
                    .as("people in all results seen by %s", user).isSubsetOf(people.get(user));
        }
        assertThat(Api.as(base, "hr.tver").get("api/v1/assessment/results?test=" + test).json()
                .getJsonNumber("total").longValue()).as("the count follows the same scope").isEqualTo(1);
    }

    /**
     * Learning: the catalogue holds no personal data, so each demo account sees the same programmes; the levels on a
     * programme's page are the reader's own, never those of the people in their scope (hr covers the employee, whose
     * DIG-01 level is known, and sees only their own: none).
     */
    @Test
    void learning_shows_every_demo_account_the_same_catalogue_and_only_its_own_levels() {
        Set<String> seen = null;
        Map<String, Set<String>> ownLevels = Map.of("hr", Set.of(), "hr.region", Set.of(),
                "hr.tver", Set.of("DIG-03"), "admin", Set.of("DIG-03"), "employee", Set.of("DIG-01"));
        for (String user : List.of("employee", "hr", "hr.region", "hr.tver", "admin")) {
            Api api = Api.as(base, user);
            Set<String> codes = items(api.get("api/v1/learning/programmes?limit=100")).stream()
                    .map(o -> o.getString("code")).collect(Collectors.toSet());
            assertThat(codes).as("catalogue of %s", user).isNotEmpty();
            if (seen != null) {
                assertThat(codes).as("catalogue of %s", user).isEqualTo(seen);
            }
            seen = codes;
            Set<String> known = api.get("api/v1/learning/programmes/DT-72").json().getJsonArray("competencies")
                    .getValuesAs(JsonObject.class).stream().filter(c -> c.containsKey("currentLevel")
                            && !c.isNull("currentLevel")).map(c -> c.getString("code")).collect(Collectors.toSet());
            assertThat(known).as("levels %s sees on a programme's page", user).isEqualTo(ownLevels.get(user));
        }
    }

    private static List<JsonObject> items(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static Set<Long> ids(List<JsonObject> rows, String field) {
        return rows.stream().map(o -> o.getJsonNumber(field).longValue()).collect(Collectors.toSet());
    }

    /** Creates and publishes a test anybody may take for themselves (three questions); returns its id. */
    private long publishedSelfTest(String code) {
        Api methodologist = Api.as(base, "methodologist");
        String settings = "{\"title\":\"Проверка зоны ответственности\",\"timeLimitSeconds\":600,"
                + "\"attemptsAllowed\":3,\"review\":\"CORRECT_ANSWERS\",\"openForSelf\":true,"
                + "\"shuffleQuestions\":false,\"shuffleOptions\":false,\"onePerPage\":true,"
                + "\"rules\":[{\"competencyCode\":\"DIG-01\",\"count\":3}],\"cuts\":[],\"accommodations\":[]}";
        Api.Reply created = methodologist.post("api/v1/assessment/tests?code=" + code, settings);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply published = methodologist.post("api/v1/assessment/tests/" + id + "/publish?version="
                + created.json().getJsonNumber("version").longValue(), null);
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        return id;
    }

    private long takeAndFinish(String user, long test) {
        Api taker = Api.as(base, user);
        Api.Reply started = taker.post("api/v1/assessment/tests/" + test + "/attempts", null);
        assertThat(started.status()).as(started.toString()).isIn(200, 201);
        long attempt = started.json().getJsonNumber("attemptId").longValue();
        Api.Reply finished = taker.post("api/v1/assessment/attempts/" + attempt + "/finish", null);
        assertThat(finished.status()).as(finished.toString()).isEqualTo(200);
        return attempt;
    }

    private long assign(String user, long test, String target, long targetId) {
        Api.Reply assigned = Api.as(base, user).post("api/v1/assessment/tests/" + test + "/assignments",
                "{\"target\":\"" + target + "\",\"targetId\":" + targetId + "}");
        assertThat(assigned.status()).as("%s assigning %s %d: %s", user, target, targetId, assigned).isEqualTo(201);
        return assigned.json().getJsonNumber("id").longValue();
    }

    private List<Row> readMatrix() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/authorization-matrix.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].trim();
                if (line.isEmpty() || line.startsWith("#") || line.startsWith("user,")) {
                    continue;
                }
                String[] c = line.split(",", -1);
                rows.add(new Row(i + 1, c[0], c[1], c[2], c[3], Integer.parseInt(c[4])));
            }
        }
        return rows;
    }

    private String body(String fixture) {
        return switch (fixture) {
            case "" -> null;
            case "empty" -> "{}";
            case "bad-evidence" -> "{\"competencyCode\":\"NO-SUCH\",\"level\":9,\"source\":\"MANAGER\","
                    + "\"observedOn\":\"2030-01-01\"}";
            case "stale-person" -> "{\"lastName\":\"Смирнова\",\"firstName\":\"Анна\",\"municipalityId\":"
                    + municipalityId("19701000") + ",\"version\":0}";
            case "assign-per-0001" -> "{\"target\":\"PERSON\",\"targetId\":"
                    + Api.personIdsByCode(base).get("PER-0001") + "}";
            case "answer" -> "{\"slot\":1,\"seq\":0,\"response\":{\"choices\":[0]}}";
            case "evidence-manager" -> evidence("MANAGER");
            case "evidence-self" -> evidence("SELF_ASSESSMENT");
            case "evidence-assessment" -> evidence("ASSESSMENT");
            case "evidence-course" -> evidence("COURSE");
            case "evidence-contest" -> evidence("CONTEST_JURY");
            default -> throw new IllegalArgumentException("unknown body fixture " + fixture);
        };
    }

    /** A valid piece of evidence of the given source (only who records it, and about whom, decides). */
    private static String evidence(String source) {
        return "{\"competencyCode\":\"PRJ-01\",\"level\":2,\"source\":\"" + source + "\",\"observedOn\":\""
                + java.time.LocalDate.now() + "\",\"reference\":\"matrix\"}";
    }

    @Test
    void accommodations_of_a_test_are_shown_only_for_people_in_the_officers_scope_and_reading_them_is_audited() {
        long senior = testId("SENIOR");
        long pavlov = personIdsByCode().get("PER-0008"); // Vologda, 15 extra minutes on the SENIOR test (seeded)
        JsonObject tver = Api.as(base, "hr.tver").get("api/v1/assessment/tests/" + senior).json();
        assertThat(tver.getJsonObject("settings").getJsonArray("accommodations")).as("hr.tver sees no Vologda person")
                .isEmpty();
        assertThat(tver.getJsonObject("accommodatedPersons")).isEmpty();
        assertThat(audit("action=ACCOMMODATIONS_READ&actor=hr.tver&targetId=" + senior)).isEmpty();

        for (String user : List.of("hr", "methodologist", "admin")) {
            JsonObject detail = Api.as(base, user).get("api/v1/assessment/tests/" + senior).json();
            assertThat(detail.getJsonObject("settings").getJsonArray("accommodations").getValuesAs(JsonObject.class))
                    .as(user).extracting(a -> a.getJsonNumber("personId").longValue()).contains(pavlov);
            assertThat(detail.getJsonObject("accommodatedPersons").containsKey(String.valueOf(pavlov))).as(user)
                    .isTrue();
            assertThat(audit("action=ACCOMMODATIONS_READ&actor=" + user + "&targetId=" + senior))
                    .as("%s reading accommodations is audited", user).isNotEmpty()
                    .allMatch(e -> e.getString("detail").contains(String.valueOf(pavlov)));
        }
    }

    @Test
    void result_listings_exports_and_assignments_are_audited() {
        Api hr = Api.as(base, "hr");
        JsonObject page = hr.get("api/v1/assessment/results?q=" + encode("Смирнова")).json();
        assertThat(audit("action=RESULTS_LISTED&actor=hr")).extracting(e -> e.getString("detail"))
                .anyMatch(d -> d.contains("q=Смирнова") && d.contains("rows=" + page.getJsonArray("items").size()));
        assertThat(hr.send("GET", "api/v1/assessment/results/export", null, "*/*").status()).isEqualTo(200);
        assertThat(audit("action=DATA_EXPORTED&actor=hr&targetType=results")).extracting(e -> e.getString("detail"))
                .anyMatch(d -> d.startsWith("xlsx") && d.contains("rows="));
        assertThat(audit("action=RESULTS_LISTED&actor=methodologist")).isEmpty();

        long test = testId("HIGHEST");
        long person = personIdsByCode().get("PER-0009");
        Api.Reply assigned = hr.post("api/v1/assessment/tests/" + test + "/assignments",
                "{\"target\":\"PERSON\",\"targetId\":" + person + "}");
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        long assignment = assigned.json().getJsonNumber("id").longValue();
        assertThat(hr.send("DELETE", "api/v1/assessment/assignments/" + assignment, null).status()).isEqualTo(204);
        assertThat(audit("action=TEST_ASSIGNED&actor=hr&targetType=test&targetId=" + test))
                .extracting(e -> e.getString("detail")).anyMatch(d -> d.startsWith("assigned PERSON " + person))
                .anyMatch(d -> d.startsWith("withdrawn PERSON " + person));
    }

    private List<JsonObject> audit(String query) {
        return Api.as(base, "admin").get("api/v1/audit?limit=100&" + query).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private String resolve(String path, Map<String, Long> persons) {
        Matcher m = PLACEHOLDER.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            long id = switch (m.group(1)) {
                case "person" -> persons.get(m.group(2));
                case "version" -> publishedVersionId(m.group(2));
                case "test" -> testId(m.group(2));
                default -> municipalityId(m.group(2));
            };
            m.appendReplacement(out, String.valueOf(id));
        }
        m.appendTail(out);
        return out.toString();
    }

    private final Map<String, Long> municipalities = new HashMap<>();

    /** The published test of a position group (seeded content). */
    private long testId(String positionGroup) {
        return Api.as(base, "methodologist").get("api/v1/assessment/tests").array().getValuesAs(JsonObject.class)
                .stream().filter(t -> t.containsKey("positionGroupCode")
                        && t.getString("positionGroupCode").equals(positionGroup)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private long publishedVersionId(String standardCode) {
        return Api.as(base, "employee").get("api/v1/competency/standards").array().getValuesAs(JsonObject.class)
                .stream().filter(v -> v.getString("standardCode").equals(standardCode)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private long municipalityId(String oktmo) {
        return municipalities.computeIfAbsent(oktmo, o -> Api.municipalityId(base, o));
    }

    private Map<String, Long> personIdsByCode() {
        return Api.personIdsByCode(base);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
