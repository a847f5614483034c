package org.munacademy.reserve.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.munacademy.competency.boundary.ProfileGaps;
import org.munacademy.competency.entity.EvidenceRecorded;
import org.munacademy.competency.entity.GapReport;
import org.munacademy.reserve.control.ReadinessRefresh;
import org.munacademy.reserve.control.ReadinessRules;
import org.munacademy.reserve.entity.EntryStatus;
import org.munacademy.reserve.entity.ReadinessReport;
import org.munacademy.reserve.entity.ReserveEntry;
import org.munacademy.reserve.entity.ReserveEntry.Target;
import org.munacademy.shared.boundary.TrustsItsCaller;

/**
 * Keeps the readiness recorded on entries current: computed when an entry is nominated and when it is included (the
 * nomination and the reserve's protocol call {@link #record}), recomputed for the person's open entries whenever
 * evidence about them is recorded, and every day by the reserve's job. The entry appends READINESS_CHANGED to its
 * history when the level changes.
 * <p>
 * <b>After the evidence commits, in its own transaction.</b> The observer runs AFTER_SUCCESS with REQUIRES_NEW: the
 * evidence (an assessment result, a course completion) must never be lost because a readiness recomputation failed
 * (say an optimistic conflict with a commission editing the entry at the same moment), and it must not hold locks on
 * reserve entries inside competency's or learning's transaction. The cost is that a failed recomputation is only
 * logged; the next evidence, or the daily job the next day, computes it again. It still runs on the recording
 * thread, so an HTTP call that records evidence returns after readiness moved.
 * <p>
 * <b>And every day.</b> Evidence ages (it expires, a level turns stale, the level rule's window slides), so the
 * reserve's daily job ({@link ReserveExpiryJob}) recomputes every open entry whose readiness is from an earlier day or
 * was never computed (the seeded history) through {@link #recordAll}, in batches.
 */
@ApplicationScoped
@TrustsItsCaller("the reserve's nomination and protocol (inclusion), its daily job and competency's evidence events; "
        + "computes as the system")
public class ReadinessRecorder {

    private static final Logger LOG = Logger.getLogger(ReadinessRecorder.class.getName());

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProfileGaps profileGaps;

    @Inject
    ReadinessSettings settings;

    /**
     * Computes the entry's readiness against its target profile and records it on the entry (READINESS_CHANGED in
     * the history when the level changes). For the reserve's boundaries, inside their transaction.
     */
    @Transactional
    public ReadinessReport record(ReserveEntry entry) {
        LocalDate today = LocalDate.now(clock);
        ReadinessReport r = ReadinessRules.assess(entry.getId(), profileGaps.against(entry.getPersonId(),
                entry.getTargetGroupId(), entry.getTargetPositionId()), settings.thresholds(), today);
        entry.recordReadiness(r.level(), r.fit(), r.belowMin(), today, r.summary(), clock.instant());
        return r;
    }

    /**
     * Computes the readiness of many entries as of {@code today} and records it on each (READINESS_CHANGED when the
     * level changes): one call of {@link ProfileGaps} per target (group and position), a fixed number of queries
     * whatever the number of persons. For the reserve's daily job, inside its transaction; returns how many levels
     * changed.
     */
    @Transactional
    public int recordAll(List<ReserveEntry> entries, LocalDate today) {
        int changed = 0;
        for (Map.Entry<Target, List<ReserveEntry>> t : ReadinessRefresh.byTarget(entries,
                e -> new Target(e.getTargetGroupId(), e.getTargetPositionId())).entrySet()) {
            Map<Long, GapReport> gaps = profileGaps.against(t.getValue().stream().map(ReserveEntry::getPersonId)
                    .collect(Collectors.toCollection(LinkedHashSet::new)), t.getKey().groupId(),
                    t.getKey().positionId(), today);
            for (ReserveEntry e : t.getValue()) {
                ReadinessReport r = ReadinessRules.assess(e.getId(), gaps.get(e.getPersonId()), settings.thresholds(),
                        today);
                if (e.recordReadiness(r.level(), r.fit(), r.belowMin(), today, r.summary(), clock.instant())) {
                    changed++;
                }
            }
        }
        return changed;
    }

    /** Recomputes readiness for every open entry of the person (nominated or in the reserve); returns how many. */
    @Transactional
    public int recordFor(long personId) {
        List<ReserveEntry> open = em.createQuery("select e from ReserveEntry e where e.personId = :p "
                        + "and e.status in :s order by e.id", ReserveEntry.class)
                .setParameter("p", personId)
                .setParameter("s", List.of(EntryStatus.NOMINATED, EntryStatus.INCLUDED, EntryStatus.IN_DEVELOPMENT))
                .getResultList();
        open.forEach(this::record);
        return open.size();
    }

    /**
     * New evidence about a person: their open entries' readiness, after the evidence committed, in a transaction of
     * its own (a failure is logged, never thrown back at whoever recorded the evidence).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onEvidence(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvidenceRecorded event) {
        try {
            int n = recordFor(event.personId());
            em.flush();
            LOG.fine(() -> "Readiness recomputed for " + n + " entries of person " + event.personId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Readiness of person " + event.personId() + " not recomputed; the next evidence "
                    + "or inclusion will", e);
        }
    }
}
