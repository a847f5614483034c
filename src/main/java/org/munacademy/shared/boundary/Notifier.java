package org.munacademy.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.munacademy.shared.control.NoticeTexts;
import org.munacademy.shared.entity.NoticeTemplate;
import org.munacademy.shared.entity.Notification;
import org.munacademy.shared.entity.OutboxMessage;
import org.munacademy.shared.entity.Recipient;

/**
 * Tells people about something that happened, inside the transaction that made it happen (it must be running:
 * {@code MANDATORY}): an entry in the recipient's in-app list and, when they have an address, a mail in the
 * outbox. Both commit or roll back with the business change; the outbox job sends the mail afterwards.
 * Callers are boundaries that have authorised the change themselves.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
@TrustsItsCaller("boundaries telling people about a change they authorised, in its transaction")
public class Notifier {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationSettings settings;

    /**
     * Notifies one recipient. {@code link} is a path inside the application (e.g. {@code my-tests}) shown in the
     * in-app entry and appended to the public address in the mail; {@code args} fill the template.
     */
    public void send(Recipient to, NoticeTemplate template, String link, String... args) {
        Instant now = clock.instant();
        List<String> values = Arrays.asList(args);
        if (to.username() != null && template.inApp()) {
            em.persist(new Notification(to.username(), template.key(), NoticeTexts.encodeArgs(values),
                    link, now));
        }
        if (to.email() != null) {
            List<String> withLink = new java.util.ArrayList<>(values);
            withLink.add(link == null ? settings.publicUrl() : link.startsWith("http") ? link
                    : settings.publicUrl() + "/" + link);
            em.persist(new OutboxMessage(to.email(), NoticeTexts.language(to.language()).getLanguage(),
                    template.key(), NoticeTexts.title(template.key(), to.language(), withLink),
                    NoticeTexts.body(template.key(), to.language(), withLink), template.sensitive(), now));
        }
    }

    /** Notifies each recipient. */
    public void send(List<Recipient> to, NoticeTemplate template, String link, String... args) {
        for (Recipient r : to) {
            send(r, template, link, args);
        }
    }
}
