package org.munacademy.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.munacademy.identity.control.PersonScope;
import org.munacademy.identity.control.UserNames;
import org.munacademy.identity.control.StaffList;
import org.munacademy.identity.control.StaffList.Action;
import org.munacademy.identity.control.StaffList.Known;
import org.munacademy.identity.control.StaffList.Plan;
import org.munacademy.identity.control.StaffList.PositionRef;
import org.munacademy.identity.entity.Account;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent.Outcome;
import org.munacademy.identity.entity.IdentityError;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.Role;
import org.munacademy.identity.entity.ScopeType;
import org.munacademy.identity.entity.StaffAccount;
import org.munacademy.identity.entity.StaffField;
import org.munacademy.identity.entity.StaffImportResult;
import org.munacademy.organisation.entity.Municipality;
import org.munacademy.organisation.entity.Position;
import org.munacademy.shared.boundary.NotificationSettings;
import org.munacademy.shared.boundary.Upload;
import org.munacademy.shared.control.Table;
import org.munacademy.shared.entity.ImportPreview.Kind;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.InvalidInputException;

/**
 * Staff lists: an HR officer (or an administrator) loads the people of a municipality in their scope from the
 * spreadsheet their HR system exports (XLSX, or CSV as Excel in Russian saves it: Windows-1251 with semicolons). The
 * column mapping is guessed from the header and may be given instead; a dry run shows what would be created, updated
 * and left unchanged; the import itself stores all rows or none. People are matched by СНИЛС, then by personnel
 * number within the municipality; a person outside the caller's scope is an error for that row and is never
 * touched. Both the dry run and the import are audited (personal data of many people is read and written).
 * <p>
 * On request the import also creates an employee account (scope: the municipality) for every person of the list who
 * has an e-mail address and no account yet — created, updated or unchanged alike — in the same transaction. The
 * account has no password: its holder gets an invitation with a single-use link to set the first one
 * ({@link Invitations}). User names are derived from the name ({@link UserNames}), made unique against the existing
 * accounts and each other. A person without an e-mail address is listed as such, not refused.
 */
