package org.munacademy.reserve.boundary;

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
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.munacademy.reserve.boundary.ReserveLifeSender.Refreshed;
import org.munacademy.reserve.control.ReadinessRefresh;
import org.munacademy.reserve.control.ReserveNotices;
import org.munacademy.reserve.control.ReserveNotices.Windows;
import org.munacademy.shared.boundary.DatabaseReady;

/**
 * The reserve's daily job, run every {@code ACADEMY_RESERVE_CHECK_SECONDS} (default every hour, so that a node down
 * at midnight misses nothing and a decision reaches the person soon): expires the entries whose term ended, tells HR
 * of the entry's place {@code ACADEMY_RESERVE_FIRST_NOTICE_DAYS} (default 60) and
 * {@code ACADEMY_RESERVE_SECOND_NOTICE_DAYS} (default 14) days before the end, and tells the person about the events
 * of their entry ({@link ReserveNotices#TOLD}), and records offers left unanswered past their due date as refusals
 * ({@link OfferFacade}). It also keeps readiness current as evidence ages: open entries whose
 * readiness is from an earlier day, or was never computed (the seeded history), are computed again in batches
 * ({@link ReadinessRefresh}; a change of level is a READINESS_CHANGED line, which persons are not told about). Each
 * step happens once on any number of nodes ({@link ReserveLifeSender} claims it); the rules are
 * {@link ReserveNotices} and {@link ReadinessRefresh}.
 */
@ApplicationScoped
public class ReserveExpiryJob {

    private static final Logger LOG = Logger.getLogger(ReserveExpiryJob.class.getName());

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ReserveLifeSender sender;

    @Inject
    @ConfigProperty(name = "academy.reserve.check-seconds", defaultValue = "3600")
    int everySeconds;

    @Inject
    @ConfigProperty(name = "academy.reserve.first-notice-days", defaultValue = "60")
    int firstDays;

    @Inject
    @ConfigProperty(name = "academy.reserve.second-notice-days", defaultValue = "14")
    int secondDays;

    @Inject
    @ConfigProperty(name = "academy.reserve.readiness-per-tick", defaultValue = "10000")
    int perTick;

    /** Where the next readiness batch starts (the last id of a full batch; 0 after a short one). */
    private final AtomicLong readinessAfter = new AtomicLong();

    private ScheduledFuture<?> future;

    void start(@Observes @Priority(930) DatabaseReady event) {
        int every = Math.max(1, everySeconds);
        future = scheduler.scheduleWithFixedDelay(this::runQuietly, Math.min(60, every), every, TimeUnit.SECONDS);
    }

    private void runQuietly() {
        try {
            run(LocalDate.now(clock));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The reserve job failed", e);
        }
    }

    /** What one run did on this node (readiness: entries computed, and how many of them changed level). */
    public record Run(int expired, int hrNotices, int personNotices, int readinessComputed, int readinessChanged,
            int offersLapsed) {
    }

    /**
     * One run for {@code today}: expiries, offers unanswered in time, readiness of open entries, notices to HR,
     * notices to persons.
     */
    public Run run(LocalDate today) {
        int expired = expire(today);
        int lapsed = lapseOffers(today);
        Refreshed readiness = refreshReadiness(today);
        Run r = new Run(expired, noticeHr(today), tellPersons(), readiness.computed(), readiness.changed(), lapsed);
        if (r.expired() > 0) {
            LOG.info("Expired " + r.expired() + " reserve entr" + (r.expired() == 1 ? "y" : "ies"));
        }
        if (r.offersLapsed() > 0) {
            LOG.info("Recorded " + r.offersLapsed() + " reserve offer(s) unanswered in time as refused");
        }
        if (r.readinessComputed() > 0) {
            LOG.info("Readiness computed for " + r.readinessComputed() + " reserve entries, " + r.readinessChanged()
                    + " changed level");
        }
        if (r.hrNotices() + r.personNotices() > 0) {
            LOG.info("Sent " + r.hrNotices() + " reserve expiry notice(s) to HR and " + r.personNotices()
                    + " reserve notice(s) to persons");
        }
        return r;
    }

