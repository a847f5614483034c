package org.munacademy.bench;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scale generator of issue 11 (a test utility, not start-up content): fills a database with
 * {@code bench.persons} persons (500,000) spread over every municipality of the country in the seeded positions, with
 * {@code bench.evidence} pieces of evidence each (6) on the published standard's competencies, a regional reserve per
 * region, and {@code bench.entries} reserve entries (50,000) in every status with their readiness, plus appointments
 * (a third of them from the reserve), so that the reserve benchmark measures shortlists and analytics at the size of
 * a national rollout. Reproducible (fixed seed), resumable (skips what exists: persons {@code RS-…}, reserves
 * {@code RS-REG-…}), batched over plain JDBC.
 * <p>
 * <b>Not</b> part of the suite. Against the server's MariaDB (add {@code rewriteBatchedStatements=true} for speed):
 *
 * <pre>
 * mvn -B -o test -Dtest=ReserveScale -Dsurefire.failIfNoSpecifiedTests=false -DbuildDir=/tmp/bench-target \
 *     -Dbench.jdbc='jdbc:mysql://127.0.0.1:3306/academy_bench?rewriteBatchedStatements=true' \
 *     -Dbench.jdbc.user=root -Dbench.jdbc.password=
 * </pre>
 */
class ReserveScale {

    private static final String STANDARD = "MUN-COMP";
    private static final Random RANDOM = new Random(20261203);
    private static final String[] LAST = {"Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов",
        "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров"};
    private static final String[] FIRST = {"Александр", "Мария", "Дмитрий", "Анна", "Сергей", "Елена", "Андрей",
        "Ольга", "Алексей", "Наталья", "Михаил", "Татьяна", "Николай", "Ирина"};
    private static final String[] STATUSES = {"INCLUDED", "INCLUDED", "IN_DEVELOPMENT", "IN_DEVELOPMENT",
        "IN_DEVELOPMENT", "NOMINATED", "APPOINTED", "EXCLUDED", "EXPIRED", "NOT_INCLUDED"};
    private static final String[] READINESS = {"READY_NOW", "WITHIN_1_YEAR", "ONE_TO_TWO_YEARS", "NOT_READY"};

    private final int persons = Integer.getInteger("bench.persons", 500_000);
    private final int evidencePerPerson = Integer.getInteger("bench.evidence", 6);
    private final int entries = Integer.getInteger("bench.entries", 50_000);
    private final int appointments = Integer.getInteger("bench.appointments", 15_000);

    /** A municipality with its region. */
    private record Place(long municipality, long region) {
    }

    /** A position with its group. */
    private record Post(long position, long group) {
    }