@ApplicationScoped
@Transactional
public class StaffListFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    Principals principals;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Invitations invitations;

    @Inject
    NotificationSettings mail;

    /** The file's columns and the mapping guessed from them (to show before the user confirms it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffImportResult columns(@NotNull Upload upload) {
        currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        Table table = upload.table(null);
        return new StaffImportResult(table.header(), StaffList.guess(table.header()),
                new org.munacademy.shared.entity.ImportPreview(List.of()), false, List.of());
    }

    /**
     * Checks a staff list and, unless it is a dry run, stores it: all rows or none.
     *
     * @param upload         the file (XLSX or CSV)
     * @param charset        the charset the client declared for a CSV file, or null to detect it
     * @param municipalityId where the people work; may be null when the caller's scope is one municipality
     * @param mapping        which column holds which field; null or empty to use the guess from the header
     * @param dryRun         true to only show what would happen
     * @param accounts       true to create accounts (with an invitation) for the people who have an e-mail address
     *                       and no account; a dry run lists them
     * @throws ImportRejectedException (400) listing every faulty row, and nothing stored
     */
    public StaffImportResult importList(@NotNull Upload upload, String charset, Long municipalityId,
            Map<StaffField, String> mapping, boolean dryRun, boolean accounts) {
        currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        PersonScope scope = currentUser.personScope();
        Municipality target = target(scope, municipalityId);
        Table table = upload.table(charset);
        Map<StaffField, String> used = mapping == null || mapping.isEmpty() ? StaffList.guess(table.header())
                : mapping;
        List<ImportError> mappingErrors = StaffList.check(used, table.header());
        if (!mappingErrors.isEmpty()) {
            throw new ImportRejectedException(mappingErrors);
        }
        Plan plan = StaffList.plan(table.rows(), used, positions(), known(table, used, scope, target), target.getId(),
                LocalDate.now(clock));
        if (!plan.errors().isEmpty()) {
            audit.record(AuditAction.STAFF_LIST_IMPORTED, Outcome.FAILURE, "municipality",
                    String.valueOf(target.getId()), (dryRun ? "dry run, " : "") + plan.errors().size() + " error(s)");
            throw new ImportRejectedException(plan.errors());
        }
        List<NewAccount> planned = accounts ? plannedAccounts(plan) : List.of();
        List<StaffAccount> accountResults = planned.stream().map(n -> n.result(n.username() == null
                ? StaffAccount.Status.NO_EMAIL : StaffAccount.Status.TO_CREATE)).toList();
        if (!dryRun) {
            Map<Integer, Person> persons = store(plan, target);
            if (accounts) {
                accountResults = createAccounts(planned, persons, target);
            }
        }
        StaffImportResult result = new StaffImportResult(table.header(), used, plan.preview(), !dryRun,
                accountResults);
        if (!dryRun && result.updated() > 0) {
            principals.changed(); // people moved or renamed: signed-in callers are read again
        }
        long newAccounts = planned.stream().filter(n -> n.username() != null).count();
        audit.record(AuditAction.STAFF_LIST_IMPORTED, Outcome.SUCCESS, "municipality", String.valueOf(target.getId()),
                (dryRun ? "dry run, " : "") + "created=" + result.created() + ", updated=" + result.updated()
                        + ", unchanged=" + result.unchanged() + (accounts ? ", accounts=" + newAccounts : ""));
        if (accounts && !dryRun) {
            audit.record(AuditAction.ACCOUNTS_CREATED_BY_IMPORT, Outcome.SUCCESS, "municipality",
                    String.valueOf(target.getId()), "accounts=" + newAccounts + ", without e-mail="
                            + (planned.size() - newAccounts) + ", invitations "
                            + (mail.mailConfigured() ? "queued for mail" : "written to the server log (no SMTP)"));
        }
        return result;
    }

    /** A person of the list without an account: the user name they get, or none without an e-mail address. */
    private record NewAccount(Action action, String username) {

        StaffAccount result(StaffAccount.Status status) {
            return new StaffAccount(action.entry().line(), action.entry().fullName(), username, status);
        }
    }

    /**
     * Who of the list gets an account: everybody without one yet, in file order; a user name for those with an
     * e-mail address (the row's, else the one on record), unique against the accounts and each other.
     */
    private List<NewAccount> plannedAccounts(Plan plan) {
        Set<Long> knownIds = new HashSet<>();
        plan.actions().stream().filter(a -> a.known() != null).forEach(a -> knownIds.add(a.known().id()));
        Set<Long> holders = new HashSet<>();
        for (List<Long> chunk : chunks(knownIds)) {
            holders.addAll(em.createQuery("select a.person.id from Account a where a.person.id in :ids", Long.class)
                    .setParameter("ids", chunk).getResultList());
        }
        List<Action> without = plan.actions().stream()
                .filter(a -> a.known() == null || !holders.contains(a.known().id())).toList();
        Map<Action, String> bases = new LinkedHashMap<>();
        for (Action a : without) {
            String email = email(a);
            if (email != null) {
                StaffList.Entry e = a.entry();
                bases.put(a, UserNames.base(e.lastName(), e.firstName(), e.middleName(), email));
            }
        }
        Set<String> taken = takenNames(new HashSet<>(bases.values()));
        Set<String> given = new HashSet<>();
        List<NewAccount> planned = new ArrayList<>();
        for (Action a : without) {
            String base = bases.get(a);
            String name = base == null ? null : UserNames.unique(base, n -> taken.contains(n) || given.contains(n));
            if (name != null) {
                given.add(name);
            }
            planned.add(new NewAccount(a, name));
        }
        return planned;
    }

    private static String email(Action a) {
        return a.entry().email() != null ? a.entry().email() : a.known() == null ? null : a.known().email();
    }

    /**
     * The existing user names a derived name could collide with: the bases themselves and, for a base that is
     * taken, every name starting with it ({@code smirnova.av2} …) — a second query only where a base collides.
     */
    private Set<String> takenNames(Set<String> bases) {
        Set<String> taken = new HashSet<>();
        for (List<String> chunk : chunks(bases)) {
            taken.addAll(em.createQuery("select a.username from Account a where a.username in :v", String.class)
                    .setParameter("v", chunk).getResultList());
        }
        for (String base : bases) {
            if (taken.contains(base)) {
                // a numbered name shortens the base to fit 60 characters: look for the shortest form
                String prefix = base.substring(0, Math.min(base.length(), UserNames.MAX_LENGTH - 4));
                taken.addAll(em.createQuery("select a.username from Account a where a.username like :p escape '!'",
                        String.class).setParameter("p", prefix.replace("!", "!!").replace("_", "!_")
                                .replace("%", "!%") + "%").getResultList());
            }
        }
        return taken;
    }

    /** Creates the planned accounts (the people are stored already) and invites their holders. */
    private List<StaffAccount> createAccounts(List<NewAccount> planned, Map<Integer, Person> persons,
            Municipality target) {
        List<Account> created = new ArrayList<>();
        for (NewAccount n : planned) {
            if (n.username() != null) {
                Person person = persons.get(n.action().entry().line());
                Account a = Account.invited(n.username(), person, clock.instant());
                a.grant(Role.EMPLOYEE, ScopeType.MUNICIPALITY, null, target);
                em.persist(a);
                created.add(a);
            }
        }
        em.flush();
        List<StaffAccount> results = new ArrayList<>();
        int next = 0;
        for (NewAccount n : planned) {
            results.add(n.result(n.username() == null ? StaffAccount.Status.NO_EMAIL
                    : invitations.invite(created.get(next++))));
        }
        return results;
    }

    private Municipality target(PersonScope scope, Long municipalityId) {
        Long id = municipalityId;
        if (id == null && !scope.national() && scope.regionIds().isEmpty() && scope.municipalityIds().size() == 1) {
            id = scope.municipalityIds().iterator().next();
        }
        if (id == null) {
            throw new InvalidInputException("municipalityId", IdentityError.MUNICIPALITY_REQUIRED);
        }
        Municipality m = em.find(Municipality.class, id);
        if (m == null) {
            throw new InvalidInputException("municipalityId", IdentityError.UNKNOWN_MUNICIPALITY);
        }
        if (!covers(scope, m)) {
            throw new InvalidInputException("municipalityId", IdentityError.MUNICIPALITY_OUTSIDE_SCOPE);
        }
        return m;
    }

    private Map<String, PositionRef> positions() {
        Map<String, PositionRef> byName = new HashMap<>();
        for (Position p : em.createQuery("select p from Position p order by p.id", Position.class).getResultList()) {
            byName.putIfAbsent(p.getName().strip().toLowerCase(Locale.ROOT).replace('ё', 'е'),
                    new PositionRef(p.getId(), p.getName()));
        }
        return byName;
    }

    /** The people who share a СНИЛС, a personnel number (in the municipality) or an e-mail with some row. */
    private List<Known> known(Table table, Map<StaffField, String> mapping, PersonScope scope, Municipality target) {
        Set<String> snils = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        Set<String> emails = new HashSet<>();
        for (Table.Row row : table.rows()) {
            if (mapping.get(StaffField.SNILS) != null) {
                org.munacademy.identity.entity.Snils.digits(row.get(mapping.get(StaffField.SNILS)))
                        .ifPresent(snils::add);
            }
            if (mapping.get(StaffField.PERSONNEL_NUMBER) != null
                    && !row.isBlank(mapping.get(StaffField.PERSONNEL_NUMBER))) {
                numbers.add(row.get(mapping.get(StaffField.PERSONNEL_NUMBER)));
            }
            if (mapping.get(StaffField.EMAIL) != null && !row.isBlank(mapping.get(StaffField.EMAIL))) {
                emails.add(row.get(mapping.get(StaffField.EMAIL)).toLowerCase(Locale.ROOT));
            }
        }
        Map<Long, Person> found = new LinkedHashMap<>();
        for (List<String> chunk : chunks(snils)) {
            em.createQuery("select p from Person p where p.snils in :v", Person.class).setParameter("v", chunk)
                    .getResultList().forEach(p -> found.put(p.getId(), p));
        }
        for (List<String> chunk : chunks(numbers)) {
            em.createQuery("select p from Person p where p.municipality = :m and p.personnelNumber in :v", Person.class)
                    .setParameter("m", target).setParameter("v", chunk).getResultList()
                    .forEach(p -> found.put(p.getId(), p));
        }
        for (List<String> chunk : chunks(emails)) {
            em.createQuery("select p from Person p where p.email in :v", Person.class).setParameter("v", chunk)
                    .getResultList().forEach(p -> found.put(p.getId(), p));
        }
        List<Known> known = new ArrayList<>();
        for (Person p : found.values()) {
            Position pos = p.getPosition();
            known.add(new Known(p.getId(), p.getMunicipality().getId(), covers(scope, p.getMunicipality()),
                    p.getLastName(), p.getFirstName(), p.getMiddleName(), p.getSnils(), p.getPersonnelNumber(),
                    p.getBirthDate(), p.getSex(), pos == null ? null : pos.getId(), pos == null ? null : pos.getName(),
                    p.getDepartment(), p.getEmail(), p.getPhone()));
        }
        return known;
    }

    /** Stores the plan; returns every row's person by its line (the unchanged ones are loaded already). */
    private Map<Integer, Person> store(Plan plan, Municipality target) {
        Map<Integer, Person> persons = new HashMap<>();
        for (Action a : plan.actions()) {
            if (a.kind() == Kind.UNCHANGED) {
                persons.put(a.entry().line(), em.find(Person.class, a.known().id()));
                continue;
            }
            StaffList.Entry e = a.entry();
            Person p = a.kind() == Kind.CREATE ? new Person(null, target, clock.instant())
                    : em.find(Person.class, a.known().id());
            p.setName(e.lastName(), e.firstName(), e.middleName());
            p.setContacts(e.email() != null ? e.email() : p.getEmail(), e.phone() != null ? e.phone() : p.getPhone());
            Position position = e.position() != null ? em.find(Position.class, e.position().id()) : p.getPosition();
            p.setWorkplace(target, position);
            p.setStaffRecord(e.snils() != null ? e.snils() : p.getSnils(),
                    e.personnelNumber() != null ? e.personnelNumber() : p.getPersonnelNumber(),
                    e.birthDate() != null ? e.birthDate() : p.getBirthDate(),
                    e.department() != null ? e.department() : p.getDepartment());
            p.setRegistryDetails(e.sex(), null); // a row without a sex keeps the recorded one
            if (a.kind() == Kind.CREATE) {
                em.persist(p);
            }
            persons.put(e.line(), p);
        }
        em.flush();
        return persons;
    }

    private static boolean covers(PersonScope scope, Municipality m) {
        return scope.covers(m.getId(), m.getRegion().getId(), m.getParent() == null ? null : m.getParent().getId());
    }

    /** IN lists of at most 500 values (a staff list may have thousands of rows). */
    private static <T> List<List<T>> chunks(Set<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }
}
