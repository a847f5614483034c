package org.munacademy.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.RegistryPerson;
import org.munacademy.shared.boundary.TrustsItsCaller;

/**
 * The holder data documents of education need (name, СНИЛС, date of birth, sex, citizenship) for persons by id. It
 * trusts its caller — learning's documents boundary, which decides and audits who may see a document or an export —
 * so no view or REST resource may reach it (ArchitectureTest: {@link TrustsItsCaller}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@TrustsItsCaller("learning's documents: issuing names the holder, the registry export needs their details")
public class RegistryPersons {

    @PersistenceContext
    EntityManager em;

    /** The id of the person with this code (content files name persons by code). */
    public java.util.Optional<Long> idOfCode(String code) {
        return em.createQuery("select p.id from Person p where p.code = :c", Long.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    /** The persons by id, in the order of the ids; unknown ids are left out. Reads in chunks of 1000. */
    public Map<Long, RegistryPerson> of(Collection<Long> personIds) {
        List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(personIds));
        Map<Long, RegistryPerson> found = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            for (Person p : em.createQuery("select p from Person p where p.id in :ids", Person.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).getResultList()) {
                found.put(p.getId(), new RegistryPerson(p.getId(), p.getLastName(), p.getFirstName(),
                        p.getMiddleName(), p.getSnils(), p.getBirthDate(), p.getSex(), p.getCitizenship()));
            }
        }
        Map<Long, RegistryPerson> ordered = new LinkedHashMap<>();
        for (Long id : ids) {
            if (found.containsKey(id)) {
                ordered.put(id, found.get(id));
            }
        }
        return ordered;
    }
}
