package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.munacademy.identity.entity.Account;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.Role;
import org.munacademy.identity.entity.RoleGrant;
import org.munacademy.identity.entity.ScopeType;
import org.munacademy.learning.boundary.Enrolments;
import org.munacademy.learning.entity.Cohort;
import org.munacademy.learning.entity.CohortApproval;
import org.munacademy.learning.entity.CohortData;
import org.munacademy.learning.entity.CompetencyTarget;
import org.munacademy.learning.entity.CourseModule;
import org.munacademy.learning.entity.Enrolment;
import org.munacademy.learning.entity.EnrolmentStatus;
import org.munacademy.learning.entity.LessonData;
import org.munacademy.learning.entity.LessonKind;
import org.munacademy.learning.entity.Programme;
import org.munacademy.learning.entity.ProgrammeData;
import org.munacademy.learning.entity.ProgrammeKind;
import org.munacademy.learning.entity.Provider;
import org.munacademy.learning.entity.ProviderData;
import org.munacademy.learning.entity.StudyFormat;
import org.munacademy.organisation.entity.Municipality;
import org.munacademy.organisation.entity.MunicipalityType;
import org.munacademy.organisation.entity.Region;
import org.munacademy.organisation.entity.RegionType;

/**
 * Persistence on the real MariaDB: a fresh database, the application's Flyway migrations, then the application's
 * JPA mapping (EclipseLink, resource-local) — Cyrillic text, relations, timestamps, unique keys and optimistic
 * locking as the database enforces them.
 */
class PersistenceMariaDbIT {

    static final String DATABASE = "academy_persistence_it";
    static EntityManagerFactory emf;

    @BeforeAll
    static void freshDatabase() {
        emf = MariaDb.migratedPersistenceUnit(DATABASE, "academy_pt", "academy_pt_pw", ds -> ds);
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
    }

    private static void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static Municipality settlement(EntityManager em, String suffix) {
        Region region = new Region("9" + suffix.charAt(0), "8" + suffix.charAt(0), "RU-T" + suffix, "Тестовая область "
                + suffix, RegionType.OBLAST, "Северо-Западный");
        em.persist(region);
        Municipality district = new Municipality("196" + suffix + "000", "Грязовецкий муниципальный район " + suffix,
                MunicipalityType.MUNICIPAL_DISTRICT, region, null, null);
        em.persist(district);
        Municipality village = new Municipality("196" + suffix + "405", "сельское поселение Юровское " + suffix,
                MunicipalityType.RURAL_SETTLEMENT, region, district, new BigDecimal("1.2"));
        em.persist(village);
        return village;
    }

    @Test
    void the_schema_is_migrated_by_flyway_with_utf8mb4_tables() throws Exception {
        try (Connection c = MariaDb.root(DATABASE); Statement s = c.createStatement()) {
            ResultSet history = s.executeQuery("select count(*) from flyway_schema_history where success = 1");
            history.next();
            assertThat(history.getInt(1)).isGreaterThanOrEqualTo(2);
            ResultSet charset = s.executeQuery("select table_collation from information_schema.tables "
                    + "where table_schema = '" + DATABASE + "' and table_name = 'person'");
            charset.next();
            assertThat(charset.getString(1)).startsWith("utf8mb4");
        }
    }

