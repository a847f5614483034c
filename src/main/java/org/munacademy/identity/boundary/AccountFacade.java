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
import java.util.stream.Collectors;
import org.munacademy.identity.entity.Account;
import org.munacademy.identity.entity.AccountData;
import org.munacademy.identity.entity.AccountData.GrantData;
import org.munacademy.identity.entity.AccountRow;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent.Outcome;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.DuplicateLoginException;
import org.munacademy.identity.entity.Grant;
import org.munacademy.identity.entity.IdentityError;
import org.munacademy.identity.entity.IdentityNotice;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.PersonRow;
import org.munacademy.identity.entity.Role;
import org.munacademy.identity.entity.RoleGrant;
import org.munacademy.identity.entity.ScopeType;
import org.munacademy.identity.entity.TooManyAttemptsException;
import org.munacademy.identity.control.LoginThrottle.Permit;
import org.munacademy.organisation.entity.Municipality;
import org.munacademy.organisation.entity.Region;
import org.munacademy.shared.entity.ConcurrentModificationException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.boundary.Notifier;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.entity.SharedError;

/**
 * Accounts and their role grants, for administrators; and the caller's own password. Every change is audited
 * (role changes with the grants before and after); a new account and a password set by an administrator are
 * notified to the holder (in-app and by mail, in the same transaction).
 */
@ApplicationScoped
@Transactional
public class AccountFacade {

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

    @Inject
    LoginGuard guard;

    @Inject
    RequestInfo requestInfo;

    @Inject
    Notifier notifier;

    @Inject
    Recipients recipients;

