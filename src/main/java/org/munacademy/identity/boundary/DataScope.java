package org.munacademy.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.munacademy.identity.control.PersonScope;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.PersonPlace;
import org.munacademy.identity.entity.Role;
import org.munacademy.identity.entity.ScopePlaces;
import org.munacademy.organisation.entity.Municipality;

/**
 * The data scope as a typed contract: the one way every context restricts persons to the caller's managing scope
 * (a municipality with the settlements inside it, a region, or the whole country), instead of query text handed
 * between contexts. An HR officer's scope comes from their grants; an administrator's is national. Every method
 * refuses (403) a caller who is neither, so a scope can never be asked for on somebody else's behalf.
 *
 * <p>Queries of other contexts join their person id to {@link #personIn}, a JPA Criteria predicate (a subquery on
 * identity's persons), so the scope rule itself stays here; small sets are checked with {@link #personsAmong}.
 */
@ApplicationScoped
public class DataScope {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /**
     * A predicate for {@code query} that keeps rows whose person id ({@code personId}, e.g. {@code a.get("personId")})
     * lies in the caller's managing scope: always true for a national scope, always false for nobody's.
     */
    public Predicate personIn(CriteriaBuilder cb, CommonAbstractCriteria query, Expression<Long> personId) {
        return personIn(managing(), cb, query, personId);
    }

    private static Predicate personIn(PersonScope scope, CriteriaBuilder cb, CommonAbstractCriteria query,
            Expression<Long> personId) {
        if (scope.national()) {
            return cb.conjunction();
        }
        if (!scope.managesOthers()) {
            return cb.disjunction();
        }
        Subquery<Long> persons = query.subquery(Long.class);
        Root<Person> p = persons.from(Person.class);
        persons.select(p.get("id")).where(placeIn(cb, scope, p));
        return personId.in(persons);
    }

    /** Which of these persons lie in the caller's managing scope (unknown ids are left out). */
    public Set<Long> personsAmong(Collection<Long> personIds) {
        return personsAmong(managing(), personIds);
    }