    @Test
    void a_person_with_cyrillic_names_an_account_and_scoped_grants_round_trips() {
        long[] ids = new long[2];
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        inTransaction(em -> {
            Municipality village = settlement(em, "11");
            Person p = new Person("PT-0001", village, java.time.Instant.now());
            p.setName("Ёлкина", "Алёна", "Фёдоровна");
            p.setContacts("Yolkina@Example.RU", "+7 (81755) 2-12-34");
            p.setConsent(true, LocalDate.of(2025, 3, 1));
            em.persist(p);
            Account a = new Account("yolkina", "PBKDF2WithHmacSHA256:1:c2FsdA==:aGFzaA==", p,
                    java.time.Instant.now());
            a.grant(Role.EMPLOYEE, ScopeType.MUNICIPALITY, null, village);
            a.grant(Role.HR_OFFICER, ScopeType.REGION, village.getRegion(), null);
            em.persist(a);
            em.flush();
            ids[0] = p.getId();
            ids[1] = a.getId();
        });
        EntityManager em = emf.createEntityManager();
        try {
            Person p = em.find(Person.class, ids[0]);
            assertThat(p.getFullName()).isEqualTo("Ёлкина Алёна Фёдоровна");
            assertThat(p.getEmail()).isEqualTo("yolkina@example.ru");
            assertThat(p.getMunicipality().getParent().getName()).startsWith("Грязовецкий");
            assertThat(p.getConsentDate()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(p.getCreatedAt()).isAfterOrEqualTo(before).isBefore(Instant.now().plusSeconds(5));
            assertThat(p.getVersion()).isEqualTo(1);
            List<RoleGrant> grants = em.createQuery("select g from RoleGrant g where g.account.id = :a order by g.id",
                    RoleGrant.class).setParameter("a", ids[1]).getResultList();
            assertThat(grants).extracting(RoleGrant::getRole).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.HR_OFFICER);
            RoleGrant regional = grants.stream().filter(g -> g.getRole() == Role.HR_OFFICER).findFirst().orElseThrow();
            assertThat(regional.getScopeType()).isEqualTo(ScopeType.REGION);
            assertThat(regional.getRegion().getName()).isEqualTo("Тестовая область 11");
            assertThat(regional.getMunicipality()).isNull();
        } finally {
            em.close();
        }
    }