    @Inject
    Principals principals;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountRow> list(String text, @NotNull Page page) {
        currentUser.require(Role.ADMIN);
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Account> q = em.createQuery("select a from Account a left join fetch a.person p "
                + where(text, params) + " order by a.username", Account.class);
        params.forEach(q::setParameter);
        List<Account> accounts = q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        if (accounts.isEmpty()) {
            return List.of();
        }
        // grants of the whole page in one query (no N+1: the account joined too, or each grant's lazy account
        // is read on its own to group by its id — one statement per account, found on a page of 100 bench accounts)
        Map<Long, List<Grant>> grants = em.createQuery("select g from RoleGrant g join fetch g.account "
                        + "left join fetch g.region left join fetch g.municipality where g.account in :accounts",
                        RoleGrant.class)
                .setParameter("accounts", accounts)
                .getResultStream()
                .collect(Collectors.groupingBy(g -> g.getAccount().getId(),
                        Collectors.mapping(CurrentUser::toGrant, Collectors.toList())));
        return accounts.stream().map(a -> toRow(a, grants.getOrDefault(a.getId(), List.of()))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String text) {
        currentUser.require(Role.ADMIN);
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(a) from Account a left join a.person p "
                + where(text, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountRow get(long id) {
        currentUser.require(Role.ADMIN);
        Account a = find(id);
        return toRow(a, a.getGrants().stream().map(CurrentUser::toGrant).toList());
    }

    public AccountRow create(@NotNull AccountData data) {
        currentUser.require(Role.ADMIN);
        validator.validate(data);
        if (data.getPassword() == null) {
            throw new InvalidInputException("password", IdentityError.PASSWORD_REQUIRED);
        }
        checkUnique(data.getUsername(), null);
        Account a = new Account(data.getUsername(), guard.hasher().hash(data.getPassword().toCharArray()),
                person(data.getPersonId(), null), clock.instant());
        a.setEnabled(data.isEnabled());
        applyGrants(a, data.getGrants());
        em.persist(a);
        em.flush();
        audit.record(AuditAction.ACCOUNT_CREATED, Outcome.SUCCESS, "account", a.getUsername(), describe(a));
        notifier.send(recipients.ofAccount(a), IdentityNotice.ACCOUNT_CREATED, "login", a.getUsername());
        return get(a.getId());
    }

    public AccountRow update(long id, @NotNull AccountData data) {
        Caller caller = currentUser.require(Role.ADMIN);
        validator.validate(data);
        Account a = find(id);
        if (data.getVersion() == null || data.getVersion() != a.getVersion()) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        if (!a.getUsername().equals(data.getUsername())) {
            throw new InvalidInputException("username", IdentityError.USERNAME_IMMUTABLE);
        }
        if (a.getId().equals(caller.accountId())
                && data.getGrants().stream().noneMatch(g -> g.getRole() == Role.ADMIN)) {
            throw new InvalidInputException("grants", IdentityError.CANNOT_DROP_OWN_ADMIN);
        }
        String before = describe(a);
        a.setPerson(person(data.getPersonId(), a.getId()));
        a.setEnabled(data.isEnabled());
        if (data.getPassword() != null) {
            a.changePasswordHash(guard.hasher().hash(data.getPassword().toCharArray()));
            guard.credentials().forget(a.getUsername());
            if (a.getId().equals(caller.accountId())) {
                requestInfo.continueSession(a.getUsername(), a.getCredentialEpoch());
            }
            audit.record(AuditAction.PASSWORD_CHANGED, Outcome.SUCCESS, "account", a.getUsername(), "by administrator");
            notifier.send(recipients.ofAccount(a), IdentityNotice.PASSWORD_RESET_BY_ADMIN, "login", a.getUsername());
        }
        a.clearGrants();
        em.flush(); // delete the old grants before inserting the new ones
        applyGrants(a, data.getGrants());
        a.setEnabled(data.isEnabled());
        em.flush();
        principals.changed(); // every node forgets its callers: disabled, grants or password apply at once
        String after = describe(a);
        audit.record(AuditAction.ACCOUNT_UPDATED, Outcome.SUCCESS, "account", a.getUsername(),
                "enabled=" + a.isEnabled());
        if (!before.equals(after)) {
            audit.record(AuditAction.ROLES_CHANGED, Outcome.SUCCESS, "account", a.getUsername(),
                    before + " -> " + after);
        }
        return get(a.getId());
    }

    /**
     * The caller changes their own password, proving the current one. The current password is checked under the
     * same throttle as a sign-in (a wrong one counts as a failed attempt of the account and the address); the
     * change ends every other session of the account, the caller's own goes on.
     */
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Caller caller = currentUser.require();
        Account a = find(caller.accountId());
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw new InvalidInputException("currentPassword", IdentityError.CURRENT_PASSWORD_REQUIRED);
        }
        if (newPassword == null || newPassword.length() < AccountData.PASSWORD_MIN || newPassword.length() > 128) {
            throw new InvalidInputException("newPassword", IdentityError.NEW_PASSWORD_TOO_SHORT,
                    AccountData.PASSWORD_MIN);
        }
        Permit permit = guard.acquire(a.getUsername(), requestInfo.remoteAddress());
        if (!permit.granted()) {
            audit.record(AuditAction.PASSWORD_CHANGED, Outcome.DENIED, "account", a.getUsername(),
                    "too many failed attempts");
            throw new TooManyAttemptsException(permit.retryAfter());
        }
        if (!permit.settle(() -> guard.hasher().verify(currentPassword.toCharArray(), a.getPasswordHash()))) {
            audit.record(AuditAction.PASSWORD_CHANGED, Outcome.FAILURE, "account", a.getUsername(),
                    "wrong current password");
            throw new InvalidInputException("currentPassword", IdentityError.CURRENT_PASSWORD_WRONG);
        }
        a.changePasswordHash(guard.hasher().hash(newPassword.toCharArray()));
        guard.credentials().forget(a.getUsername());
        em.flush();
        principals.changed();
        requestInfo.continueSession(a.getUsername(), a.getCredentialEpoch());
        audit.record(AuditAction.PASSWORD_CHANGED, Outcome.SUCCESS, "account", a.getUsername(), "by the user");
    }

    /** Persons without an account yet, matched by name (for the account form's picker). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PersonRow> personsWithoutAccount(String text, @NotNull Page page) {
        currentUser.require(Role.ADMIN);
        Map<String, Object> params = new HashMap<>();
        String filter = "";
        if (text != null && !text.isBlank()) {
            params.put("text", "%" + text.trim().toLowerCase(Locale.ROOT) + "%");
            filter = "and (lower(p.lastName) like :text or lower(p.firstName) like :text) ";
        }
        TypedQuery<PersonRow> q = em.createQuery("select new org.munacademy.identity.entity.PersonRow(p.id, p.code, "
                + "p.lastName, p.firstName, p.middleName, p.email, p.phone, m.id, m.name, r.code, r.name, pos.name, "
                + "p.consentGiven, pos.id, pg.code) from Person p join p.municipality m join m.region r "
                + "left join p.position pos left join pos.group pg "
                + "where not exists (select a from Account a where a.person = p) " + filter
                + "order by p.lastName, p.firstName, p.id", PersonRow.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    private Account find(long id) {
        Account a = em.find(Account.class, id);
        if (a == null) {
            throw new NotFoundException(IdentityError.ACCOUNT_NOT_FOUND, id);
        }
        return a;
    }

    private void checkUnique(String username, Long ownId) {
        List<Long> ids = em.createQuery("select a.id from Account a where lower(a.username) = :u", Long.class)
                .setParameter("u", username.toLowerCase(Locale.ROOT)).getResultList();
        if (ids.stream().anyMatch(id -> !id.equals(ownId))) {
            audit.record(AuditAction.ACCOUNT_CREATED, Outcome.FAILURE, "account", username, "duplicate user name");
            throw new DuplicateLoginException(username);
        }
    }

    private Person person(Long personId, Long ownAccountId) {
        if (personId == null) {
            return null;
        }
        Person p = em.find(Person.class, personId);
        if (p == null) {
            throw new InvalidInputException("personId", IdentityError.UNKNOWN_PERSON);
        }
        List<Long> holders = em.createQuery("select a.id from Account a where a.person = :p", Long.class)
                .setParameter("p", p).getResultList();
        if (holders.stream().anyMatch(h -> !h.equals(ownAccountId))) {
            throw new InvalidInputException("personId", IdentityError.PERSON_HAS_ACCOUNT);
        }
        return p;
    }

    private void applyGrants(Account a, List<GrantData> grants) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < grants.size(); i++) {
            GrantData g = grants.get(i);
            String field = "grants[" + i + "]";
            Region region = null;
            Municipality municipality = null;
            if (g.getScopeType() == ScopeType.REGION) {
                region = em.createQuery("select r from Region r where r.code = :c", Region.class)
                        .setParameter("c", g.getRegionCode()).getResultStream().findFirst()
                        .orElseThrow(() -> new InvalidInputException(field + ".regionCode",
                                IdentityError.UNKNOWN_REGION));
            } else if (g.getScopeType() == ScopeType.MUNICIPALITY) {
                municipality = em.createQuery("select m from Municipality m where m.oktmo = :o", Municipality.class)
                        .setParameter("o", g.getMunicipalityOktmo()).getResultStream().findFirst()
                        .orElseThrow(() -> new InvalidInputException(field + ".municipalityOktmo",
                                IdentityError.UNKNOWN_MUNICIPALITY));
            }
            String key = g.getRole() + "@" + g.getScopeType() + ":" + g.getRegionCode()
                    + ":" + g.getMunicipalityOktmo();
            if (seen.contains(key)) {
                throw new InvalidInputException(field, IdentityError.GRANT_TWICE);
            }
            seen.add(key);
            a.grant(g.getRole(), g.getScopeType(), region, municipality);
        }
    }

    private static String describe(Account a) {
        return a.getGrants().stream()
                .map(g -> g.getRole() + "@" + switch (g.getScopeType()) {
                    case NATIONAL -> "NATIONAL";
                    case REGION -> "REGION:" + g.getRegion().getCode();
                    case MUNICIPALITY -> "MUNICIPALITY:" + g.getMunicipality().getOktmo();
                })
                .sorted()
                .collect(Collectors.joining(";"));
    }

    private static AccountRow toRow(Account a, List<Grant> grants) {
        Person p = a.getPerson();
        return new AccountRow(a.getId(), a.getUsername(), p == null ? null : p.getId(),
                p == null ? null : p.getFullName(), a.isEnabled(), a.getCreatedAt(), a.getLastLoginAt(), grants,
                a.getVersion());
    }

    private static String where(String text, Map<String, Object> params) {
        if (text == null || text.isBlank()) {
            return "";
        }
        params.put("text", "%" + text.trim().toLowerCase(Locale.ROOT) + "%");
        return "where lower(a.username) like :text or lower(p.lastName) like :text";
    }

}
