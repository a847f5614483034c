package org.munacademy.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.munacademy.identity.entity.Account;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Grant;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.PersonFilter;
import org.munacademy.identity.entity.PersonRow;
import org.munacademy.identity.entity.Role;
import org.munacademy.identity.entity.ScopeType;
import org.munacademy.it.MariaDb;
import org.munacademy.it.StatementCounter;
import org.munacademy.organisation.boundary.OrganisationFacade;
import org.munacademy.organisation.entity.Municipality;
import org.munacademy.organisation.entity.MunicipalityType;
import org.munacademy.organisation.entity.Position;
import org.munacademy.organisation.entity.PositionGroup;
import org.munacademy.organisation.entity.PositionGroupKind;
import org.munacademy.organisation.entity.Region;
import org.munacademy.organisation.entity.RegionType;
import org.munacademy.shared.entity.Page;

/**
 * How many SQL statements the list use cases cost, on MariaDB with the application's mapping woven as in the
 * server (the failsafe run adds EclipseLink's agent): a page of people, accounts with their grants, the
 * organisation reference lists, a staff list loaded with accounts. The numbers must not grow with the number of
 * rows (no N+1).
 */
class QueryCountMariaDbIT {

    static final String DATABASE = "academy_querycount_it";
    static final int PEOPLE = 120;
    static final int ACCOUNTS = 40;
    static EntityManagerFactory emf;
    static StatementCounter counter;
    static long regionId;
    static long cityId;

    @BeforeAll
    static void fixture() {
        emf = MariaDb.migratedPersistenceUnit(DATABASE, "academy_qc", "academy_qc_pw", ds -> {
            counter = new StatementCounter(ds);
            return counter;
        });

        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        Region region = new Region("35", "19", "RU-VLG", "Вологодская область", RegionType.OBLAST, "Северо-Западный");
        em.persist(region);
        Municipality city = new Municipality("19701000", "городской округ город Вологда", MunicipalityType.URBAN_OKRUG,
                region, null, null);
        Municipality district = new Municipality("19620000", "Вологодский муниципальный район",
                MunicipalityType.MUNICIPAL_DISTRICT, region, null, null);
        Municipality village = new Municipality("19620405", "сельское поселение Майское",
                MunicipalityType.RURAL_SETTLEMENT, region, district, null);
        em.persist(city);
        em.persist(district);
        em.persist(village);
        PositionGroup group = new PositionGroup("LEADING", "Ведущие должности", "Leading positions",
                PositionGroupKind.MUNICIPAL_SERVICE, 3);
        em.persist(group);
        Position consultant = new Position("P-CONS", "Консультант", group);
        em.persist(consultant);
        Municipality[] places = {city, district, village};
        for (int i = 0; i < PEOPLE; i++) {
            Person p = new Person(String.format("QC-%04d", i), places[i % 3], java.time.Instant.now());
            p.setName("Фамилия" + i, "Имя", "Отчество");
            p.setContacts("qc" + i + "@example.ru", null);
            p.setWorkplace(places[i % 3], i % 2 == 0 ? consultant : null);
            em.persist(p);
            if (i < ACCOUNTS) {
                Account a = new Account("qc" + i, "x:1:a:b", p, java.time.Instant.now());
                a.grant(Role.EMPLOYEE, ScopeType.MUNICIPALITY, null, places[i % 3]);
                a.grant(Role.HR_OFFICER, ScopeType.REGION, region, null);
                em.persist(a);
            }
        }
        em.getTransaction().commit();
        regionId = region.getId();
        cityId = city.getId();
        em.close();
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
    }

    /** Runs a use case on a fresh entity manager and returns how many statements it executed. */
    private static <T> int statements(Function<EntityManager, T> useCase, java.util.function.Consumer<T> check) {
        EntityManager em = emf.createEntityManager();
        try {
            counter.reset();
            T result = useCase.apply(em);
            int n = counter.count();
            check.accept(result);
            return n;
        } finally {
            em.close();
        }
    }

