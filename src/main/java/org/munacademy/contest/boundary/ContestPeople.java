package org.munacademy.contest.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.contest.entity.MemberFacts;
import org.munacademy.identity.entity.Person;

/**
 * Names and places of persons, municipalities and regions for the contest's rows, one statement per kind whatever
 * their number; and the organisation facts conflicts of interest are found from. Decides nothing about access: the
 * calling facade has.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContestPeople {

    @PersistenceContext
    EntityManager em;

    /** Person id → full name. */
    public Map<Long, String> names(Collection<Long> personIds) {
        Map<Long, String> out = new HashMap<>();
        List<Long> ids = personIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object[] o : em.createQuery("select p.id, p.lastName, p.firstName, p.middleName from Person p "
                + "where p.id in :ids", Object[].class).setParameter("ids", ids).getResultList()) {
            out.put((Long) o[0], Person.fullName((String) o[1], (String) o[2], (String) o[3]));
        }
        return out;
    }

    /** Municipality id → name. */
    public Map<Long, String> municipalities(Collection<Long> ids) {
        return pairs("select m.id, m.name from Municipality m where m.id in :ids", ids);
    }

    /** Region id → name. */
    public Map<Long, String> regions(Collection<Long> ids) {
        return pairs("select r.id, r.name from Region r where r.id in :ids", ids);
    }

    /** Region code → id. */
    public Map<String, Long> regionIds(Collection<String> codes) {
        Map<String, Long> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        for (Object[] o : em.createQuery("select r.code, r.id from Region r where r.code in :c", Object[].class)
                .setParameter("c", codes).getResultList()) {
            out.put((String) o[0], (Long) o[1]);
        }
        return out;
    }

    /** Person id → the facts conflicts are found from: municipality, department, rank of the position's group. */
    public Map<Long, MemberFacts> facts(Collection<Long> personIds) {
        Map<Long, MemberFacts> out = new HashMap<>();
        List<Long> ids = personIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return out;
        }
        for (Object[] o : em.createQuery("select p.id, m.id, p.department, g.sortOrder from Person p "
                + "left join p.municipality m left join p.position pos left join pos.group g where p.id in :ids",
                Object[].class).setParameter("ids", ids).getResultList()) {
            out.put((Long) o[0], new MemberFacts((Long) o[0], (Long) o[1], (String) o[2], (Integer) o[3]));
        }
        return out;
    }

    private Map<Long, String> pairs(String jpql, Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        List<Long> distinct = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return out;
        }
        for (Object[] o : em.createQuery(jpql, Object[].class).setParameter("ids", distinct).getResultList()) {
            out.put((Long) o[0], (String) o[1]);
        }
        return out;
    }
}
