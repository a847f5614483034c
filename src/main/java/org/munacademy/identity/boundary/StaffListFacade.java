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
import org.munacademy.identity.control.StaffList;
import org.munacademy.identity.control.StaffList.Action;
import org.munacademy.identity.control.StaffList.Known;
import org.munacademy.identity.control.StaffList.Plan;
import org.munacademy.identity.control.StaffList.PositionRef;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent.Outcome;
import org.munacademy.identity.entity.IdentityError;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.Role;
import org.munacademy.identity.entity.StaffField;
import org.munacademy.identity.entity.StaffImportResult;
import org.munacademy.organisation.entity.Municipality;
import org.munacademy.organisation.entity.Position;
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
 */
@ApplicationScoped
@Transactional
public class StaffListFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

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
     * @throws ImportRejectedException (400) listing every faulty row, and nothing stored
     */
    public StaffImportResult importList(@NotNull Upload upload, String charset, Long municipalityId,
            Map<StaffField, String> mapping, boolean dryRun) {
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
        if (!dryRun) {
            store(plan, target);
        }
        StaffImportResult result = new StaffImportResult(table.header(), used, plan.preview(), !dryRun, List.of());
        audit.record(AuditAction.STAFF_LIST_IMPORTED, Outcome.SUCCESS, "municipality", String.valueOf(target.getId()),
                (dryRun ? "dry run, " : "") + "created=" + result.created() + ", updated=" + result.updated()
                        + ", unchanged=" + result.unchanged());
        return result;
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
                org.munacademy.identity.control.Snils.digits(row.get(mapping.get(StaffField.SNILS))).ifPresent(snils::add);
            }
            if (mapping.get(StaffField.PERSONNEL_NUMBER) != null && !row.isBlank(mapping.get(StaffField.PERSONNEL_NUMBER))) {
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
                    p.getBirthDate(), pos == null ? null : pos.getId(), pos == null ? null : pos.getName(),
                    p.getDepartment(), p.getEmail(), p.getPhone()));
        }
        return known;
    }

    private void store(Plan plan, Municipality target) {
        for (Action a : plan.actions()) {
            if (a.kind() == Kind.UNCHANGED) {
                continue;
            }
            StaffList.Entry e = a.entry();
            Person p = a.kind() == Kind.CREATE ? new Person(null, target, clock.instant()) : em.find(Person.class, a.known().id());
            p.setName(e.lastName(), e.firstName(), e.middleName());
            p.setContacts(e.email() != null ? e.email() : p.getEmail(), e.phone() != null ? e.phone() : p.getPhone());
            Position position = e.position() != null ? em.find(Position.class, e.position().id()) : p.getPosition();
            p.setWorkplace(target, position);
            p.setStaffRecord(e.snils() != null ? e.snils() : p.getSnils(),
                    e.personnelNumber() != null ? e.personnelNumber() : p.getPersonnelNumber(),
                    e.birthDate() != null ? e.birthDate() : p.getBirthDate(),
                    e.department() != null ? e.department() : p.getDepartment());
            if (a.kind() == Kind.CREATE) {
                em.persist(p);
            }
        }
        em.flush();
    }

    private static boolean covers(PersonScope scope, Municipality m) {
        return scope.covers(m.getId(), m.getRegion().getId(), m.getParent() == null ? null : m.getParent().getId());
    }

    /** IN lists of at most 500 values (a staff list may have thousands of rows). */
    private static List<List<String>> chunks(Set<String> values) {
        List<String> all = new ArrayList<>(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }
}
