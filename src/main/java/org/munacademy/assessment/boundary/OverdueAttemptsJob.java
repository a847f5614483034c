package org.munacademy.assessment.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.munacademy.assessment.entity.ClosedBy;
import org.munacademy.shared.boundary.DatabaseReady;

/**
 * Closes attempts whose time ran out and whose taker never finished (closed the browser, lost the network). Runs
 * on every node; closing takes a row lock and re-checks the status, so an attempt is closed exactly once even
 * with several nodes on one database.
 */
@ApplicationScoped
public class OverdueAttemptsJob {

    private static final Logger LOG = Logger.getLogger(OverdueAttemptsJob.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AttemptCloser closer;

    @Inject
    AssessmentSettings settings;

    private ScheduledFuture<?> future;

    void start(@Observes @Priority(900) DatabaseReady event) {
        int every = Math.max(1, settings.overdueCheckSeconds());
        future = scheduler.scheduleWithFixedDelay(this::runQuietly, every, every, TimeUnit.SECONDS);
    }

    private void runQuietly() {
        try {
            closeOverdue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Closing overdue attempts failed", e);
        }
    }

    /** Closes every overdue attempt; returns how many this node closed. */
    public int closeOverdue() {
        int closed = 0;
        for (Long id : closer.overdue(500)) {
            try {
                if (closer.finish(id, ClosedBy.TIMER)) {
                    closed++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Closing overdue attempt " + id + " failed", e);
            }
        }
        if (closed > 0) {
            LOG.info("Closed " + closed + " overdue attempt(s)");
        }
        return closed;
    }

    @PreDestroy
    void stop() {
        if (future != null) {
            future.cancel(false);
        }
    }
}
