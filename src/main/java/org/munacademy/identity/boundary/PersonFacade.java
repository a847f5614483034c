package org.munacademy.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.munacademy.identity.control.PersonScope;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent.Outcome;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.IdentityError;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.PersonCard;
import org.munacademy.identity.entity.PersonData;
import org.munacademy.identity.entity.PersonFilter;
import org.munacademy.identity.entity.PersonRow;
import org.munacademy.identity.entity.Role;
import org.munacademy.identity.entity.Snils;
import org.munacademy.organisation.entity.Municipality;
import org.munacademy.organisation.entity.MunicipalityRow;
import org.munacademy.organisation.entity.Position;
import org.munacademy.shared.entity.AccessDeniedException;
import org.munacademy.shared.entity.ConcurrentModificationException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.entity.SharedError;

/**
 * People and their cards, always within the caller's scope: an HR officer sees and manages the people of their
 * municipality (with its settlements) or region, an administrator everybody, an employee only themselves.
 * Reading somebody else's card is audited; so is every refused attempt.
 */
@ApplicationScoped
@Transactional
public class PersonFacade {

    private static final String ROW = "select new org.munacademy.identity.entity.PersonRow(p.id, p.code, "
            + "p.lastName, p.firstName, p.middleName, p.email, p.phone, m.id, m.name, r.code, r.name, pos.name, "
            + "p.consentGiven, pos.id, pg.code) ";
    private static final String FROM = "from Person p join p.municipality m join m.region r "
            + "left join m.parent mp left join p.position pos left join pos.group pg ";

    @Inject
    Principals principals;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    InputValidator validator;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PersonRow> list(@NotNull PersonFilter filter, @NotNull Page page) {
        PersonScope scope = managerScope();
        Map<String, Object> params = new HashMap<>();
        TypedQuery<PersonRow> q = em.createQuery(ROW + FROM + where(scope, filter, params)
                + " order by p.lastName, p.firstName, p.middleName, p.id", PersonRow.class);
        params.forEach(q::setParameter);
        List<PersonRow> rows = q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        // personal data read in bulk (152-FZ): who read which list, with the filter and how many rows
        audit.record(AuditAction.PERSONS_LISTED, Outcome.SUCCESS, "person", null, describe(filter, page, rows.size()));
        return rows;
    }

