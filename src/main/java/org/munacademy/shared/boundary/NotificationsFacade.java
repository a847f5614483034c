package org.munacademy.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import org.munacademy.shared.control.NoticeTexts;
import org.munacademy.shared.entity.AccessDeniedException;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.Notification;
import org.munacademy.shared.entity.NotificationRow;
import org.munacademy.shared.entity.Page;
import org.munacademy.shared.entity.SharedError;

/**
 * The caller's own in-app notifications (the bell): everybody signed in reads and marks only their own list,
 * newest first.
 */
@ApplicationScoped
@Transactional
public class NotificationsFacade {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    NotificationSettings settings;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NotificationRow> mine(Page page) {
        String me = caller();
        return em.createQuery("select n from Notification n where n.recipient = :me order by n.id desc",
                        Notification.class).setParameter("me", me)
                .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultStream()
                .map(n -> new NotificationRow(n.getId(), n.getTemplate(), NoticeTexts.decodeArgs(n.getArgs()),
                        n.getLink(), n.getCreatedAt(), n.getReadAt() != null))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread() {
        String me = caller();
        return em.createQuery("select count(n) from Notification n where n.recipient = :me and n.readAt is null",
                Long.class).setParameter("me", me).getSingleResult();
    }

    /** Marks one of the caller's notifications read; somebody else's is not found (no probing of ids). */
    public void markRead(long id) {
        String me = caller();
        Notification n = em.find(Notification.class, id);
        if (n == null || !n.getRecipient().equals(me)) {
            throw new NotFoundException(SharedError.NOTIFICATION_NOT_FOUND, id);
        }
        n.markRead(clock.instant());
    }

    /** Marks every notification of the caller read; returns how many were unread. */
    public int markAllRead() {
        String me = caller();
        return em.createQuery("update Notification n set n.readAt = :now, n.version = n.version + 1 "
                        + "where n.recipient = :me and n.readAt is null")
                .setParameter("now", clock.instant()).setParameter("me", me).executeUpdate();
    }

    /** Whether mail leaves the server (SMTP configured): mail-only features are offered only then. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mailConfigured() {
        return settings.mailConfigured();
    }

    private String caller() {
        Principal p = security.getCallerPrincipal();
        if (p == null) {
            throw new AccessDeniedException(SharedError.NOTIFICATIONS_NEED_PERSON);
        }
        return p.getName();
    }
}
