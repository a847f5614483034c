package org.munacademy.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent;
import org.munacademy.identity.entity.AuditFilter;
import org.munacademy.identity.entity.AuditRow;
import org.munacademy.identity.entity.Role;
import org.munacademy.shared.entity.Page;

/**
 * The append-only audit log. Every entry is written in a transaction of its own, so that a refused attempt is
 * recorded even though the refusal rolls the caller's transaction back. Only administrators read it.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestInfo requestInfo;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String actor, AuditAction action, AuditEvent.Outcome outcome, String targetType,
            String targetId, String detail) {
        em.persist(new AuditEvent(clock.instant(), actor == null ? "anonymous" : actor, action, outcome, targetType,
                targetId, detail, requestInfo.remoteAddress()));
    }

    /** Records an action of the signed-in user. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(AuditAction action, AuditEvent.Outcome outcome, String targetType, String targetId,
            String detail) {
        record(currentUser.username().orElse("anonymous"), action, outcome, targetType, targetId, detail);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditRow> list(AuditFilter filter, Page page) {
        currentUser.require(Role.ADMIN);
        Map<String, Object> params = new HashMap<>();
        TypedQuery<AuditRow> q = em.createQuery("select new org.munacademy.identity.entity.AuditRow(e.id, "
                + "e.occurredAt, e.actor, e.action, e.outcome, e.targetType, e.targetId, e.detail, e.remoteAddress) "
                + "from AuditEvent e " + where(filter, params) + " order by e.id desc", AuditRow.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(AuditFilter filter) {
        currentUser.require(Role.ADMIN);
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(e) from AuditEvent e " + where(filter, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    private static String where(AuditFilter f, Map<String, Object> params) {
        List<String> c = new ArrayList<>();
        if (f.actor() != null && !f.actor().isBlank()) {
            params.put("actor", f.actor().trim().toLowerCase());
            c.add("lower(e.actor) = :actor");
        }
        if (f.action() != null) {
            params.put("action", f.action());
            c.add("e.action = :action");
        }
        if (f.outcome() != null) {
            params.put("outcome", f.outcome());
            c.add("e.outcome = :outcome");
        }
        if (f.targetType() != null && !f.targetType().isBlank()) {
            params.put("targetType", f.targetType());
            c.add("e.targetType = :targetType");
        }
        if (f.targetId() != null && !f.targetId().isBlank()) {
            params.put("targetId", f.targetId());
            c.add("e.targetId = :targetId");
        }
        if (f.from() != null) {
            params.put("from", f.from().atStartOfDay().toInstant(ZoneOffset.UTC));
            c.add("e.occurredAt >= :from");
        }
        if (f.to() != null) {
            params.put("to", f.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
            c.add("e.occurredAt < :to");
        }
        return c.isEmpty() ? "" : "where " + String.join(" and ", c);
    }
}
