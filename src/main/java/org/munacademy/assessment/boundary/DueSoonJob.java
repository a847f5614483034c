package org.munacademy.assessment.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.munacademy.shared.boundary.DatabaseReady;

/**
 * Reminds people of an assigned test whose deadline is three days away or nearer and which they have not
 * finished: a daily job (it looks every {@code ACADEMY_ASSESSMENT_DUE_CHECK_SECONDS}, default every 6 hours, so
 * that a node down at midnight misses nothing); each assignment's reminder goes out once, on any number of nodes,
 * also for an assignment made with a deadline that near (its notice and then the reminder).
 */
@ApplicationScoped
public class DueSoonJob {

    /** How many days before the deadline the reminder goes out. */
    public static final int DAYS_BEFORE = 3;
    private static final Logger LOG = Logger.getLogger(DueSoonJob.class.getName());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DueReminders reminders;

    @Inject
    @ConfigProperty(name = "academy.assessment.due-check-seconds", defaultValue = "21600")
    int everySeconds;

    private ScheduledFuture<?> future;

    void start(@Observes @Priority(910) DatabaseReady event) {
        int every = Math.max(1, everySeconds);
        future = scheduler.scheduleWithFixedDelay(this::runQuietly, Math.min(60, every), every, TimeUnit.SECONDS);
    }

    private void runQuietly() {
        try {
            remindDue(LocalDate.now(clock));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminding of test deadlines failed", e);
        }
    }

    /** Sends the reminders due on {@code today}; returns how many people this node notified. */
    public int remindDue(LocalDate today) {
        int notified = 0;
        for (Long id : reminders.due(today, DAYS_BEFORE)) {
            try {
                notified += reminders.remind(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reminding of assignment " + id + " failed", e);
            }
        }
        if (notified > 0) {
            LOG.info("Reminded " + notified + " person(s) of a test deadline");
        }
        return notified;
    }

    /** A deadline as the notices show it ({@code dd.MM.yyyy}), or a dash for none. */
    static String date(LocalDate d) {
        return d == null ? "—" : DATE.format(d);
    }

    @PreDestroy
    void stop() {
        if (future != null) {
            future.cancel(false);
        }
    }
}