    @Test
    void a_concurrent_change_to_the_same_person_fails_loudly_instead_of_overwriting() {
        long[] id = new long[1];
        inTransaction(em -> {
            Person p = new Person("PT-0002", settlement(em, "22"), java.time.Instant.now());
            p.setName("Иванов", "Иван", null);
            em.persist(p);
            em.flush();
            id[0] = p.getId();
        });
        EntityManager first = emf.createEntityManager();
        EntityManager second = emf.createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            Person mine = first.find(Person.class, id[0]);
            Person theirs = second.find(Person.class, id[0]);
            mine.setName("Иванов", "Иван", "Первый");
            theirs.setName("Иванов", "Иван", "Второй");
            first.getTransaction().commit();
            assertThatThrownBy(() -> second.getTransaction().commit())
                    .isInstanceOf(RollbackException.class)
                    .hasCauseInstanceOf(OptimisticLockException.class);
        } finally {
            first.close();
            second.close();
        }
        EntityManager check = emf.createEntityManager();
        assertThat(check.find(Person.class, id[0]).getMiddleName()).isEqualTo("Первый");
        check.close();
    }

    @Test
    void a_reserve_entry_keeps_its_history_in_order_and_the_database_refuses_a_second_protocol_with_one_number() {
        java.time.Instant now = java.time.Instant.now();
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 1);
        long[] ids = new long[2];
        inTransaction(em -> {
            org.munacademy.reserve.entity.Reserve r = new org.munacademy.reserve.entity.Reserve("PT-RES",
                    "Кадровый резерв «Тест»", org.munacademy.reserve.entity.ReserveLevel.REGIONAL, 1L, null, now);
            em.persist(r);
            org.munacademy.reserve.entity.ReserveEntry e = org.munacademy.reserve.entity.ReserveEntry.nominate(r, 1L,
                    new org.munacademy.reserve.entity.ReserveEntry.Place(1L, 2L),
                    new org.munacademy.reserve.entity.ReserveEntry.Target(3L, null),
                    org.munacademy.reserve.entity.InclusionBasis.RESERVE_CONTEST, "Протокол № 7", null, "hr", day,
                    now);
            em.persist(e);
            org.munacademy.reserve.entity.Protocol p = new org.munacademy.reserve.entity.Protocol(r, "КР-1", day,
                    List.of("Белова О. Н."), "commission", now);
            em.persist(p);
            em.flush();
            p.decide(e, org.munacademy.reserve.entity.DecisionKind.INCLUDE, 1, 0, 0, null, null);
            e.include(p.getId(), day, "Протокол № КР-1", "commission", now);
            e.extend(p.getId(), day, null, "commission", now);
            em.flush();
            ids[0] = r.getId();
            ids[1] = e.getId();
        });
        inTransaction(em -> {
            List<String> kinds = em.createQuery("select v.kind from EntryEvent v where v.entry.id = :e order by v.seq",
                    org.munacademy.reserve.entity.EntryEventKind.class).setParameter("e", ids[1]).getResultList()
                    .stream().map(Enum::name).toList();
            assertThat(kinds).containsExactly("NOMINATED", "INCLUDED", "EXTENDED");
            org.munacademy.reserve.entity.ReserveEntry e = em.find(org.munacademy.reserve.entity.ReserveEntry.class,
                    ids[1]);
            assertThat(e.getValidUntil()).isEqualTo(day.plusMonths(48));
        });
        assertThatThrownBy(() -> inTransaction(em -> em.persist(new org.munacademy.reserve.entity.Protocol(
                em.find(org.munacademy.reserve.entity.Reserve.class, ids[0]), "КР-1", day, List.of("Белова О. Н."),
                "commission", now)))).isInstanceOf(PersistenceException.class);
    }

    @Test
    void the_database_refuses_a_second_person_with_the_same_email_and_a_second_account_with_the_same_name() {
        inTransaction(em -> {
            Person p = new Person("PT-0003", settlement(em, "33"), java.time.Instant.now());
            p.setName("Петрова", "Мария", null);
            p.setContacts("petrova@example.ru", null);
            em.persist(p);
            em.persist(new Account("petrova", "x:1:a:b", p, java.time.Instant.now()));
        });
        assertThatThrownBy(() -> inTransaction(em -> {
            Municipality m = em.createQuery("select m from Municipality m where m.oktmo = '19633405'",
                    Municipality.class).getSingleResult();
            Person twin = new Person("PT-0004", m, java.time.Instant.now());
            twin.setName("Петрова", "Мария", "Ивановна");
            twin.setContacts("PETROVA@example.ru", null);
            em.persist(twin);
        })).isInstanceOf(PersistenceException.class);
        assertThatThrownBy(() -> inTransaction(em -> em.persist(new Account("petrova", "x:1:a:b", null,
                java.time.Instant.now()))))
                .isInstanceOf(PersistenceException.class);
    }

    @Test
    void user_names_compare_exactly_so_that_a_look_alike_spelling_finds_no_account() throws Exception {
        inTransaction(em -> em.persist(new Account("admin", "x:1:a:b", null, java.time.Instant.now())));

        for (String lookAlike : List.of("ádmin", "ADMIN", "Admin", "admín")) {
            EntityManager em = emf.createEntityManager();
            try {
                assertThat(em.createQuery("select a from Account a where a.username = :u", Account.class)
                        .setParameter("u", lookAlike).getResultList())
                        .as("'%s' must not find 'admin'", lookAlike).isEmpty();
            } finally {
                em.close();
            }
        }
        try (Connection c = MariaDb.root(DATABASE); Statement s = c.createStatement()) {
            ResultSet collation = s.executeQuery("select collation_name from information_schema.columns "
                    + "where table_schema = '" + DATABASE + "' and table_name = 'account' "
                    + "and column_name = 'username'");
            collation.next();
            assertThat(collation.getString(1)).isEqualTo("utf8mb4_bin");
            // the unique key compares exactly as well: another spelling is another name
            s.executeUpdate("insert into account (username, password_hash, enabled, created_at) "
                    + "values ('ádmin', 'x:1:a:b', true, now())");
            ResultSet both = s.executeQuery("select count(*) from account where username in ('admin', 'ádmin')");
            both.next();
            assertThat(both.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void two_nodes_claiming_the_same_outbox_message_at_once_get_it_exactly_once_and_a_lease_keeps_a_third_out()
            throws Exception {
        long[] id = new long[1];
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS); // Connector/J drops fractions on MariaDB
        inTransaction(em -> {
            org.munacademy.shared.entity.OutboxMessage m = new org.munacademy.shared.entity.OutboxMessage(
                    "smirnova.av@vologda-city.ru", "ru", "notice.assessment.TEST_ASSIGNED", "Вам назначен тест",
                    "Здравствуйте!", false, now.minusSeconds(5));
            em.persist(m);
            em.flush();
            id[0] = m.getId();
        });
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> claims = new java.util.ArrayList<>();
            for (String node : List.of("node-a", "node-b")) {
                claims.add(pool.submit(() -> {
                    go.await();
                    return claim(node, id[0], now, true);
                }));
            }
            go.countDown();
            int won = 0;
            for (var c : claims) {
                won += c.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
            assertThat(won).as("exactly one node claims the message").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(claim("node-c", id[0], now.plusSeconds(60), false)).as("the lease is running").isZero();
        assertThat(claim("node-c", id[0], now.plus(java.time.Duration.ofMinutes(6)), false))
                .as("a lease that ran out (its node died) is claimed again").isEqualTo(1);
    }

    /** One node's claim in its own transaction (held a moment, as a node holds it while it commits). */
    private static int claim(String node, long id, Instant now, boolean hold) throws InterruptedException {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            int n = em.createQuery(org.munacademy.shared.boundary.OutboxStore.CLAIM).setParameter("node", node)
                    .setParameter("until", now.plus(java.time.Duration.ofMinutes(5))).setParameter("id", id)
                    .setParameter("p", org.munacademy.shared.entity.OutboxStatus.PENDING).setParameter("now", now)
                    .executeUpdate();
            if (hold) {
                Thread.sleep(300);
            }
            em.getTransaction().commit();
            return n;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /**
     * The enrolment rule on MariaDB: 20 transactions enrol at once into a cohort with 5 seats left, each locking the
     * cohort's row as the boundary does ({@code Enrolments.lock}); exactly 5 get a seat and 15 a waiting place
     * numbered 1..15.
     */
    @Test
    void twenty_concurrent_enrolments_for_the_last_five_seats_give_five_seats_and_fifteen_waiting_places()
            throws Exception {
        Instant now = Instant.parse("2026-12-02T09:00:00Z");
        String code = "MDB-" + System.nanoTime();
        inTransaction(em -> {
            Provider provider = new Provider(code, now);
            ProviderData pd = new ProviderData();
            pd.setName("Учебный центр (тест)");
            pd.setShortName("УЦ");
            pd.setInn("7801058171");
            provider.apply(pd, null);
            em.persist(provider);
            ProgrammeData d = new ProgrammeData();
            d.setCode(code);
            d.setTitle("Проектное управление (тест)");
            d.setKind(ProgrammeKind.QUALIFICATION_UPGRADE);
            d.setFormat(StudyFormat.MIXED);
            d.setHours(36);
            d.setProviderCode(code);
            d.setCompetencies(List.of(new CompetencyTarget("PRJ-01", 2)));
            Programme p = new Programme(code, "MUN-COMP", "test", now);
            p.apply(d, provider, now);
            em.persist(p);
            em.flush();
            CourseModule module = p.addModule("Основы", now);
            em.flush();
            LessonData lesson = new LessonData();
            lesson.setTitle("Что такое проект");
            lesson.setKind(LessonKind.TEXT);
            lesson.setBody("Текст.");
            p.addLesson(module.getId(), lesson, now);
            p.publish(now);
            Cohort c = new Cohort(code, p, "test", now);
            CohortData cd = new CohortData();
            cd.setStartsOn(LocalDate.of(2027, 2, 1));
            cd.setEndsOn(LocalDate.of(2027, 2, 26));
            cd.setEnrolFrom(LocalDate.of(2026, 11, 16));
            cd.setEnrolTo(LocalDate.of(2027, 1, 25));
            cd.setSeats(8);
            cd.setApproval(CohortApproval.FREE);
            c.apply(cd);
            em.persist(c);
            for (long person = 1; person <= 3; person++) {
                em.persist(Enrolment.place(c, person, "hr", now));
            }
        });
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<?>> done = new ArrayList<>();
        for (long i = 0; i < 20; i++) {
            long person = 100 + i;
            done.add(pool.submit(() -> {
                start.await();
                inTransaction(em -> em.persist(Enrolment.place(Enrolments.lock(em, code).orElseThrow(), person,
                        "self", now)));
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        EntityManager check = emf.createEntityManager();
        try {
            List<Enrolment> all = check.createQuery("select e from Enrolment e where e.cohort.code = :c "
                    + "and e.personId >= 100", Enrolment.class).setParameter("c", code).getResultList();
            assertThat(all).hasSize(20);
            assertThat(all).filteredOn(e -> e.getStatus() == EnrolmentStatus.ENROLLED).hasSize(5);
            assertThat(all.stream().map(Enrolment::getWaitingNo).filter(Objects::nonNull).sorted().toList())
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, 15).boxed().toList());
            assertThat(check.createQuery("select c.seatsTaken from Cohort c where c.code = :c", Integer.class)
                    .setParameter("c", code).getSingleResult()).isEqualTo(8);
        } finally {
            check.close();
        }
    }
}
