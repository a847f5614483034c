package org.munacademy.identity.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.munacademy.identity.entity.Account;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.Role;
import org.munacademy.identity.entity.ScopeType;
import org.munacademy.identity.entity.UserName;
import org.munacademy.organisation.entity.Municipality;
import org.munacademy.organisation.entity.Position;
import org.munacademy.organisation.entity.Region;
import org.munacademy.shared.boundary.DatabaseReady;
import org.munacademy.shared.control.ContentFiles;
import org.munacademy.shared.control.ContentFiles.ContentException;
import org.munacademy.shared.control.Table;

/**
 * Loads {@code content/identity/}: the persons (upserted by code), and — in the embedded demo run only — the
 * demo accounts with their known passwords. On any other database the first administrator comes from
 * {@code ACADEMY_ADMIN_USERNAME}/{@code ACADEMY_ADMIN_PASSWORD}, created only while no administrator exists.
 */
@ApplicationScoped
@Transactional
public class IdentityContent {

    private static final Logger LOG = Logger.getLogger(IdentityContent.class.getName());

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    LoginGuard guard;

    @Inject
    @ConfigProperty(name = "academy.admin.username")
    Optional<String> adminUsername;

    @Inject
    @ConfigProperty(name = "academy.admin.password")
    Optional<String> adminPassword;

    void load(@Observes @Priority(DatabaseReady.LOAD_IDENTITY) DatabaseReady event) {
        // the persons only when the content changed; the demo accounts' check is one query and their banner line is
        // printed on every start, and the first administrator depends on the database and the settings only
        Map<String, Person> persons = event.loadContent() ? loadPersons() : null;
        if (event.demo()) {
            Map<String, String> accounts = loadDemoAccounts(persons);
            Set<String> passwords = Set.copyOf(accounts.values());
            event.banner(passwords.size() == 1
                    ? "Demo accounts (password " + passwords.iterator().next() + "): "
                            + String.join(", ", accounts.keySet())
                    : "Demo accounts: " + accounts);
        }
        createFirstAdministrator(event);
    }

    private Map<String, Person> loadPersons() {
        String file = "identity/persons.csv";
        Map<String, Municipality> municipalities = byKey(Municipality.class, Municipality::getOktmo);
        Map<String, Position> positions = byKey(Position.class, Position::getCode);
        List<Table.Row> rows = ContentFiles.csv(file).orElse(List.of());
        // only the seeded persons: a national database holds hundreds of thousands more, none of them the seed's
        List<String> codes = rows.stream().map(r -> r.get("code")).distinct().toList();
        Map<String, Person> byCode = codes.isEmpty() ? new HashMap<>()
                : em.createQuery("select p from Person p where p.code in :c", Person.class).setParameter("c", codes)
                        .getResultStream().collect(Collectors.toMap(Person::getCode, Function.identity(),
                                (a, b) -> a, HashMap::new));
        for (Table.Row row : rows) {
            Municipality m = municipalities.get(row.get("municipality_oktmo"));
            if (m == null) {
                throw new ContentException(file, row.line(),
                        "unknown municipality_oktmo " + row.get("municipality_oktmo"));
            }
            Position position = null;
            if (!row.isBlank("position_code")) {
                position = positions.get(row.get("position_code"));
                if (position == null) {
                    throw new ContentException(file, row.line(), "unknown position_code " + row.get("position_code"));
                }
            }
            Person p = byCode.get(row.get("code"));
            boolean created = p == null;
            if (created) {
                p = new Person(row.get("code"), m, clock.instant());
            }
            p.setName(row.get("last_name"), row.get("first_name"), row.get("middle_name"));
            p.setContacts(row.get("email"), row.get("phone"));
            p.setWorkplace(m, position);
            p.setConsent(!row.isBlank("consent_date"),
                    row.isBlank("consent_date") ? null : LocalDate.parse(row.get("consent_date")));
            // what an HR system's staff list identifies the person by (content/identity/staff-list-vologda.*)
            p.setStaffRecord(row.get("snils"), row.get("personnel_number"),
                    row.isBlank("birth_date") ? null : LocalDate.parse(row.get("birth_date")), row.get("department"));
            // sex for the registry of education documents (ФИС ФРДО); blank: not recorded
            p.setRegistryDetails(row.isBlank("sex") ? null : org.munacademy.identity.entity.Sex.valueOf(row.get("sex")),
                    null);
            if (created) {
                em.persist(p);
                byCode.put(p.getCode(), p);
            }
        }
        return byCode;
    }

