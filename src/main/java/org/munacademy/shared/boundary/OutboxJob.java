package org.munacademy.shared.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.munacademy.shared.control.MailTransport;
import org.munacademy.shared.entity.OutboxMessage;

/**
 * Sends the outbox: every {@code ACADEMY_NOTIFY_SEND_SECONDS} each node claims due messages one by one (a lease of
 * five minutes each), sends them over SMTP — or, without SMTP configured, writes them to the log — and records the
 * result; a failure is retried with exponential back-off. Mail is sent at least once and, barring a crash between
 * the SMTP server's acceptance and the commit of "sent", exactly once. Both copies of a mail sent twice carry the
 * same Message-ID.
 */
@ApplicationScoped
public class OutboxJob {

    private static final Logger LOG = Logger.getLogger(OutboxJob.class.getName());
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final int BATCH = 50;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxStore store;

    @Inject
    NotificationSettings settings;

    private final String node = nodeName();
    private ScheduledFuture<?> future;

    void start(@Observes @Priority(950) DatabaseReady event) {
        int every = Math.max(1, settings.sendSeconds());
        future = scheduler.scheduleWithFixedDelay(this::runQuietly, every, every, TimeUnit.SECONDS);
        LOG.info("Outbox job every " + every + " s on node " + node + (settings.mailConfigured()
                ? ", mail over SMTP " + settings.smtp().host() + ":" + settings.smtp().port()
                : ", no SMTP configured: mail is written to the log"));
    }

    private void runQuietly() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending the outbox failed", e);
        }
    }

    /**
     * Sends what is due now, claiming one message at a time (so that no lease runs out while earlier messages of a
     * batch are being sent); returns how many messages this node sent.
     */
    public int sendDue() {
        MailTransport transport = settings.mailConfigured() ? new MailTransport(settings.smtp()) : null;
        int sent = 0;
        for (int i = 0; i < BATCH; i++) {
            List<Long> claimed = store.claim(node, clock.instant(), LEASE, 1);
            if (claimed.isEmpty()) {
                break;
            }
            long id = claimed.get(0);
            OutboxMessage m = store.claimed(id, node);
            if (m == null) {
                continue;
            }
            try {
                if (transport == null) {
                    // without SMTP the log is the only way a mail reaches anybody (the operator of the embedded demo
                    // hands an invitation link over): every body is written, a link-bearing one too, and then wiped
                    // from the outbox as after sending ("forgot password" is not offered without SMTP at all)
                    LOG.info("Mail (no SMTP configured) to " + m.getRecipientEmail() + ": " + m.getSubject()
                            + "\n" + m.getBody());
                } else {
                    transport.send(id, m.getRecipientEmail(), m.getSubject(), m.getBody());
                }
                store.sent(id, node, clock.instant());
                sent++;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Mail " + id + " to " + m.getRecipientEmail() + " failed: " + e);
                store.failed(id, node, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant(),
                        settings.backoff());
            }
        }
        return sent;
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "node";
        }
        String name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 80 ? name : name.substring(name.length() - 80);
    }

    @PreDestroy
    void stop() {
        if (future != null) {
            future.cancel(false);
        }
    }
}
