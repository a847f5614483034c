package org.munacademy.competency.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.munacademy.shared.boundary.DatabaseReady;

/**
 * Keeps the level snapshots ({@link LevelSnapshotStore}) current: every {@code ACADEMY_COMPETENCY_LEVELS_CHECK_SECONDS}
 * (default 300) it computes up to {@code ACADEMY_COMPETENCY_LEVELS_PER_TICK} (default 20,000) of the snapshots due,
 * 500 persons per transaction. An idle tick is two statements. Any number of nodes may run it: a write that lost
 * against a recording or another node changes nothing and the person comes up again.
 */
@ApplicationScoped
public class LevelSnapshotJob {

    /** Persons computed per transaction. */
    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(LevelSnapshotJob.class.getName());

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    LevelSnapshotStore store;

    @Inject
    @ConfigProperty(name = "academy.competency.levels-check-seconds", defaultValue = "300")
    int everySeconds;

    @Inject
    @ConfigProperty(name = "academy.competency.levels-per-tick", defaultValue = "20000")
    int perTick;

    private ScheduledFuture<?> future;

    void start(@Observes @Priority(940) DatabaseReady event) {
        int every = Math.max(1, everySeconds);
        future = scheduler.scheduleWithFixedDelay(this::runQuietly, Math.min(60, every), every, TimeUnit.SECONDS);
    }

    private void runQuietly() {
        try {
            run(LocalDate.now(clock), perTick);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Computing level snapshots failed", e);
        }
    }

    /** Computes up to {@code limit} of the snapshots due on {@code today}; returns how many were written. */
    public int run(LocalDate today, int limit) {
        List<Long> due = store.due(today, Math.max(0, limit));
        int written = 0;
        for (int from = 0; from < due.size(); from += BATCH) {
            List<Long> batch = due.subList(from, Math.min(due.size(), from + BATCH));
            try {
                written += store.compute(batch, today);
            } catch (RuntimeException e) {
                // another node's insert or a deadlock: these persons come up again at the next tick
                LOG.log(Level.FINE, "Level snapshots of " + batch.size() + " persons not written", e);
            }
        }
        if (written > 0) {
            LOG.info("Computed the level snapshots of " + written + " person(s)");
        }
        return written;
    }

    @PreDestroy
    void stop() {
        if (future != null) {
            future.cancel(false);
        }
    }
}