    /** Creates the missing demo accounts; returns every demo user name with its password, for the banner. */
    private Map<String, String> loadDemoAccounts(Map<String, Person> persons) {
        String file = "identity/demo-accounts.csv";
        Map<String, Region> regions = byKey(Region.class, Region::getCode);
        Map<String, Municipality> municipalities = byKey(Municipality.class, Municipality::getOktmo);
        Set<String> existing = Set.copyOf(em.createQuery("select a.username from Account a", String.class)
                .getResultList());
        Map<String, String> names = new java.util.LinkedHashMap<>();
        for (Table.Row row : ContentFiles.csv(file).orElse(List.of())) {
            String username = row.get("username");
            names.put(username, row.get("password"));
            if (existing.contains(username)) {
                continue; // a demo user may have changed their password: leave the account as it is
            }
            Person person = row.isBlank("person_code") ? null : person(persons, row.get("person_code"));
            if (!row.isBlank("person_code") && person == null) {
                throw new ContentException(file, row.line(), "unknown person_code " + row.get("person_code"));
            }
            Account a = new Account(username, guard.hasher().hash(row.get("password").toCharArray()), person,
                    clock.instant());
            for (String spec : row.get("roles").split(";")) {
                grant(a, spec.trim(), regions, municipalities, file, row.line());
            }
            em.persist(a);
        }
        return names;
    }

    /** A demo account's person: from this start's load, or stored by an earlier one. */
    private Person person(Map<String, Person> loaded, String code) {
        if (loaded != null) {
            return loaded.get(code);
        }
        return em.createQuery("select p from Person p where p.code = :c", Person.class).setParameter("c", code)
                .getResultStream().findFirst().orElse(null);
    }

    private void grant(Account a, String spec, Map<String, Region> regions, Map<String, Municipality> municipalities,
            String file, int line) {
        String[] roleAndScope = spec.split("@", 2);
        if (roleAndScope.length != 2) {
            throw new ContentException(file, line, "role '" + spec + "' must be ROLE@SCOPE");
        }
        Role role;
        try {
            role = Role.valueOf(roleAndScope[0]);
        } catch (IllegalArgumentException e) {
            throw new ContentException(file, line, "unknown role " + roleAndScope[0]);
        }
        String scope = roleAndScope[1];
        if (scope.equals("NATIONAL")) {
            a.grant(role, ScopeType.NATIONAL, null, null);
        } else if (scope.startsWith("REGION:") && regions.containsKey(scope.substring(7))) {
            a.grant(role, ScopeType.REGION, regions.get(scope.substring(7)), null);
        } else if (scope.startsWith("MUNICIPALITY:") && municipalities.containsKey(scope.substring(13))) {
            a.grant(role, ScopeType.MUNICIPALITY, null, municipalities.get(scope.substring(13)));
        } else {
            throw new ContentException(file, line, "unknown scope " + scope);
        }
    }

    private void createFirstAdministrator(DatabaseReady event) {
        long admins = em.createQuery("select count(g) from RoleGrant g where g.role = :r", Long.class)
                .setParameter("r", Role.ADMIN).getSingleResult();
        if (admins > 0) {
            return;
        }
        String username = UserName.normalise(adminUsername.orElse(""));
        String password = adminPassword.orElse("");
        boolean exists = !username.isBlank() && em.createQuery("select count(a) from Account a where a.username = :u",
                Long.class).setParameter("u", username).getSingleResult() > 0;
        Optional<String> refusal = firstAdministratorRefusal(username, password, exists);
        if (refusal.isPresent()) {
            LOG.severe(refusal.get());
            event.banner("No administrator yet: " + refusal.get());
            return;
        }
        Account a = new Account(username, guard.hasher().hash(password.toCharArray()), null, clock.instant());
        a.grant(Role.ADMIN, ScopeType.NATIONAL, null, null);
        em.persist(a);
        event.banner("First administrator created: " + username);
    }

    /**
     * Why the first administrator cannot be created from the settings, if it cannot: a name and a password of at
     * least 8 characters are needed, and the name must be new. An existing account is never promoted this way
     * (whoever knows its password, or set it, would silently become the administrator).
     */
    static Optional<String> firstAdministratorRefusal(String username, String password, boolean accountExists) {
        if (username == null || username.isBlank() || password == null || password.length() < 8) {
            return Optional.of("No administrator exists. Set ACADEMY_ADMIN_USERNAME and ACADEMY_ADMIN_PASSWORD "
                    + "(at least 8 characters) and restart to create the first one.");
        }
        if (!UserName.isWellFormed(username)) {
            return Optional.of("ACADEMY_ADMIN_USERNAME '" + username + "' is not a valid user name (2 to 60 Latin "
                    + "letters, digits, dots, dashes or underscores, starting with a letter or digit).");
        }
        if (accountExists) {
            return Optional.of("ACADEMY_ADMIN_USERNAME names the existing account '" + username + "', which is not "
                    + "an administrator: it is not promoted. Choose a user name that does not exist yet and restart.");
        }
        return Optional.empty();
    }

    private <T> Map<String, T> byKey(Class<T> type, Function<T, String> key) {
        return em.createQuery("select e from " + type.getSimpleName() + " e", type).getResultStream()
                .collect(Collectors.toMap(key, Function.identity(), (x, y) -> x, HashMap::new));
    }
}
