package org.munacademy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark of gap-driven recommendations (issue 10's acceptance): one person's recommendations over 200 published
 * programmes with a 60-competency profile, and HR's "who needs what" over 10,000 persons in scope, each measured
 * against a cheap authenticated call on the same server in the same run, with p50/p95 and SQL statements per call.
 * Targets: p95 ≤ 100 ms, and a statement count that does not grow with the number of persons.
 * <p>
 * <b>Not</b> part of the suite (the name ends neither in {@code Test} nor in {@code IT}); run it against a server
 * started as the README's "Recommendations benchmark" section says, with the server's database reachable over JDBC
 * (H2 with {@code AUTO_SERVER=TRUE}, or MariaDB):
 *
 * <pre>
 * mvn -B -o test -Dtest=RecommendationBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DbuildDir=/tmp/bench-target \
 *     -Dbench.url=http://127.0.0.1:8099 -Dbench.jdbc='jdbc:h2:file:/tmp/bench-data/h2/academy;AUTO_SERVER=TRUE;…'
 * </pre>
 *
 * System properties: {@code bench.url}, {@code bench.jdbc} (required), {@code bench.jdbc.user} and
 * {@code bench.jdbc.password} (default {@code academy}), {@code bench.persons} (10000), {@code bench.programmes}
 * (200), {@code bench.competencies} (60), {@code bench.evidence} (pieces of evidence per person, 20),
 * {@code bench.calls} (measured calls per phase, 200), {@code bench.password} (demo accounts, {@code demo12345}).
 *
 * <p>Set-up (not measured, reused by a later run): over JDBC — the published standard gains competencies
 * {@code RB-01…} until it has {@code bench.competencies}; a position {@code RB-POS} of group LEADING requires all of
 * them (target 2–4, weight 1–5); {@code bench.persons} persons {@code RB-00001…} in that position spread over the
 * Vologda region's municipalities, each with {@code bench.evidence} manager ratings of random competencies. Over
 * REST as the methodologist — {@code bench.programmes} published programmes {@code RB-P000…} developing 2–4 random
 * competencies of the profile, every other one with a cohort open today. Then, one call at a time as the
 * administrator (national scope) and as {@code hr} (one city): baseline {@code GET assessment/clock}; one person's
 * recommendations; the who-needs-what programme list; one programme's persons.
 */
@ExtendWith(BenchReport.class)
class RecommendationBenchmark {

    private static final String STANDARD = "MUN-COMP";
    private static final Random RANDOM = new Random(20270301);

    private final URI url = URI.create(System.getProperty("bench.url", "http://localhost:8080").replaceAll("/$", "")
            + "/api/v1/");
    private final String password = System.getProperty("bench.password", "demo12345");
    private final int persons = Integer.getInteger("bench.persons", 10_000);
    private final int programmes = Integer.getInteger("bench.programmes", 200);
    private final int competencies = Integer.getInteger("bench.competencies", 60);
    private final int evidencePerPerson = Integer.getInteger("bench.evidence", 20);
    private final int calls = Integer.getInteger("bench.calls", 200);

    @Test
    void recommendations_for_one_person_and_who_needs_what_over_ten_thousand_persons() throws SQLException {
        String jdbc = System.getProperty("bench.jdbc");
        assertThat(jdbc).as("-Dbench.jdbc= the server's database").isNotBlank();
        List<String> codes;
        List<Long> benchPersons;
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbc, System.getProperty("bench.jdbc.user", "academy"),
                System.getProperty("bench.jdbc.password", "academy"))) {
            c.setAutoCommit(false);
            codes = competencies(c);
            long position = position(c, codes);
            benchPersons = persons(c, position, codes);
        }
        BenchHttp admin = new BenchHttp(url, "admin", password);
        BenchHttp methodologist = new BenchHttp(url, "methodologist", password);
        BenchHttp hr = new BenchHttp(url, "hr", password);
        programmes(methodologist, codes);
        System.out.printf(Locale.ROOT, "Set-up: %d competencies, %d bench persons, %d programmes, %.1f s%n",
                codes.size(), benchPersons.size(), programmes, (System.nanoTime() - started) / 1e9);

        // first call of each scope builds its gap table: timed apart
        BenchHttp.Reply first = admin.get("learning/recommendations/programmes");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        System.out.printf(Locale.ROOT, "First who-needs-what call (builds the national gap table): %.1f ms%n",
                first.nanos() / 1e6);
        int inScope = first.parse().asJsonArray().getValuesAs(JsonObject.class).stream()
                .mapToInt(o -> o.getInt("persons")).max().orElse(0);

        List<String[]> rows = new ArrayList<>();
        BenchStats base = BenchPhase.measure(admin, admin, calls, i -> "assessment/clock");
        rows.add(BenchPhase.line("baseline GET assessment/clock (admin)", base, base));
        BenchStats one = BenchPhase.measure(admin, admin, calls, i -> "learning/recommendations/persons/"
                + benchPersons.get(i % benchPersons.size()));
        rows.add(BenchPhase.line("one person: " + competencies + " competencies × " + programmes + " programmes",
                one, base));
        BenchStats list = BenchPhase.measure(admin, admin, calls, i -> "learning/recommendations/programmes");
        rows.add(BenchPhase.line("who needs what, national scope (" + (benchPersons.size() + 60) + " persons)",
                list, base));
        BenchStats persons1 = BenchPhase.measure(admin, admin, calls,
                i -> "learning/recommendations/programmes/RB-P" + String.format("%03d", i % programmes) + "/persons");
        rows.add(BenchPhase.line("one programme's persons, national scope", persons1, base));
        hr.get("learning/recommendations/programmes");
        BenchStats small = BenchPhase.measure(hr, admin, calls, i -> "learning/recommendations/programmes");
        rows.add(BenchPhase.line("who needs what, one city (hr)", small, base));
        BenchStats mine = BenchPhase.measure(new BenchHttp(url, "employee", password), admin, calls,
                i -> "learning/recommendations");
        rows.add(BenchPhase.line("own recommendations (employee)", mine, base));

        System.out.println();
        System.out.printf("Recommendations benchmark at %s, %d calls per phase, one at a time (most persons one "
                + "programme needs: %d)%n", url, calls, inScope);
        System.out.printf("%-62s %9s %9s %9s %9s %9s%n", "phase", "p50 ms", "p95 ms", "SQL/call", "p50 ×base",
                "p95 ×base");
        rows.forEach(r -> System.out.printf("%-62s %9s %9s %9s %9s %9s%n", (Object[]) r));
        // the server's background jobs (the outbox poll) may add a statement or two to a phase: compare per call
        assertThat(Math.round(list.sqlPerCall())).as("statements do not grow with the persons in scope")
                .isEqualTo(Math.round(small.sqlPerCall()));
    }

    // ---- set-up over JDBC ----

    /** The published standard's competency codes, with RB-NN added to its first area until there are enough. */
    private List<String> competencies(Connection c) throws SQLException {
        long version = single(c, "select v.id from standard_version v join competency_standard s on s.id = "
                + "v.standard_id where s.code = '" + STANDARD + "' and v.status = 'PUBLISHED'");
        List<String> codes = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select code from competency where "
                + "standard_version_id = " + version + " order by id")) {
            while (r.next()) {
                codes.add(r.getString(1));
            }
        }
        long area = single(c, "select min(id) from competency_area where standard_version_id = " + version);
        try (PreparedStatement p = c.prepareStatement("insert into competency (version, standard_version_id, "
                + "area_id, code, name, competency_kind, sort_order, case_id) values (0, ?, ?, ?, ?, 'PROFESSIONAL', "
                + "?, ?)")) {
            for (int n = 1; codes.size() < competencies; n++) {
                String code = String.format("RB-%02d", n);
                if (codes.contains(code)) {
                    continue;
                }
                p.setLong(1, version);
                p.setLong(2, area);
                p.setString(3, code);
                p.setString(4, "Компетенция для замера " + n);
                p.setInt(5, 1000 + n);
                p.setString(6, UUID.randomUUID().toString());
                p.executeUpdate();
                codes.add(code);
            }
        }
        c.commit();
        return codes.subList(0, competencies);
    }

    /** Position RB-POS (group LEADING) requiring every competency of the list. */
    private long position(Connection c, List<String> codes) throws SQLException {
        long group = single(c, "select id from position_group where code = 'LEADING'");
        long version = single(c, "select v.id from standard_version v join competency_standard s on s.id = "
                + "v.standard_id where s.code = '" + STANDARD + "' and v.status = 'PUBLISHED'");
        Long position = optional(c, "select id from job_position where code = 'RB-POS'");
        if (position == null) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("insert into job_position (version, code, name, position_group_id) values (0, "
                        + "'RB-POS', 'Специалист (замер рекомендаций)', " + group + ")");
            }
            position = single(c, "select id from job_position where code = 'RB-POS'");
            try (PreparedStatement p = c.prepareStatement("insert into competency_requirement (version, "
                    + "standard_version_id, position_group_id, position_id, competency_code, min_level, target_level, "
                    + "weight) values (0, ?, ?, ?, ?, ?, ?, ?)")) {
                for (String code : codes) {
                    int target = 2 + RANDOM.nextInt(3);
                    p.setLong(1, version);
                    p.setLong(2, group);
                    p.setLong(3, position);
                    p.setString(4, code);
                    p.setInt(5, target - 1);
                    p.setInt(6, target);
                    p.setInt(7, 1 + RANDOM.nextInt(5));
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
        }
        return position;
    }

    /** The bench persons (created when missing) with their evidence; their ids. */
    private List<Long> persons(Connection c, long position, List<String> codes) throws SQLException {
        List<Long> municipalities = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select m.id from municipality m "
                + "join region g on g.id = m.region_id where g.code = '35' order by m.id")) {
            while (r.next()) {
                municipalities.add(r.getLong(1));
            }
        }
        long existing = single(c, "select count(*) from person where code like 'RB-%'");
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try (PreparedStatement p = c.prepareStatement("insert into person (version, code, last_name, first_name, "
                + "municipality_id, position_id, consent_given, created_at) values (0, ?, ?, ?, ?, ?, true, ?)")) {
            for (long i = existing + 1; i <= persons; i++) {
                p.setString(1, String.format("RB-%05d", i));
                p.setString(2, "Замеров");
                p.setString(3, "Сотрудник " + i);
                p.setLong(4, municipalities.get((int) (i % municipalities.size())));
                p.setLong(5, position);
                p.setTimestamp(6, now);
                p.addBatch();
                if (i % 1000 == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
        c.commit();
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select id from person where code like "
                + "'RB-%' order by id")) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        long withEvidence = single(c, "select count(distinct e.person_id) from competency_evidence e join person p "
                + "on p.id = e.person_id where p.code like 'RB-%'");
        if (withEvidence == 0) {
            LocalDate today = LocalDate.now();
            try (PreparedStatement p = c.prepareStatement("insert into competency_evidence (version, person_id, "
                    + "standard_code, competency_code, level_no, source, observed_on, reference, recorded_by, "
                    + "recorded_at) values (0, ?, '" + STANDARD + "', ?, ?, 'MANAGER', ?, 'bench', 'bench', ?)")) {
                int n = 0;
                for (long id : ids) {
                    List<String> shuffled = new ArrayList<>(codes);
                    Collections.shuffle(shuffled, RANDOM);
                    for (String code : shuffled.subList(0, Math.min(evidencePerPerson, shuffled.size()))) {
                        p.setLong(1, id);
                        p.setString(2, code);
                        p.setInt(3, 1 + RANDOM.nextInt(4));
                        p.setDate(4, Date.valueOf(today.minusDays(RANDOM.nextInt(300))));
                        p.setTimestamp(5, now);
                        p.addBatch();
                        if (++n % 5000 == 0) {
                            p.executeBatch();
                        }
                    }
                }
                p.executeBatch();
            }
            c.commit();
        }
        return ids;
    }

    private static long single(Connection c, String sql) throws SQLException {
        Long v = optional(c, sql);
        if (v == null) {
            throw new IllegalStateException("no row: " + sql);
        }
        return v;
    }

    private static Long optional(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() && r.getObject(1) != null ? r.getLong(1) : null;
        }
    }

    // ---- set-up over REST ----

    /** Published programmes RB-P000…, each developing 2–4 random competencies; every other one has an open cohort. */
    private void programmes(BenchHttp m, List<String> codes) {
        LocalDate today = LocalDate.now();
        for (int i = 0; i < programmes; i++) {
            String code = String.format("RB-P%03d", i);
            if (m.get("learning/programmes/" + code).status() == 200) {
                continue;
            }
            List<String> shuffled = new ArrayList<>(codes);
            Collections.shuffle(shuffled, RANDOM);
            JsonArrayBuilder develops = Json.createArrayBuilder();
            for (String c : shuffled.subList(0, 2 + RANDOM.nextInt(3))) {
                develops.add(Json.createObjectBuilder().add("competencyCode", c).add("targetLevel",
                        2 + RANDOM.nextInt(3)));
            }
            BenchHttp.Reply created = m.post("learning/programmes", Json.createObjectBuilder().add("code", code)
                    .add("title", "Программа для замера " + i).add("kind", "QUALIFICATION_UPGRADE")
                    .add("format", "PART_TIME").add("distanceLearning", true).add("hours", 16 + i % 40)
                    .add("providerCode", "SZIU-UCH").add("description", "Программа для замера рекомендаций.")
                    .add("competencies", develops).add("prerequisites", Json.createArrayBuilder()).build()
                    .toString());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            BenchHttp.Reply module = m.post("learning/programmes/" + code + "/modules?version="
                    + created.json().getJsonNumber("version").longValue(), "{\"title\":\"Модуль\"}");
            long moduleId = module.json().getJsonArray("modules").getJsonObject(0).getJsonNumber("id").longValue();
            BenchHttp.Reply lesson = m.post("learning/programmes/" + code + "/modules/" + moduleId
                    + "/lessons?version=" + module.json().getJsonNumber("version").longValue(),
                    Json.createObjectBuilder().add("title", "Занятие").add("kind", "TEXT").add("mandatory", true)
                            .add("body", "Текст занятия.").build().toString());
            BenchHttp.Reply published = m.post("learning/programmes/" + code + "/publish?version="
                    + lesson.json().getJsonNumber("version").longValue(), null);
            assertThat(published.status()).as(published.toString()).isEqualTo(200);
            if (i % 2 == 0) {
                BenchHttp.Reply cohort = m.post("learning/cohorts", Json.createObjectBuilder().add("code", code + "-1")
                        .add("programmeCode", code).add("startsOn", today.plusDays(30).toString())
                        .add("endsOn", today.plusDays(60).toString()).add("seats", 25)
                        .add("enrolFrom", today.minusDays(5).toString()).add("enrolTo", today.plusDays(20).toString())
                        .add("approval", "FREE").build().toString());
                assertThat(cohort.status()).as(cohort.toString()).isEqualTo(201);
            }
        }
    }
}
