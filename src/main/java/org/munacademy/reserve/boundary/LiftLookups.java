package org.munacademy.reserve.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import org.munacademy.identity.entity.Person;
import java.util.Map;
import org.munacademy.identity.boundary.DataScope;
import org.munacademy.identity.entity.ScopePlaces;
import org.munacademy.organisation.entity.Municipality;
import org.munacademy.organisation.entity.Position;
import org.munacademy.reserve.entity.LiftError;
import org.munacademy.reserve.entity.ReserveEntry;
import org.munacademy.shared.entity.AccessDeniedException;
import org.munacademy.shared.entity.BusinessException;

/**
 * What offers, appointments and analytics look up: an entry the caller manages (its person in the caller's scope;
 * else not found, so that the answer does not tell which ids exist), positions by code, municipalities in scope, and
 * names of positions and municipalities for lists (one statement per kind, whatever the number of rows).
 */
@ApplicationScoped
public class LiftLookups {

    @PersistenceContext
    EntityManager em;

    @Inject
    DataScope scope;

    @Inject
    EntryFacade entries;

    /** An entry whose person lies in the caller's reserve scope (core's {@link EntryFacade#manageable}); else 404. */
    public ReserveEntry managedEntry(long id) {
        return entries.manageable(id);
    }

    /** Whether a region lies in the caller's reserve scope (HR, commission members, administrators). */
    public boolean coversRegion(long regionId) {
        ScopePlaces places = scope.reservePlaces();
        return places.national() || places.regionIds().contains(regionId);
    }

    /** A position by its code; 400 naming the code when there is none. */
    public Position position(String code) {
        String c = code == null ? "" : code.strip();
        return em.createQuery("select p from Position p join fetch p.group where p.code = :c", Position.class)
                .setParameter("c", c).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException(LiftError.POSITION_NOT_FOUND, c));
    }

    /** A municipality in the caller's managing scope; else 403 naming the id. */
    public Municipality municipalityInScope(long id) {
        if (!scope.coversReserveMunicipality(id)) {
            throw new AccessDeniedException(LiftError.MUNICIPALITY_OUT_OF_SCOPE, id);
        }
        return em.find(Municipality.class, id);
    }

    /** Positions by id: code and name. */
    public Map<Long, String[]> positions(Collection<Long> ids) {
        Map<Long, String[]> out = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : em.createQuery("select p.id, p.code, p.name from Position p where p.id in :ids",
                    Object[].class).setParameter("ids", List.copyOf(ids)).getResultList()) {
                out.put((Long) r[0], new String[] {(String) r[1], (String) r[2]});
            }
        }
        return out;
    }

    /** A position as history lines name it: code and name, from {@link #positions}; "?" for one not found. */
    public static String label(String[] codeAndName) {
        return codeAndName == null ? "?" : String.join(" ", codeAndName);
    }

    /** Positions' names by id. */
    public Map<Long, String> positionNames(Collection<Long> ids) {
        return names("select p.id, p.name from Position p where p.id in :ids", ids);
    }

    /** Municipalities' names by id. */
    public Map<Long, String> municipalityNames(Collection<Long> ids) {
        return names("select m.id, m.name from Municipality m where m.id in :ids", ids);
    }

    /**
     * Persons' full names by id, for rows the caller's query has already restricted to their reserve scope (so that
     * commission members, who are scoped like HR for the reserve only, read them too).
     */
    public Map<Long, String> personNames(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : em.createQuery("select p.id, p.lastName, p.firstName, p.middleName from Person p "
                    + "where p.id in :ids", Object[].class).setParameter("ids", List.copyOf(ids)).getResultList()) {
                out.put((Long) r[0], Person.fullName((String) r[1], (String) r[2], (String) r[3]));
            }
        }
        return out;
    }

    /** Regions' names by id. */
    public Map<Long, String> regionNames(Collection<Long> ids) {
        return names("select r.id, r.name from Region r where r.id in :ids", ids);
    }

    /** Position groups' Russian and English names by id. */
    public Map<Long, String[]> groupNames(Collection<Long> ids) {
        Map<Long, String[]> out = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : em.createQuery("select g.id, g.nameRu, g.nameEn from PositionGroup g where g.id in :ids",
                    Object[].class).setParameter("ids", List.copyOf(ids)).getResultList()) {
                out.put((Long) r[0], new String[] {(String) r[1], (String) r[2]});
            }
        }
        return out;
    }

    private Map<Long, String> names(String jpql, Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : em.createQuery(jpql, Object[].class).setParameter("ids", List.copyOf(ids))
                    .getResultList()) {
                out.put((Long) r[0], (String) r[1]);
            }
        }
        return out;
    }
}