    private int expire(LocalDate today) {
        return claimEach(sender.dueToExpire(today), id -> sender.expire(id, today), "Expiring reserve entry ");
    }

    /**
     * Computes the readiness of the open entries due today ({@link ReadinessRefresh}), a batch per transaction, at
     * most {@code ACADEMY_RESERVE_READINESS_PER_TICK} entries per run; an idle run costs one statement. A batch that
     * fails (an entry changed meanwhile by another node, new evidence or a user) is retried entry by entry, so one
     * entry never holds back the others; a batch none of whose entries can be computed (say no published standard)
     * ends the run with one warning.
     */
    private Refreshed refreshReadiness(LocalDate today) {
        Refreshed done = new Refreshed(0, 0);
        int limit = Math.max(1, perTick);
        int listed = 0;
        while (listed < limit) {
            int batch = Math.min(ReadinessRefresh.BATCH, limit - listed);
            List<Long> ids = sender.dueForReadiness(today, readinessAfter.get(), batch);
            readinessAfter.set(ReadinessRefresh.nextAfter(ids, batch));
            if (ids.isEmpty()) {
                break;
            }
            listed += ids.size();
            try {
                done = done.plus(sender.refreshReadiness(ids, today));
            } catch (RuntimeException batchFailed) {
                LOG.log(Level.FINE, "A readiness batch failed; retrying entry by entry", batchFailed);
                Optional<Refreshed> some = refreshOneByOne(ids, today);
                if (some.isEmpty()) {
                    break;
                }
                done = done.plus(some.get());
            }
            if (readinessAfter.get() == 0) {
                break;
            }
        }
        return done;
    }

    /**
     * Each entry in its own transaction, the failures logged once; empty when none of them could be computed (the
     * next run tries again).
     */
    private Optional<Refreshed> refreshOneByOne(List<Long> ids, LocalDate today) {
        Refreshed done = new Refreshed(0, 0);
        int failed = 0;
        RuntimeException first = null;
        for (Long id : ids) {
            try {
                done = done.plus(sender.refreshReadiness(List.of(id), today));
            } catch (RuntimeException e) {
                failed++;
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            LOG.log(Level.WARNING, "Readiness of " + failed + " reserve entries not computed; the next run tries again",
                    first);
        }
        return failed == ids.size() ? Optional.empty() : Optional.of(done);
    }

    private int lapseOffers(LocalDate today) {
        return claimEach(sender.overdueOffers(today), id -> sender.lapse(id, today),
                "Recording as refused reserve offer ");
    }

    private int noticeHr(LocalDate today) {
        Windows w;
        try {
            w = new Windows(firstDays, secondDays);
        } catch (IllegalArgumentException e) {
            LOG.warning(e.getMessage());
            return 0;
        }
        int sent = 0;
        for (Long id : sender.dueForNotice(today, w)) {
            try {
                if (sender.noticeHr(id, today, w).isPresent()) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The expiry notice of reserve entry " + id + " failed", e);
            }
        }
        return sent;
    }

    private int tellPersons() {
        return claimEach(sender.untoldEvents(), sender::tell, "The notice of reserve event ");
    }

    /**
     * Claims each of the ids, each in its own transaction (a failure is logged and the others go on); returns how many
     * this node claimed (false: another node did, or it is not due any more).
     */
    private static int claimEach(List<Long> ids, LongPredicate claim, String what) {
        int done = 0;
        for (Long id : ids) {
            try {
                if (claim.test(id)) {
                    done++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, what + id + " failed", e);
            }
        }
        return done;
    }

    @PreDestroy
    void stop() {
        if (future != null) {
            future.cancel(false);
        }
    }
}
