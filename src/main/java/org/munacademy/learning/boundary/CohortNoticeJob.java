package org.munacademy.learning.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.munacademy.learning.control.CohortNotices;
import org.munacademy.learning.control.CohortNotices.Kind;
import org.munacademy.shared.boundary.DatabaseReady;

/**
 * Tells participants that their cohort starts ({@code ACADEMY_LEARNING_START_NOTICE_DAYS} days ahead, default 3) and
 * that their course ends soon while they have not completed it ({@code ACADEMY_LEARNING_END_NOTICE_DAYS}, default 7):
 * a daily job that looks every {@code ACADEMY_LEARNING_NOTICE_CHECK_SECONDS} (default every 6 hours, so that a node
 * down at midnight misses nothing). Each notice goes out once per enrolment, on any number of nodes
 * ({@link CohortNoticeSender} claims it); the rules are {@link CohortNotices}.
 */
@ApplicationScoped
public class CohortNoticeJob {

    private static final Logger LOG = Logger.getLogger(CohortNoticeJob.class.getName());

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    CohortNoticeSender sender;

    @Inject
    @ConfigProperty(name = "academy.learning.notice-check-seconds", defaultValue = "21600")
    int everySeconds;

    @Inject
    @ConfigProperty(name = "academy.learning.start-notice-days", defaultValue = "3")
    int startDays;

    @Inject
    @ConfigProperty(name = "academy.learning.end-notice-days", defaultValue = "7")
    int endDays;

    private ScheduledFuture<?> future;

    void start(@Observes @Priority(920) DatabaseReady event) {
        int every = Math.max(1, everySeconds);
        future = scheduler.scheduleWithFixedDelay(this::runQuietly, Math.min(60, every), every, TimeUnit.SECONDS);
    }

    private void runQuietly() {
        try {
            notifyDue(LocalDate.now(clock));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cohort notices failed", e);
        }
    }

    /** Sends the notices due on {@code today}; returns how many this node sent. */
    public int notifyDue(LocalDate today) {
        int sent = send(Kind.START, today, startDays) + send(Kind.END, today, endDays);
        if (sent > 0) {
            LOG.info("Sent " + sent + " cohort start/end notice(s)");
        }
        return sent;
    }

    private int send(Kind kind, LocalDate today, int days) {
        int sent = 0;
        for (Long id : sender.due(kind, today, days)) {
            try {
                if (sender.send(kind, id, today, days)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The " + kind + " notice of enrolment " + id + " failed", e);
            }
        }
        return sent;
    }

    @PreDestroy
    void stop() {
        if (future != null) {
            future.cancel(false);
        }
    }
}
