package org.munacademy.reserve.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.DataScope;
import org.munacademy.identity.entity.Account;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent.Outcome;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.Role;
import org.munacademy.identity.entity.ScopePlaces;
import org.munacademy.reserve.entity.CommissionMember;
import org.munacademy.reserve.entity.MemberData;
import org.munacademy.reserve.entity.MemberRow;
import org.munacademy.reserve.entity.Reserve;
import org.munacademy.reserve.entity.ReserveDetail;
import org.munacademy.reserve.entity.ReserveError;
import org.munacademy.reserve.entity.ReserveLevel;
import org.munacademy.reserve.entity.ReserveRow;
import org.munacademy.reserve.entity.ReserveRules;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.entity.AccessDeniedException;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.ConcurrentModificationException;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.SharedError;

/**
 * Reserves and their commissions. HR officers and commission members see the national reserve, the regional reserves
 * of the regions their grants touch and the municipal reserves inside their scope; administrators see every reserve,
 * edit its rules and seat or unseat commission members. The other reserve facades find reserves here
 * ({@link #visible(String)}) and ask here whether the caller sits on a commission ({@link #isMember}).
 */
@ApplicationScoped
@Transactional
public class ReserveFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    DataScope scope;

    @Inject
    AuditLog audit;

    @Inject
    InputValidator validator;

    /** The reserves the caller sees (HR, commission members, administrators), national first, then by code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReserveRow> reserves() {
        ScopePlaces places = scope.reservePlaces();
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Reserve> q = em.createQuery("select r from Reserve r" + where(places, params, "r")
                + " order by r.level desc, r.code", Reserve.class);
        params.forEach(q::setParameter);
        return rows(q.getResultList());
    }

    /** One reserve the caller sees, with its commission; 404 for one they do not see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReserveDetail reserve(String code) {
        Reserve r = visible(code);
        List<MemberRow> members = members(r);
        Long account = currentUser.require().accountId();
        return new ReserveDetail(rows(List.of(r)).get(0), members,
                members.stream().anyMatch(m -> m.accountId().equals(account)));
    }

    /**
     * The reserve with this code if the caller (HR, commission member, administrator) sees it; else 404
     * RESERVE_NOT_FOUND (the same for a reserve that does not exist).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Reserve visible(String code) {
        ScopePlaces places = scope.reservePlaces();
        Map<String, Object> params = new HashMap<>();
        params.put("code", code == null ? "" : code.strip());
        String where = where(places, params, "r");
        TypedQuery<Reserve> q = em.createQuery("select r from Reserve r" + (where.isEmpty() ? " where "
                : where + " and ") + "r.code = :code", Reserve.class);
        params.forEach(q::setParameter);
        return q.getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(ReserveError.RESERVE_NOT_FOUND, code));
    }

    /** Whether the caller's account sits on the reserve's commission. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isMember(Reserve reserve) {
        Caller caller = currentUser.require();
        return !em.createQuery("select c.id from CommissionMember c where c.reserve = :r and c.accountId = :a",
                Long.class).setParameter("r", reserve).setParameter("a", caller.accountId()).getResultList().isEmpty();
    }

    /** Refuses (403 NOT_A_MEMBER, audited) a caller who does not sit on the reserve's commission. */
    public void requireMember(Reserve reserve) {
        if (!isMember(reserve)) {
            audit.record(AuditAction.ACCESS_DENIED, Outcome.DENIED, "reserve", reserve.getCode(), "not a member");
            throw new AccessDeniedException(ReserveError.NOT_A_MEMBER, reserve.getCode());
        }
    }

    /** The administrator changes a reserve's rules (term, extension, extensions, refusals, days to answer). */
    public ReserveRow updateRules(String code, ReserveRules rules) {
        currentUser.require(Role.ADMIN);
        validator.validate(rules);
        Reserve r = visible(code);
        if (r.getVersion() != rules.getVersion()) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        r.setRules(rules.getTermMonths(), rules.getExtensionMonths(), rules.getExtensionsAllowed(),
                rules.getRefusalsAllowed(), rules.getAnswerDays());
        em.flush();
        audit.record(AuditAction.RESERVE_CHANGED, Outcome.SUCCESS, "reserve", code, "rules");
        return rows(List.of(r)).get(0);
    }

    /** The administrator seats an account on the reserve's commission (or changes the member's role). */
    public ReserveDetail seat(String code, MemberData data) {
        currentUser.require(Role.ADMIN);
        validator.validate(data);
        Reserve r = em.find(Reserve.class, visible(code).getId(), LockModeType.PESSIMISTIC_WRITE);
        Account account = em.createQuery("select a from Account a left join fetch a.person where a.username = :u",
                        Account.class).setParameter("u", data.getUsername().strip()).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException(ReserveError.MEMBER_UNKNOWN, data.getUsername()));
        List<CommissionMember> existing = em.createQuery("select c from CommissionMember c where c.reserve = :r "
                + "and c.accountId = :a", CommissionMember.class).setParameter("r", r)
                .setParameter("a", account.getId()).getResultList();
        if (existing.isEmpty()) {
            em.persist(new CommissionMember(r, account.getId(),
                    account.getPerson() == null ? null : account.getPerson().getId(), data.getRole()));
        } else {
            existing.get(0).setRole(data.getRole());
        }
        em.flush();
        audit.record(AuditAction.RESERVE_CHANGED, Outcome.SUCCESS, "reserve", code, "seated " + account.getUsername());
        return reserve(code);
    }

    /** The administrator unseats an account from the reserve's commission (nothing happens if it does not sit). */
    public ReserveDetail unseat(String code, String username) {
        currentUser.require(Role.ADMIN);
        Reserve r = visible(code);
        em.createQuery("select c from CommissionMember c, Account a where a.id = c.accountId and c.reserve = :r "
                        + "and a.username = :u", CommissionMember.class).setParameter("r", r)
                .setParameter("u", username).getResultList().forEach(em::remove);
        em.flush();
        audit.record(AuditAction.RESERVE_CHANGED, Outcome.SUCCESS, "reserve", code, "unseated " + username);
        return reserve(code);
    }

    /** The commission: members with their names, chair first. */
    private List<MemberRow> members(Reserve r) {
        List<MemberRow> rows = new ArrayList<>();
        for (Object[] o : em.createQuery("select c.accountId, a.username, p.id, p.lastName, p.firstName, "
                + "p.middleName, c.role from CommissionMember c, Account a left join a.person p "
                + "where a.id = c.accountId and c.reserve = :r order by c.role, c.id", Object[].class)
                .setParameter("r", r).getResultList()) {
            String name = o[2] == null ? (String) o[1] : Person.fullName((String) o[3], (String) o[4], (String) o[5]);
            rows.add(new MemberRow((Long) o[0], (String) o[1], (Long) o[2], name,
                    (org.munacademy.reserve.entity.CommissionRole) o[6]));
        }
        return rows;
    }

    /** Reserves as rows, with region and municipality names (two queries whatever their number). */
    private List<ReserveRow> rows(List<Reserve> reserves) {
        Set<Long> regionIds = new java.util.HashSet<>();
        Set<Long> municipalityIds = new java.util.HashSet<>();
        for (Reserve r : reserves) {
            if (r.getRegionId() != null) {
                regionIds.add(r.getRegionId());
            }
            if (r.getMunicipalityId() != null) {
                municipalityIds.add(r.getMunicipalityId());
            }
        }
        Map<Long, String> regions = names("select g.id, g.name from Region g where g.id in :ids", regionIds);
        Map<Long, String> municipalities = names("select m.id, m.name from Municipality m where m.id in :ids",
                municipalityIds);
        return reserves.stream().map(r -> new ReserveRow(r.getId(), r.getCode(), r.getName(), r.getLevel(),
                r.getRegionId(), regions.get(r.getRegionId()), r.getMunicipalityId(),
                municipalities.get(r.getMunicipalityId()), r.getTermMonths(), r.getExtensionMonths(),
                r.getExtensionsAllowed(), r.getRefusalsAllowed(), r.getAnswerDays(), r.isActive(), r.getVersion()))
                .toList();
    }

    private Map<Long, String> names(String jpql, Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(o -> names.put((Long) o[0], (String) o[1]));
        }
        return names;
    }

    /**
     * The JPQL condition (with a leading " where", or empty for a national scope) keeping the reserves a scope sees:
     * the national one, regional reserves of a region the scope touches, municipal reserves inside the scope.
     */
    static String where(ScopePlaces places, Map<String, Object> params, String r) {
        if (places.national()) {
            return "";
        }
        params.put("national", ReserveLevel.NATIONAL);
        params.put("regional", ReserveLevel.REGIONAL);
        params.put("municipal", ReserveLevel.MUNICIPAL);
        params.put("touched", orNone(places.touchedRegionIds()));
        params.put("regions", orNone(places.regionIds()));
        params.put("municipalities", orNone(places.municipalityIds()));
        return " where (" + r + ".level = :national or (" + r + ".level = :regional and " + r
                + ".regionId in :touched) or (" + r + ".level = :municipal and (" + r + ".regionId in :regions or "
                + r + ".municipalityId in :municipalities or " + r + ".municipalityId in (select mm.id from "
                + "Municipality mm where mm.parent.id in :municipalities))))";
    }

    private static Set<Long> orNone(Set<Long> ids) {
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }
}