    /** Audit entries the facades wrote (in the server each is one INSERT in a transaction of its own). */
    private static final List<String> AUDITED = new java.util.ArrayList<>();

    private static PersonFacade persons(EntityManager em, Caller caller) {
        PersonFacade f = new PersonFacade();
        f.em = em;
        f.currentUser = fixed(caller);
        f.audit = new AuditLog() {
            @Override
            public void record(org.munacademy.identity.entity.AuditAction action,
                    org.munacademy.identity.entity.AuditEvent.Outcome outcome, String targetType, String targetId,
                    String detail) {
                AUDITED.add(caller.username() + " " + action + " " + outcome);
            }
        };
        return f;
    }

    private static CurrentUser fixed(Caller caller) {
        return new CurrentUser() {
            @Override
            public Optional<Caller> caller() {
                return Optional.of(caller);
            }
        };
    }

    private static final Caller ADMIN = new Caller(1L, "admin", null, "admin", List.of(Grant.national(Role.ADMIN)));

    @Test
    void a_page_of_people_costs_one_statement_and_its_count_another_whatever_the_page_size() {
        for (int size : new int[] {10, 50, 100}) {
            int n = statements(em -> persons(em, ADMIN).list(PersonFilter.all(), new Page(0, size)),
                    rows -> assertThat(rows).hasSize(size).allMatch(r -> r.municipalityName() != null));
            assertThat(n).as("statements for a page of %d people: %s", size, counter.statements()).isEqualTo(1);
        }
        int n = statements(em -> persons(em, ADMIN).count(PersonFilter.all()),
                total -> assertThat(total).isEqualTo(PEOPLE));
        assertThat(n).isEqualTo(1);
        // each page read is audited as a bulk read of personal data, outside the counted statements
        assertThat(AUDITED).contains("admin PERSONS_LISTED SUCCESS");
    }

    @Test
    void a_scoped_page_of_people_filters_in_the_same_single_statement() {
        Caller regional = new Caller(2L, "hr.region", null, "hr", List.of(Grant.region(Role.HR_OFFICER, regionId)));
        int n = statements(em -> persons(em, regional).list(new PersonFilter("фамилия1", null, null, null),
                        new Page(0, 100)),
                rows -> assertThat(rows).isNotEmpty().extracting(PersonRow::regionCode).containsOnly("35"));
        assertThat(n).as(counter.statements().toString()).isEqualTo(1);
    }

    @Test
    void a_page_of_accounts_with_their_people_and_grants_costs_two_statements() {
        int n = statements(em -> {
            AccountFacade f = new AccountFacade();
            f.em = em;
            f.currentUser = fixed(ADMIN);
            return f.list(null, new Page(0, ACCOUNTS));
        }, rows -> {
            assertThat(rows).hasSize(ACCOUNTS);
            assertThat(rows).allMatch(r -> r.personName() != null && r.grants().size() == 2);
            assertThat(rows.get(0).grants()).extracting(Grant::scopeName).contains("Вологодская область");
        });
        assertThat(n).as(counter.statements().toString()).isEqualTo(2);
    }

    @Test
    void the_organisation_reference_lists_cost_two_statements_each() throws Exception {
        int regions = statements(em -> organisation(em).regions(), rows -> assertThat(rows).hasSize(1));
        assertThat(regions).as(counter.statements().toString()).isEqualTo(2);
        int groups = statements(em -> organisation(em).positionGroups(),
                rows -> assertThat(rows.get(0).positions()).hasSize(1));
        assertThat(groups).as(counter.statements().toString()).isEqualTo(2);
    }