    private Set<Long> personsAmong(PersonScope scope, Collection<Long> personIds) {
        if (personIds.isEmpty() || !scope.managesOthers()) {
            return Set.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Person> p = q.from(Person.class);
        List<Predicate> where = new ArrayList<>();
        where.add(p.get("id").in(Set.copyOf(personIds)));
        if (!scope.national()) {
            where.add(placeIn(cb, scope, p));
        }
        q.select(p.get("id")).where(where.toArray(Predicate[]::new));
        return em.createQuery(q).getResultStream().collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a person lies in the caller's managing scope (false for an unknown id). */
    public boolean coversPerson(long personId) {
        return personsAmong(List.of(personId)).contains(personId);
    }

    /** Whether a municipality lies in the caller's managing scope (false for an unknown id). */
    public boolean coversMunicipality(long municipalityId) {
        PersonScope scope = managing();
        Municipality m = em.find(Municipality.class, municipalityId);
        return m != null && scope.covers(m.getId(), m.getRegion().getId(),
                m.getParent() == null ? null : m.getParent().getId());
    }

    /** Whether a whole region lies in the caller's managing scope. */
    public boolean coversRegion(long regionId) {
        PersonScope scope = managing();
        return scope.national() || scope.regionIds().contains(regionId);
    }

    /**
     * Where the caller works (the caller's own person; empty for an account without one): what is addressed to
     * their municipality, the municipality it lies in or their region reaches them. Needs no managing role.
     */
    public Optional<PersonPlace> myPlace() {
        Caller caller = currentUser.require();
        if (caller.personId() == null) {
            return Optional.empty();
        }
        Person p = em.find(Person.class, caller.personId());
        if (p == null) {
            return Optional.empty();
        }
        Municipality m = p.getMunicipality();
        return Optional.of(new PersonPlace(p.getId(), m.getId(), m.getParent() == null ? null : m.getParent().getId(),
                m.getRegion().getId()));
    }

    /**
     * The caller's managing scope as a value: equal for callers who manage the same people (whoever they are
     * themselves), for what other contexts keep per scope (competency's gap tables).
     */
    public Object scopeKey() {
        PersonScope scope = managing();
        return List.of(scope.national(), scope.regionIds(), scope.municipalityIds());
    }

    // ---- the personnel reserve: HR, commission members and administrators ----

    /**
     * Like {@link #personIn} for the personnel reserve only: the scope of the caller's HR_OFFICER, COMMISSION_MEMBER
     * and ADMIN grants (a commission member is "scoped like HR" for the reserve, never for other contexts' person
     * data). Refuses (403) a caller with none of these roles.
     */
    public Predicate reservePersonIn(CriteriaBuilder cb, CommonAbstractCriteria query, Expression<Long> personId) {
        return personIn(reserving(), cb, query, personId);
    }

    /** Which of these persons lie in the caller's reserve scope (see {@link #reservePersonIn}). */
    public Set<Long> reservePersonsAmong(Collection<Long> personIds) {
        return personsAmong(reserving(), personIds);
    }

    /** Whether a person lies in the caller's reserve scope (false for an unknown id). */
    public boolean coversReservePerson(long personId) {
        return reservePersonsAmong(List.of(personId)).contains(personId);
    }

    /** Whether a municipality lies in the caller's reserve scope (false for an unknown id). */
    public boolean coversReserveMunicipality(long municipalityId) {
        PersonScope scope = reserving();
        Municipality m = em.find(Municipality.class, municipalityId);
        return m != null && scope.covers(m.getId(), m.getRegion().getId(),
                m.getParent() == null ? null : m.getParent().getId());
    }

    /**
     * The caller's reserve scope as places (national, regions, municipalities, and the regions any grant touches),
     * for deciding which reserves (national, regional, municipal) the caller sees.
     */
    public ScopePlaces reservePlaces() {
        PersonScope scope = reserving();
        Set<Long> touched = new java.util.LinkedHashSet<>(scope.regionIds());
        if (!scope.municipalityIds().isEmpty()) {
            touched.addAll(em.createQuery("select m.region.id from Municipality m where m.id in :ids", Long.class)
                    .setParameter("ids", scope.municipalityIds()).getResultList());
        }
        return new ScopePlaces(scope.national(), scope.regionIds(), scope.municipalityIds(), touched);
    }

    // ---- the contest: contest administrators and administrators ----

    /**
     * Which of these persons lie in the caller's contest scope: the scope of their CONTEST_ADMIN and ADMIN grants
     * (never other contexts' person data). Refuses (403) a caller with neither role.
     */
    public Set<Long> contestPersonsAmong(Collection<Long> personIds) {
        currentUser.require(Role.CONTEST_ADMIN, Role.ADMIN);
        Caller c = currentUser.require();
        return personsAmong(PersonScope.of(c.grants(), c.personId(), PersonScope.CONTEST_ROLES), personIds);
    }

    private PersonScope reserving() {
        currentUser.require(Role.HR_OFFICER, Role.COMMISSION_MEMBER, Role.ADMIN);
        Caller c = currentUser.require();
        return PersonScope.of(c.grants(), c.personId(), PersonScope.RESERVE_ROLES);
    }

    /** The caller's managing scope; HR officers and administrators only. */
    private PersonScope managing() {
        currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        return currentUser.personScope();
    }

    /** The scope as a condition on a person's workplace (not for a national scope, which needs none). */
    private static Predicate placeIn(CriteriaBuilder cb, PersonScope scope, Root<Person> p) {
        Join<Person, Municipality> m = p.join("municipality");
        Join<Municipality, Municipality> parent = m.join("parent", JoinType.LEFT);
        List<Predicate> any = new ArrayList<>();
        if (!scope.regionIds().isEmpty()) {
            any.add(m.get("region").get("id").in(scope.regionIds()));
        }
        if (!scope.municipalityIds().isEmpty()) {
            any.add(m.get("id").in(scope.municipalityIds()));
            any.add(parent.get("id").in(scope.municipalityIds()));
        }
        return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
    }
}
