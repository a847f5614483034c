package org.munacademy.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.munacademy.identity.entity.Account;
import org.munacademy.identity.entity.Role;
import org.munacademy.identity.entity.ScopeType;
import org.munacademy.shared.entity.Recipient;
import org.munacademy.shared.boundary.TrustsItsCaller;

/**
 * Whom to notify: for persons (by id, or everybody of a municipality with its settlements, or of a region) their
 * enabled account's user name (for the in-app list), their e-mail address and the language they read in. It
 * trusts its caller (another context's boundary that has authorised the change it tells about): no view and no
 * REST resource may reach it (ArchitectureTest: {@link TrustsItsCaller}), since it hands out e-mail addresses
 * without a scope check.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@TrustsItsCaller("boundaries notifying the people of a change they authorised")
public class Recipients {

    @PersistenceContext
    EntityManager em;

    public List<Recipient> ofPersons(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(personIds);
        List<Object[]> persons = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) { // a region may hold many thousands of people
            persons.addAll(em.createQuery("select p.id, p.email from Person p where p.id in :ids order by p.id",
                    Object[].class).setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .getResultList());
        }
        return withAccounts(persons);
    }

    /** Everybody working in the municipality or one of its settlements. */
    public List<Recipient> ofMunicipality(long municipalityId) {
        return ofPersons(personsOfMunicipality(municipalityId));
    }

    /** Everybody working in the region. */
    public List<Recipient> ofRegion(long regionId) {
        return ofPersons(personsOfRegion(regionId));
    }

    /** The ids of everybody working in the municipality or one of its settlements (what an assignment reaches). */
    public List<Long> personsOfMunicipality(long municipalityId) {
        return em.createQuery("select p.id from Person p join p.municipality m left join m.parent mp "
                + "where m.id = :m or mp.id = :m order by p.id", Long.class).setParameter("m", municipalityId)
                .getResultList();
    }

    /** The ids of everybody working in the region. */
    public List<Long> personsOfRegion(long regionId) {
        return em.createQuery("select p.id from Person p join p.municipality m where m.region.id = :r order by p.id",
                Long.class).setParameter("r", regionId).getResultList();
    }

    /**
     * The holders of a role whose scope covers a workplace: a regional grant for its region, or a municipal grant for
     * the municipality or the municipality it lies in (not the national grants: a national role is not told about
     * every place). Each account once, in the order of user names.
     */
    public List<Recipient> ofRoleAt(Role role, long regionId, long municipalityId) {
        List<Account> accounts = em.createQuery("select distinct a from Account a join a.grants g "
                        + "left join g.municipality gm left join g.region gr where a.enabled = true and g.role = :role "
                        + "and ((g.scopeType = :region and gr.id = :r) or (g.scopeType = :municipality and (gm.id = :m "
                        + "or gm.id = (select mp.id from Municipality m join m.parent mp where m.id = :m)))) "
                        + "order by a.username", Account.class)
                .setParameter("role", role).setParameter("region", ScopeType.REGION)
                .setParameter("municipality", ScopeType.MUNICIPALITY).setParameter("r", regionId)
                .setParameter("m", municipalityId).getResultList();
        return accounts.stream().map(this::ofAccount).toList();
    }

    /** The holder of an account (its person's address, if any). */
    public Recipient ofAccount(Account a) {
        return new Recipient(a.isEnabled() ? a.getUsername() : null,
                a.getPerson() == null ? null : a.getPerson().getEmail(), language(a.getLanguage()));
    }

    private List<Recipient> withAccounts(List<Object[]> persons) {
        if (persons.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> accounts = new HashMap<>();
        List<Long> ids = persons.stream().map(p -> (Long) p[0]).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            em.createQuery("select a.person.id, a.username, a.language from Account a "
                            + "where a.enabled = true and a.person.id in :ids", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).getResultList()
                    .forEach(a -> accounts.put((Long) a[0], a));
        }
        List<Recipient> out = new ArrayList<>();
        for (Object[] p : persons) {
            Object[] a = accounts.get((Long) p[0]);
            Recipient r = new Recipient(a == null ? null : (String) a[1], (String) p[1],
                    language(a == null ? null : (String) a[2]));
            if (r.username() != null || r.email() != null) {
                out.add(r);
            }
        }
        return out;
    }

    static Locale language(String tag) {
        return "en".equals(tag) ? Locale.ENGLISH : Locale.forLanguageTag("ru");
    }
}