    @Test
    void reading_a_whole_standard_version_costs_the_same_few_statements_whatever_its_size() {
        long small = storeStandard("QC-S", 2, 2);
        long large = storeStandard("QC-L", 12, 5);
        int[] counts = new int[2];
        long[] ids = {small, large};
        for (int i = 0; i < 2; i++) {
            long id = ids[i];
            counts[i] = statements(em -> em.find(org.munacademy.competency.entity.StandardVersion.class, id)
                    .toFramework(), f -> assertThat(f.competencies()).allMatch(c -> c.indicators().size() == 8));
        }
        System.out.printf("Statements to read a standard version: 4 competencies %d, 60 competencies %d%n",
                counts[0], counts[1]);
        assertThat(counts[1]).as(counter.statements().toString()).isEqualTo(counts[0]).isLessThanOrEqualTo(6);
    }

    private static long storeStandard(String code, int areas, int perArea) {
        List<org.munacademy.competency.entity.Framework.Area> list = new java.util.ArrayList<>();
        for (int a = 0; a < areas; a++) {
            List<org.munacademy.competency.entity.Framework.Competency> cs = new java.util.ArrayList<>();
            for (int c = 0; c < perArea; c++) {
                List<org.munacademy.competency.entity.Framework.Indicator> ind = new java.util.ArrayList<>();
                for (int l = 1; l <= 4; l++) {
                    ind.add(new org.munacademy.competency.entity.Framework.Indicator(l, "Индикатор A " + l));
                    ind.add(new org.munacademy.competency.entity.Framework.Indicator(l, "Индикатор B " + l));
                }
                cs.add(new org.munacademy.competency.entity.Framework.Competency("C" + a + "-" + c, "Компетенция",
                        null, org.munacademy.competency.entity.CompetencyKind.PROFESSIONAL, null, null, ind));
            }
            list.add(new org.munacademy.competency.entity.Framework.Area("A" + a, "Область", null, null, cs));
        }
        List<org.munacademy.competency.entity.Framework.Level> levels = new java.util.ArrayList<>();
        for (int l = 1; l <= 4; l++) {
            levels.add(new org.munacademy.competency.entity.Framework.Level(l, "Уровень " + l, "Описание", null));
        }
        var framework = new org.munacademy.competency.entity.Framework(code, "Стандарт", null, null, null,
                levels, list);
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            var standard = new org.munacademy.competency.entity.CompetencyStandard(code, "Стандарт", null,
                    java.time.Instant.now());
            em.persist(standard);
            var version = new org.munacademy.competency.entity.StandardVersion(standard, 1, null, "test",
                    java.time.Instant.now());
            version.fill(framework);
            em.persist(version);
            em.getTransaction().commit();
            return version.getId();
        } finally {
            em.close();
        }
    }

    private static OrganisationFacade organisation(EntityManager em) {
        OrganisationFacade f = new OrganisationFacade();
        try {
            Field field = OrganisationFacade.class.getDeclaredField("em");
            field.setAccessible(true);
            field.set(f, em);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return f;
    }

    /** Loads a staff list of {@code people} namesakes with accounts, as the municipality's HR officer. */
    private static org.munacademy.identity.entity.StaffImportResult importWithAccounts(EntityManager em, String run,
            int people, List<String> invited) {
        StringBuilder csv = new StringBuilder("ФИО;Табельный номер;E-mail\r\n");
        for (int i = 0; i < people; i++) {
            csv.append("Образцова Анна Ивановна;").append(run).append('-').append(i).append(';')
                    .append(run).append('.').append(i).append("@example.ru\r\n");
        }
        Caller hr = new Caller(3L, "hr", null, "hr", List.of(Grant.municipality(Role.HR_OFFICER, cityId)));
        java.time.Clock clock = java.time.Clock.systemUTC();
        org.munacademy.shared.boundary.NotificationSettings noSmtp = new org.munacademy.shared.boundary
                .NotificationSettings() {
            @Override
            public boolean mailConfigured() {
                return false;
            }
        };
        Invitations invitations = new Invitations();
        invitations.em = em;
        invitations.clock = clock;
        invitations.validDays = 7;
        invitations.mail = noSmtp;
        invitations.recipients = new Recipients();
        invitations.recipients.em = em;
        invitations.notifier = new org.munacademy.shared.boundary.Notifier() {
            @Override
            public void send(org.munacademy.shared.entity.Recipient to,
                    org.munacademy.shared.entity.NoticeTemplate template, String link, String... args) {
                invited.add(to.email());
            }
        };
        StaffListFacade f = new StaffListFacade();
        f.em = em;
        f.clock = clock;
        f.currentUser = fixed(hr);
        f.invitations = invitations;
        f.mail = noSmtp;
        f.audit = new AuditLog() {
            @Override
            public void record(org.munacademy.identity.entity.AuditAction action,
                    org.munacademy.identity.entity.AuditEvent.Outcome outcome, String targetType, String targetId,
                    String detail) {
                AUDITED.add("hr " + action + " " + outcome);
            }
        };
        em.getTransaction().begin();
        org.munacademy.identity.entity.StaffImportResult result = f.importList(org.munacademy.shared.boundary.Upload
                .of("staff.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), null, null, null,
                false, true);
        em.getTransaction().commit();
        return result;
    }

    @Test
    void a_staff_list_with_accounts_reads_the_same_few_times_for_ten_or_sixty_namesakes() {
        try {
            importsWithAccounts();
        } finally { // the other counts assume the fixture's people only
            EntityManager em = emf.createEntityManager();
            em.getTransaction().begin();
            String invitedAccounts = "(select a.id from Account a where a.username like 'obraztsova.%')";
            em.createQuery("delete from PasswordResetToken t where t.account.id in " + invitedAccounts).executeUpdate();
            em.createQuery("delete from RoleGrant g where g.account.id in " + invitedAccounts).executeUpdate();
            em.createQuery("delete from Account a where a.username like 'obraztsova.%'").executeUpdate();
            em.createQuery("delete from Person p where p.personnelNumber like 'QS%'").executeUpdate();
            em.getTransaction().commit();
            em.close();
        }
    }

    private void importsWithAccounts() {
        List<String> invited = new java.util.ArrayList<>();
        statements(em -> importWithAccounts(em, "QS0", 1, invited), r -> assertThat(r.accounts())
                .extracting(org.munacademy.identity.entity.StaffAccount::username).containsExactly("obraztsova.ai"));
        int[] reads = new int[2];
        int[] sizes = {10, 60};
        int next = 2;
        for (int k = 0; k < sizes.length; k++) {
            int first = next;
            int size = sizes[k];
            String run = "QS" + (k + 1);
            statements(em -> importWithAccounts(em, run, size, invited), r -> {
                assertThat(r.created()).isEqualTo(size);
                assertThat(r.accounts()).hasSize(size).allMatch(a -> a.status()
                        == org.munacademy.identity.entity.StaffAccount.Status.INVITATION_IN_LOG);
                assertThat(r.accounts().get(0).username()).isEqualTo("obraztsova.ai" + first);
                assertThat(r.accounts().get(size - 1).username()).isEqualTo("obraztsova.ai" + (first + size - 1));
            });
            reads[k] = (int) counter.statements().stream()
                    .filter(sql -> sql.stripLeading().toUpperCase(java.util.Locale.ROOT).startsWith("SELECT")).count();
            next += size;
        }
        assertThat(reads[1]).as("SELECTs for 60 people vs 10: %s", counter.statements()).isEqualTo(reads[0]);
        // municipality, region, positions, people by number and by e-mail, taken names, numbered names
        assertThat(reads[0]).isLessThanOrEqualTo(7);
        assertThat(invited).hasSize(71).doesNotHaveDuplicates();
        assertThat(AUDITED).contains("hr ACCOUNTS_CREATED_BY_IMPORT SUCCESS");
    }
}
