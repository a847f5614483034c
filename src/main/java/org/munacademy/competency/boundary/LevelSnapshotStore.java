package org.munacademy.competency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.competency.control.LevelSnapshots;
import org.munacademy.competency.entity.EvidenceItem;
import org.munacademy.competency.entity.EvidenceRecorded;
import org.munacademy.competency.entity.EvidenceSource;
import org.munacademy.competency.entity.LevelSnapshot;
import org.munacademy.competency.entity.LevelRule;

/**
 * The persons' current levels kept one row per person ({@code competency_level_snapshot}, see
 * {@link LevelSnapshots}), so that ranking a region's employees reads a row each instead of all their evidence.
 * The snapshots only ever speed a computation up: a person without a usable one is computed from the evidence.
 * <ul>
 * <li>Recording evidence marks the person's row out of date in the recording transaction (an upsert: the row is
 * created if missing and its version moves on), so a snapshot never outlives the evidence it was computed from.</li>
 * <li>{@link LevelSnapshotJob} recomputes the rows out of date, past their day, under another rule, and creates the
 * missing ones. Its write is conditional: an update on the version it read, an insert that yields to an existing row
 * (INSERT IGNORE). A recording that happened while it computed has moved the version or created the row, so the
 * job's stale result is dropped and the row is recomputed at its next tick, on any number of nodes.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class LevelSnapshotStore {

    /** Marks a person's row out of date, creating it if missing. */
    private static final String OUT_OF_DATE = "INSERT INTO competency_level_snapshot "
            + "(person_id, rule_key, computed_on, valid_until, levels, version) VALUES (?, '', ?, NULL, NULL, 1) "
            + "ON DUPLICATE KEY UPDATE rule_key = '', levels = NULL, version = version + 1";

    @PersistenceContext
    EntityManager em;

    @Inject
    CompetencySettings settings;

    @Inject
    Clock clock;

    /**
     * Evidence was recorded for the person: the snapshot is out of date (in the recording's transaction; the event
     * comes once per person and transaction however many pieces it records).
     */
    void onEvidence(@Observes EvidenceRecorded event) {
        outOfDate(event.personId(), LocalDate.now(clock));
    }

    /** Marks the person's snapshot out of date, creating the row if missing (one statement). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void outOfDate(long personId, LocalDate today) {
        em.createNativeQuery(OUT_OF_DATE).setParameter(1, personId).setParameter(2, today).executeUpdate();
    }

    /**
     * The persons' levels from their snapshots that hold on {@code today} under the configured rule, by person id;
     * persons without one are left out (one statement).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Map<String, Integer>> current(Collection<Long> personIds, LocalDate today) {
        Map<Long, Map<String, Integer>> out = new HashMap<>();
        if (personIds.isEmpty()) {
            return out;
        }
        em.createQuery("select s.personId, s.levels from LevelSnapshot s where s.personId in :ids "
                        + "and s.ruleKey = :k and s.levels is not null and s.computedOn <= :t "
                        + "and (s.validUntil is null or s.validUntil > :t)", Object[].class)
                .setParameter("ids", List.copyOf(personIds)).setParameter("k", ruleKey())
                .setParameter("t", today).getResultList()
                .forEach(r -> out.put((Long) r[0], LevelSnapshots.decode((String) r[1])));
        return out;
    }

    /**
     * The same for the persons a subquery selects (the caller's place and scope): the database joins them, with no
     * list of ids to send and parse (one statement).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Map<String, Integer>> current(ProfileGaps.PersonIds persons, LocalDate today) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> q = cb.createTupleQuery();
        Root<LevelSnapshot> s = q.from(LevelSnapshot.class);
        q.multiselect(s.get("personId"), s.get("levels")).where(s.get("personId").in(persons.in(cb, q)),
                cb.equal(s.get("ruleKey"), ruleKey()), cb.isNotNull(s.get("levels")),
                cb.lessThanOrEqualTo(s.<LocalDate>get("computedOn"), today),
                cb.or(cb.isNull(s.get("validUntil")), cb.greaterThan(s.<LocalDate>get("validUntil"), today)));
        Map<Long, Map<String, Integer>> out = new HashMap<>();
        em.createQuery(q).getResultList()
                .forEach(r -> out.put(r.get(0, Long.class), LevelSnapshots.decode(r.get(1, String.class))));
        return out;
    }

    /**
     * Up to {@code limit} persons whose snapshot needs computing on {@code today}: rows out of date, past their day,
     * computed later than today (a clock set back) or under another rule, then persons without a row (two
     * statements; in a transaction of its own when the job calls it from its thread).
     */
    public List<Long> due(LocalDate today, int limit) {
        List<Long> out = new ArrayList<>(em.createQuery("select s.personId from LevelSnapshot s where s.ruleKey <> :k "
                        + "or s.validUntil <= :t or s.computedOn > :t order by s.personId", Long.class)
                .setParameter("k", ruleKey()).setParameter("t", today).setMaxResults(limit).getResultList());
        if (out.size() < limit) {
            out.addAll(em.createQuery("select p.id from Person p where not exists (select s.personId from "
                            + "LevelSnapshot s where s.personId = p.id) order by p.id", Long.class)
                    .setMaxResults(limit - out.size()).getResultList());
        }
        return out;
    }

    /**
     * Computes and writes the snapshots of the persons as of {@code today} (one transaction; two reads and a
     * conditional write per person); returns how many were written (a row a recording moved on meanwhile is not).
     */
    public int compute(List<Long> personIds, LocalDate today) {
        if (personIds.isEmpty()) {
            return 0;
        }
        Map<Long, Long> versions = new HashMap<>();
        em.createQuery("select s.personId, s.version from LevelSnapshot s where s.personId in :ids", Object[].class)
                .setParameter("ids", personIds).getResultList()
                .forEach(r -> versions.put((Long) r[0], ((Number) r[1]).longValue()));
        Map<Long, List<EvidenceItem>> evidence = new HashMap<>();
        em.createQuery("select e.personId, e.id, e.competencyCode, e.level, e.source, e.observedOn, e.expiresOn "
                        + "from Evidence e where e.personId in :ids and e.standardCode = :s", Object[].class)
                .setParameter("ids", personIds).setParameter("s", settings.standardCode()).getResultList()
                .forEach(r -> evidence.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new EvidenceItem(
                        (Long) r[1], (String) r[2], ((Number) r[3]).intValue(), (EvidenceSource) r[4],
                        (LocalDate) r[5], (LocalDate) r[6], null)));
        LevelRule rule = settings.levelRule();
        String key = ruleKey();
        int written = 0;
        for (Long id : personIds) {
            List<EvidenceItem> own = evidence.getOrDefault(id, List.of());
            String levels = LevelSnapshots.encode(LevelSnapshots.levels(own, rule, today));
            // levels that cannot be kept: a row that holds nothing, so the person is computed from evidence
            LocalDate until = levels == null ? null : LevelSnapshots.validUntil(own, rule, today);
            Long version = versions.get(id);
            if (version == null) {
                written += em.createNativeQuery("INSERT IGNORE INTO competency_level_snapshot "
                                + "(person_id, rule_key, computed_on, valid_until, levels, version) "
                                + "VALUES (?, ?, ?, ?, ?, 1)")
                        .setParameter(1, id).setParameter(2, key).setParameter(3, today).setParameter(4, until)
                        .setParameter(5, levels).executeUpdate();
            } else {
                written += em.createNativeQuery("UPDATE competency_level_snapshot SET rule_key = ?, computed_on = ?, "
                                + "valid_until = ?, levels = ?, version = version + 1 WHERE person_id = ? "
                                + "AND version = ?")
                        .setParameter(1, key).setParameter(2, today).setParameter(3, until).setParameter(4, levels)
                        .setParameter(5, id).setParameter(6, version).executeUpdate();
            }
        }
        return written;
    }

    private String ruleKey() {
        return LevelSnapshots.ruleKey(settings.standardCode(), settings.levelRule());
    }
}