    @Test
    void fills_the_database_with_half_a_million_persons_and_fifty_thousand_reserve_entries() throws SQLException {
        String jdbc = System.getProperty("bench.jdbc");
        assertThat(jdbc).as("-Dbench.jdbc= the server's database").isNotBlank();
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbc, System.getProperty("bench.jdbc.user", "academy"),
                System.getProperty("bench.jdbc.password", "academy"))) {
            c.setAutoCommit(false);
            List<Place> places = places(c);
            List<Post> posts = posts(c);
            List<String> competencies = strings(c, "select c.code from competency c join standard_version v on "
                    + "v.id = c.standard_version_id join competency_standard s on s.id = v.standard_id where s.code = '"
                    + STANDARD + "' and v.status = 'PUBLISHED' order by c.id");
            assertThat(places).isNotEmpty();
            assertThat(posts).isNotEmpty();
            assertThat(competencies).isNotEmpty();
            int made = persons(c, places, posts);
            long first = single(c, "select min(id) from person where code like 'RS-%'");
            long last = single(c, "select max(id) from person where code like 'RS-%'");
            int evidence = evidence(c, first, last, competencies);
            int reserves = reserves(c, places);
            int madeEntries = entries(c, first, last, posts);
            int madeAppointments = appointments(c, first, last, posts, places);
            analyse(c);
            System.out.printf(Locale.ROOT, "Scale data: %d persons added (%d in all), %d pieces of evidence added, "
                    + "%d regional reserves added, %d entries added, %d appointments added, %.1f s%n", made,
                    last - first + 1, evidence, reserves, madeEntries, madeAppointments,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * Brings the optimizer's statistics up to the bulk load: before this, MariaDB had estimated one person per
     * municipality and ranked the national reserve's shortlist by scanning every person (3 s instead of 70 ms for its
     * level snapshots' statement), as a database that grows by normal use would not.
     */
    private static void analyse(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
                s.execute("ANALYZE");
            } else {
                s.execute("ANALYZE TABLE person, municipality, competency_evidence, competency_level_snapshot, "
                        + "reserve_reserve, reserve_entry, reserve_appointment");
            }
        }
        c.commit();
    }

    private List<Place> places(Connection c) throws SQLException {
        List<Place> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select id, region_id from municipality "
                + "order by id")) {
            while (r.next()) {
                out.add(new Place(r.getLong(1), r.getLong(2)));
            }
        }
        return out;
    }

    private List<Post> posts(Connection c) throws SQLException {
        List<Post> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select id, position_group_id from "
                + "job_position order by id")) {
            while (r.next()) {
                out.add(new Post(r.getLong(1), r.getLong(2)));
            }
        }
        return out;
    }

    private int persons(Connection c, List<Place> places, List<Post> posts) throws SQLException {
        long existing = single(c, "select count(*) from person where code like 'RS-%'");
        Timestamp now = new Timestamp(System.currentTimeMillis());
        int made = 0;
        try (PreparedStatement p = c.prepareStatement("insert into person (version, code, last_name, first_name, "
                + "municipality_id, position_id, consent_given, created_at) values (0, ?, ?, ?, ?, ?, true, ?)")) {
            for (long i = existing + 1; i <= persons; i++) {
                p.setString(1, String.format("RS-%06d", i));
                p.setString(2, LAST[RANDOM.nextInt(LAST.length)]);
                p.setString(3, FIRST[RANDOM.nextInt(FIRST.length)]);
                p.setLong(4, places.get(RANDOM.nextInt(places.size())).municipality());
                p.setLong(5, posts.get(RANDOM.nextInt(posts.size())).position());
                p.setTimestamp(6, now);
                p.addBatch();
                made++;
                if (made % 5000 == 0) {
                    p.executeBatch();
                    c.commit();
                }
            }
            p.executeBatch();
        }
        c.commit();
        return made;
    }

    private int evidence(Connection c, long first, long last, List<String> competencies) throws SQLException {
        Long done = optional(c, "select max(person_id) from competency_evidence where reference = 'scale'");
        long from = done == null ? first : done + 1;
        Timestamp now = new Timestamp(System.currentTimeMillis());
        LocalDate today = LocalDate.now();
        int made = 0;
        try (PreparedStatement p = c.prepareStatement("insert into competency_evidence (version, person_id, "
                + "standard_code, competency_code, level_no, source, observed_on, reference, recorded_by, "
                + "recorded_at) values (0, ?, '" + STANDARD + "', ?, ?, ?, ?, 'scale', 'scale', ?)")) {
            for (long id = from; id <= last; id++) {
                for (int k = 0; k < evidencePerPerson; k++) {
                    p.setLong(1, id);
                    p.setString(2, competencies.get(RANDOM.nextInt(competencies.size())));
                    p.setInt(3, 1 + RANDOM.nextInt(5));
                    p.setString(4, RANDOM.nextInt(3) == 0 ? "ASSESSMENT" : "MANAGER");
                    p.setDate(5, Date.valueOf(today.minusDays(RANDOM.nextInt(1500))));
                    p.setTimestamp(6, now);
                    p.addBatch();
                    made++;
                }
                if (id % 2000 == 0) {
                    p.executeBatch();
                    c.commit();
                }
            }
            p.executeBatch();
        }
        c.commit();
        return made;
    }

    private int reserves(Connection c, List<Place> places) throws SQLException {
        int made = 0;
        Timestamp now = new Timestamp(System.currentTimeMillis());
        List<Long> regions = places.stream().map(Place::region).distinct().sorted().toList();
        try (PreparedStatement p = c.prepareStatement("insert into reserve_reserve (version, code, name, level, "
                + "region_id, created_at) values (0, ?, ?, 'REGIONAL', ?, ?)")) {
            for (long region : regions) {
                String code = "RS-REG-" + region;
                if (optional(c, "select id from reserve_reserve where code = '" + code + "'") != null) {
                    continue;
                }
                p.setString(1, code);
                p.setString(2, "Региональный резерв управленческих кадров (замер), регион " + region);
                p.setLong(3, region);
                p.setTimestamp(4, now);
                p.addBatch();
                made++;
            }
            p.executeBatch();
        }
        c.commit();
        return made;
    }

    private int entries(Connection c, long first, long last, List<Post> posts) throws SQLException {
        long existing = single(c, "select count(*) from reserve_entry where nominated_by = 'scale'");
        Timestamp now = new Timestamp(System.currentTimeMillis());
        LocalDate today = LocalDate.now();
        int made = 0;
        try (PreparedStatement p = c.prepareStatement("insert into reserve_entry (version, reserve_id, person_id, "
                + "region_id, municipality_id, target_group_id, target_position_id, basis, status, nominated_by, "
                + "nominated_on, included_on, valid_until, closed_on, exclusion_ground, readiness, readiness_fit, "
                + "readiness_below_min, readiness_on, created_at) select 0, r.id, p.id, m.region_id, m.id, ?, ?, "
                + "'RESERVE_CONTEST', ?, 'scale', ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from person p join municipality m on "
                + "m.id = p.municipality_id join reserve_reserve r on r.code = concat('RS-REG-', m.region_id) "
                + "where p.id = ?")) {
            for (long i = existing; i < entries; i++) {
                long person = first + RANDOM.nextLong(last - first + 1);
                Post target = posts.get(RANDOM.nextInt(posts.size()));
                String status = STATUSES[RANDOM.nextInt(STATUSES.length)];
                LocalDate nominated = today.minusDays(30 + RANDOM.nextInt(1800));
                boolean included = !status.equals("NOMINATED") && !status.equals("NOT_INCLUDED");
                LocalDate includedOn = included ? nominated.plusDays(10 + RANDOM.nextInt(40)) : null;
                LocalDate closed = switch (status) {
                    case "APPOINTED", "EXCLUDED" -> includedOn.plusDays(60 + RANDOM.nextInt(700));
                    case "EXPIRED" -> includedOn.plusYears(3);
                    case "NOT_INCLUDED" -> nominated.plusDays(20);
                    default -> null;
                };
                p.setLong(1, target.group());
                p.setLong(2, target.position());
                p.setString(3, status);
                p.setDate(4, Date.valueOf(nominated));
                p.setDate(5, includedOn == null ? null : Date.valueOf(includedOn));
                p.setDate(6, includedOn == null ? null : Date.valueOf(includedOn.plusYears(3)));
                p.setDate(7, closed == null ? null : Date.valueOf(closed));
                p.setString(8, status.equals("EXCLUDED") ? "OWN_REQUEST" : null);
                p.setString(9, included ? READINESS[RANDOM.nextInt(READINESS.length)] : null);
                p.setObject(10, included ? Math.round(RANDOM.nextDouble() * 1000) / 1000.0 : null);
                p.setObject(11, included ? RANDOM.nextInt(4) : null);
                p.setDate(12, included ? Date.valueOf(today.minusDays(RANDOM.nextInt(90))) : null);
                p.setTimestamp(13, now);
                p.setLong(14, person);
                p.addBatch();
                made++;
                if (made % 5000 == 0) {
                    p.executeBatch();
                    c.commit();
                }
            }
            p.executeBatch();
        }
        c.commit();
        return made;
    }

    private int appointments(Connection c, long first, long last, List<Post> posts, List<Place> places)
            throws SQLException {
        long existing = single(c, "select count(*) from reserve_appointment where recorded_by = 'scale'");
        List<long[]> appointed = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select id, person_id, closed_on, "
                + "municipality_id, region_id, target_position_id, target_group_id from reserve_entry where "
                + "nominated_by = 'scale' and status = 'APPOINTED' order by id")) {
            while (r.next()) {
                appointed.add(new long[] {r.getLong(1), r.getLong(2), r.getDate(3).toLocalDate().toEpochDay(),
                    r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7)});
            }
        }
        Timestamp now = new Timestamp(System.currentTimeMillis());
        LocalDate today = LocalDate.now();
        int made = 0;
        try (PreparedStatement p = c.prepareStatement("insert into reserve_appointment (version, person_id, "
                + "to_position_id, to_group_id, municipality_id, region_id, appointed_on, order_number, from_reserve, "
                + "entry_id, recorded_by, created_at) values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'scale', ?)")) {
            for (long i = existing; i < appointments; i++) {
                int k = (int) i;
                if (k < appointed.size()) {
                    long[] a = appointed.get(k);
                    p.setLong(1, a[1]);
                    p.setLong(2, a[5]);
                    p.setLong(3, a[6]);
                    p.setLong(4, a[3]);
                    p.setLong(5, a[4]);
                    p.setDate(6, Date.valueOf(LocalDate.ofEpochDay(a[2])));
                    p.setBoolean(8, true);
                    p.setLong(9, a[0]);
                } else {
                    Post to = posts.get(RANDOM.nextInt(posts.size()));
                    Place at = places.get(RANDOM.nextInt(places.size()));
                    p.setLong(1, first + RANDOM.nextLong(last - first + 1));
                    p.setLong(2, to.position());
                    p.setLong(3, to.group());
                    p.setLong(4, at.municipality());
                    p.setLong(5, at.region());
                    p.setDate(6, Date.valueOf(today.minusDays(RANDOM.nextInt(1800))));
                    p.setBoolean(8, false);
                    p.setObject(9, null);
                }
                p.setString(7, "РС-" + (i + 1));
                p.setTimestamp(10, now);
                p.addBatch();
                made++;
                if (made % 5000 == 0) {
                    p.executeBatch();
                    c.commit();
                }
            }
            p.executeBatch();
        }
        c.commit();
        return made;
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
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
}
