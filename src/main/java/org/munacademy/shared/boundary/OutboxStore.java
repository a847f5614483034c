package org.munacademy.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.munacademy.shared.control.Backoff;
import org.munacademy.shared.entity.OutboxMessage;
import org.munacademy.shared.entity.OutboxStatus;

/**
 * The outbox job's database side, each step in a transaction of its own. A message is claimed by a conditional
 * UPDATE that succeeds only while nobody holds a running lease on it, so of several nodes exactly one gets it
 * (portable SQL: H2 and MariaDB alike, no {@code SKIP LOCKED}); the claim commits before the mail is sent, and
 * the result is recorded only by the lease holder. A node that dies while holding a lease leaves the message to
 * be claimed again when the lease runs out.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
@TrustsItsCaller("the outbox job of this node")
public class OutboxStore {

    /**
     * The claim: succeeds (1 row) only while the message waits and nobody holds a running lease on it. A second node
     * running it at the same moment waits for the first one's row lock and then finds the lease taken (0 rows).
     */
    public static final String CLAIM = "update OutboxMessage m set m.claimedBy = :node, m.claimedUntil = :until, "
            + "m.version = m.version + 1 where m.id = :id and m.status = :p "
            + "and (m.claimedUntil is null or m.claimedUntil < :now)";

    @PersistenceContext
    EntityManager em;

    /** Claims up to {@code max} due messages for {@code node} until {@code now + lease}; returns their ids. */
    public List<Long> claim(String node, Instant now, Duration lease, int max) {
        List<Long> due = em.createQuery("select m.id from OutboxMessage m where m.status = :p "
                        + "and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now) "
                        + "order by m.id", Long.class)
                .setParameter("p", OutboxStatus.PENDING).setParameter("now", now)
                .setMaxResults(max + 10) // a few more, in case other nodes take some meanwhile
                .getResultList();
        List<Long> mine = new ArrayList<>();
        for (Long id : due) {
            int updated = em.createQuery(CLAIM).setParameter("node", node).setParameter("until", now.plus(lease))
                    .setParameter("id", id).setParameter("p", OutboxStatus.PENDING).setParameter("now", now)
                    .executeUpdate();
            if (updated == 1) {
                mine.add(id);
                if (mine.size() == max) {
                    break;
                }
            }
        }
        return mine;
    }

    /** The message as claimed, if this node still holds it. */
    public OutboxMessage claimed(long id, String node) {
        return em.createQuery("select m from OutboxMessage m where m.id = :id and m.claimedBy = :node",
                        OutboxMessage.class).setParameter("id", id).setParameter("node", node)
                .getResultStream().findFirst().orElse(null);
    }

    /** Records a sent message (only by the node holding its lease). */
    public void sent(long id, String node, Instant now) {
        OutboxMessage m = claimed(id, node);
        if (m != null) {
            m.sent(now);
        }
    }

    /** Records a failed try: a retry later by the back-off, or given up after the last one. */
    public void failed(long id, String node, String error, Instant now, Backoff backoff) {
        OutboxMessage m = claimed(id, node);
        if (m != null) {
            m.failed(error, backoff.retryAt(m.getAttempts() + 1, now));
        }
    }

    /** How many messages wait or were given up (for tests and health). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(OutboxStatus status) {
        return em.createQuery("select count(m) from OutboxMessage m where m.status = :s", Long.class)
                .setParameter("s", status).getSingleResult();
    }
}