    /**
     * The rows of these persons that lie in the caller's managing scope (HR officers, administrators), in one query
     * whatever their number; others are left out. A bulk read of personal data: audited with the number asked and
     * found. Other contexts name the people of their own lists with it (a cohort's participants).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PersonRow> rows(@NotNull java.util.Collection<Long> ids) {
        PersonScope scope = managerScope();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        List<String> clauses = new ArrayList<>();
        scopeClause(scope, params).ifPresent(clauses::add);
        clauses.add("p.id in :ids");
        params.put("ids", java.util.Set.copyOf(ids));
        TypedQuery<PersonRow> q = em.createQuery(ROW + FROM + "where " + String.join(" and ", clauses)
                + " order by p.lastName, p.firstName, p.middleName, p.id", PersonRow.class);
        params.forEach(q::setParameter);
        List<PersonRow> rows = q.getResultList();
        audit.record(AuditAction.PERSONS_LISTED, Outcome.SUCCESS, "person", null,
                "by id, asked=" + ids.size() + ", rows=" + rows.size());
        return rows;
    }

    /** The filter, page and row count of a listing, for the audit log. */
    static String describe(PersonFilter f, Page page, int rows) {
        List<String> parts = new ArrayList<>();
        if (f.text() != null && !f.text().isBlank()) {
            parts.add("q=" + f.text().trim());
        }
        if (f.municipalityId() != null) {
            parts.add("municipalityId=" + f.municipalityId());
        }
        if (f.regionId() != null) {
            parts.add("regionId=" + f.regionId());
        }
        if (f.consentGiven() != null) {
            parts.add("consent=" + f.consentGiven());
        }
        parts.add("offset=" + page.offset());
        parts.add("limit=" + page.limit());
        parts.add("rows=" + rows);
        return String.join(", ", parts);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(@NotNull PersonFilter filter) {
        PersonScope scope = managerScope();
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(p) " + FROM + where(scope, filter, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /**
     * A person's card. Reading somebody else's card is audited; outside the caller's scope it is refused. A caller
     * without a national scope gets the same refusal (403, audited) for an id that does not exist as for a person
     * outside their scope, so that the answer does not tell which ids exist; only a national scope sees 404.
     */
    public PersonCard card(long id) {
        Caller caller = currentUser.require();
        PersonScope scope = PersonScope.of(caller.grants(), caller.personId());
        Person p = em.find(Person.class, id);
        if (p == null && scope.national()) {
            throw new NotFoundException(IdentityError.PERSON_NOT_FOUND, id);
        }
        if (!scope.isOwn(id) && (p == null || !covers(scope, p.getMunicipality()))) {
            audit.record(AuditAction.PERSON_READ, Outcome.DENIED, "person", String.valueOf(id), "outside scope");
            throw new AccessDeniedException(IdentityError.PERSON_OUTSIDE_SCOPE);
        }
        if (!scope.isOwn(id)) {
            audit.record(AuditAction.PERSON_READ, Outcome.SUCCESS, "person", String.valueOf(id), null);
        }
        return toCard(p);
    }

    /** The caller's own card, if their account belongs to a person. */
    public Optional<PersonCard> myCard() {
        Caller caller = currentUser.require();
        if (caller.personId() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Person.class, caller.personId())).map(PersonFacade::toCard);
    }

    public PersonCard create(@NotNull PersonData data) {
        PersonScope scope = managerScope();
        validator.validate(data);
        Municipality m = municipalityInScope(scope, data.getMunicipalityId());
        Person p = new Person(null, m, clock.instant());
        apply(p, data, m);
        em.persist(p);
        em.flush();
        audit.record(AuditAction.PERSON_CREATED, Outcome.SUCCESS, "person", String.valueOf(p.getId()),
                p.getFullName());
        return toCard(p);
    }

    /** Changes a person in scope; like {@link #card}, an unknown id is refused as outside the scope (403). */
    public PersonCard update(long id, @NotNull PersonData data) {
        PersonScope scope = managerScope();
        Person p = em.find(Person.class, id);
        if (p == null && scope.national()) {
            throw new NotFoundException(IdentityError.PERSON_NOT_FOUND, id);
        }
        if (p == null || !covers(scope, p.getMunicipality())) {
            audit.record(AuditAction.PERSON_UPDATED, Outcome.DENIED, "person", String.valueOf(id), "outside scope");
            throw new AccessDeniedException(IdentityError.PERSON_OUTSIDE_SCOPE);
        }
        validator.validate(data);
        if (data.getVersion() == null || data.getVersion() != p.getVersion()) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        Municipality m = municipalityInScope(scope, data.getMunicipalityId());
        apply(p, data, m);
        em.flush();
        principals.changed(); // the holder's name and place as signed-in callers see them
        audit.record(AuditAction.PERSON_UPDATED, Outcome.SUCCESS, "person", String.valueOf(id), p.getFullName());
        return toCard(p);
    }

    /** Municipalities the caller may place people in, matched by name or OKTMO (for pickers). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MunicipalityRow> municipalitiesInScope(String text, Page page) {
        PersonScope scope = managerScope();
        Map<String, Object> params = new HashMap<>();
        List<String> clauses = new ArrayList<>();
        scopeClause(scope, params).ifPresent(clauses::add);
        if (text != null && !text.isBlank()) {
            params.put("text", "%" + text.trim().toLowerCase(Locale.ROOT) + "%");
            params.put("oktmo", text.trim() + "%");
            clauses.add("(lower(m.name) like :text or m.oktmo like :oktmo)");
        }
        TypedQuery<MunicipalityRow> q = em.createQuery("select new org.munacademy.organisation.entity.MunicipalityRow("
                + "m.id, m.oktmo, m.name, m.type, r.id, r.code, r.name, mp.id, mp.name, m.population) "
                + "from Municipality m join m.region r left join m.parent mp "
                + (clauses.isEmpty() ? "" : "where " + String.join(" and ", clauses))
                + " order by m.name, m.id", MunicipalityRow.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    private PersonScope managerScope() {
        currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        return currentUser.personScope();
    }

    private Municipality municipalityInScope(PersonScope scope, Long municipalityId) {
        Municipality m = municipalityId == null ? null : em.find(Municipality.class, municipalityId);
        if (m == null) {
            throw new InvalidInputException("municipalityId", IdentityError.UNKNOWN_MUNICIPALITY);
        }
        if (!covers(scope, m)) {
            throw new InvalidInputException("municipalityId", IdentityError.MUNICIPALITY_OUTSIDE_SCOPE);
        }
        return m;
    }

    private void apply(Person p, PersonData data, Municipality m) {
        Position position = null;
        if (data.getPositionId() != null) {
            position = em.find(Position.class, data.getPositionId());
            if (position == null) {
                throw new InvalidInputException("positionId", IdentityError.UNKNOWN_POSITION);
            }
        }
        if (data.getEmail() != null) {
            String email = data.getEmail().trim().toLowerCase(Locale.ROOT);
            List<Long> others = em.createQuery("select p.id from Person p where p.email = :e", Long.class)
                    .setParameter("e", email).getResultList();
            if (others.stream().anyMatch(other -> !other.equals(p.getId()))) {
                throw new InvalidInputException("email", IdentityError.EMAIL_TAKEN);
            }
        }
        String snils = data.getSnils() == null ? null : Snils.digits(data.getSnils()).orElseThrow();
        if (snils != null) {
            List<Long> others = em.createQuery("select p.id from Person p where p.snils = :s", Long.class)
                    .setParameter("s", snils).getResultList();
            if (others.stream().anyMatch(other -> !other.equals(p.getId()))) {
                // says only that the number is taken, not by whom (the other person may lie outside the scope)
                throw new InvalidInputException("snils", IdentityError.SNILS_TAKEN, Snils.format(snils));
            }
        }
        p.setName(data.getLastName(), data.getFirstName(), data.getMiddleName());
        p.setContacts(data.getEmail(), data.getPhone());
        p.setWorkplace(m, position);
        p.setConsent(data.isConsentGiven(), data.getConsentDate());
        p.setRegistryDetails(data.getSex(), data.getCitizenship());
        p.setSnilsAndBirthDate(snils, data.getBirthDate());
    }

    private static boolean covers(PersonScope scope, Municipality m) {
        return scope.covers(m.getId(), m.getRegion().getId(), m.getParent() == null ? null : m.getParent().getId());
    }

    static PersonCard toCard(Person p) {
        Municipality m = p.getMunicipality();
        Position pos = p.getPosition();
        return new PersonCard(p.getId(), p.getCode(), p.getLastName(), p.getFirstName(), p.getMiddleName(),
                p.getEmail(), p.getPhone(), m.getId(), m.getName(), m.getOktmo(), m.getRegion().getName(),
                pos == null ? null : pos.getId(), pos == null ? null : pos.getName(),
                pos == null ? null : pos.getGroup().getCode(), p.isConsentGiven(), p.getConsentDate(),
                p.getVersion(), p.getSex(), p.getCitizenship(),
                Snils.digits(p.getSnils()).map(Snils::format).orElse(p.getSnils()), p.getBirthDate());
    }

    private static String where(PersonScope scope, PersonFilter f, Map<String, Object> params) {
        List<String> c = new ArrayList<>();
        scopeClause(scope, params).ifPresent(c::add);
        if (f.text() != null && !f.text().isBlank()) {
            params.put("text", "%" + f.text().trim().toLowerCase(Locale.ROOT) + "%");
            c.add("(lower(p.lastName) like :text or lower(p.firstName) like :text "
                    + "or lower(p.middleName) like :text or lower(p.email) like :text)");
        }
        if (f.municipalityId() != null) {
            params.put("fMunicipality", f.municipalityId());
            c.add("(m.id = :fMunicipality or mp.id = :fMunicipality)");
        }
        if (f.regionId() != null) {
            params.put("fRegion", f.regionId());
            c.add("r.id = :fRegion");
        }
        if (f.consentGiven() != null) {
            params.put("fConsent", f.consentGiven());
            c.add("p.consentGiven = :fConsent");
        }
        return c.isEmpty() ? "" : "where " + String.join(" and ", c);
    }

    /** The scope as a JPQL condition on {@code m} (municipality), {@code mp} (its parent) and {@code r}. */
    private static Optional<String> scopeClause(PersonScope scope, Map<String, Object> params) {
        if (scope.national()) {
            return Optional.empty();
        }
        List<String> any = new ArrayList<>();
        if (!scope.regionIds().isEmpty()) {
            params.put("scopeRegions", List.copyOf(scope.regionIds()));
            any.add("r.id in :scopeRegions");
        }
        if (!scope.municipalityIds().isEmpty()) {
            params.put("scopeMunicipalities", List.copyOf(scope.municipalityIds()));
            any.add("m.id in :scopeMunicipalities or mp.id in :scopeMunicipalities");
        }
        return Optional.of(any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")");
    }
}
