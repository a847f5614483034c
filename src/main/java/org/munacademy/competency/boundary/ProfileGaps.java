package org.munacademy.competency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.munacademy.competency.control.GapCalculator;
import org.munacademy.competency.control.LevelRules;
import org.munacademy.competency.entity.CompetencyError;
import org.munacademy.competency.entity.EvidenceItem;
import org.munacademy.competency.entity.EvidenceSource;
import org.munacademy.competency.entity.Framework;
import org.munacademy.competency.entity.GapReport;
import org.munacademy.competency.entity.ProfileRequirement;
import org.munacademy.competency.entity.Requirement;
import org.munacademy.competency.entity.StandardVersion;
import org.munacademy.shared.boundary.TrustsItsCaller;
import org.munacademy.shared.entity.NotFoundException;

/**
 * Gaps of persons against a TARGET profile (a position group, optionally one position in it), not the profile of
 * their own position: what the reserve computes readiness and vacancy shortlists from. Many persons at once in a
 * fixed number of queries (the published version, the target's requirements, the evidence of all persons), whatever
 * their number. It trusts its caller: the reserve's boundaries decide who may see whom (their scope includes
 * commission members, which competency's own scope does not know) and audit the read; the reserve's recomputation
 * on new evidence runs as the system. People reach the same figures through {@link EvidenceFacade#gapsAgainst}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
@TrustsItsCaller("the reserve's boundaries, which scope and audit the read (readiness, shortlists)")
public class ProfileGaps {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    StandardFacade standards;

    @Inject
    CompetencySettings settings;

    @Inject
    LevelSnapshotStore snapshots;

    /**
     * The gap report of each person against the target profile, by person id (a person without evidence gets a
     * report too: every requirement UNKNOWN). Person names are left empty (the caller has them).
     */
    public Map<Long, GapReport> against(Collection<Long> personIds, long groupId, Long positionId) {
        return against(personIds, groupId, positionId, LocalDate.now(clock));
    }

    /**
     * The same as of a given day (the reserve's daily job computes for the day it runs for): evidence expired or
     * not yet observed on {@code today} does not count.
     */
    public Map<Long, GapReport> against(Collection<Long> personIds, long groupId, Long positionId, LocalDate today) {
        return against(target(groupId, positionId), personIds, today);
    }

    /**
     * A target profile read once (the published version, its framework and the target's effective requirements), for
     * callers that compute many batches of persons against it.
     */
    public static final class Target {
        private final Framework framework;
        private final int versionNumber;
        private final List<Requirement> requirements;
        private final List<String> codes;
        private final String groupCode;

        private Target(Framework framework, int versionNumber, List<Requirement> requirements, String groupCode) {
            this.framework = framework;
            this.versionNumber = versionNumber;
            this.requirements = requirements;
            this.codes = requirements.stream().map(Requirement::competencyCode).distinct().toList();
            this.groupCode = groupCode;
        }
    }

    /** The target profile of a position group, optionally one position in it (a fixed few statements). */
    public Target target(long groupId, Long positionId) {
        StandardVersion version = standards.publishedVersion(settings.standardCode())
                .orElseThrow(() -> new NotFoundException(CompetencyError.NO_PUBLISHED_STANDARD,
                        settings.standardCode()));
        return new Target(version.toFramework(), version.getNumber(), requirements(version, groupId, positionId),
                groupCode(groupId));
    }

    /** The gap reports of the persons against a target read before, as of {@code today} (one statement). */
    public Map<Long, GapReport> against(Target target, Collection<Long> personIds, LocalDate today) {
        Map<Long, List<EvidenceItem>> evidence = evidenceOf(personIds, target.codes);
        Map<Long, GapReport> out = new LinkedHashMap<>();
        for (Long id : personIds) {
            List<EvidenceItem> own = evidence.getOrDefault(id, List.of());
            out.put(id, GapCalculator.report(id, null, target.groupCode, target.framework.standardCode(),
                    target.versionNumber, target.requirements, target.framework,
                    LevelRules.currentLevels(own, settings.levelRule(), today),
                    LevelRules.selfAssessments(own, today)));
        }
        return out;
    }

    /**
     * For each person, a number the fit of their gap report against the target cannot exceed, as of {@code today}.
     * A person with a level snapshot that holds today ({@link LevelSnapshotStore}) gets the fit itself, from one row;
     * the others a bound read from the evidence index alone: the fit with every required competency at the highest
     * level of its usable evidence (not expired, not dated after today, not a self-assessment). Every level rule gives
     * a level no higher than that (the latest, the highest in a window and a weighted mean all lie within the usable
     * levels), so the bound holds whatever the rule; the fit is rounded to three decimals, the bound is not. A person
     * without usable evidence gets 0 (a target without requirements fits everyone fully: 1). Two statements.
     */
    public Map<Long, Double> fitBounds(Target target, Collection<Long> personIds, LocalDate today) {
        return fitBounds(target, personIds, today, null);
    }

    /** Builds, inside a query, the subquery of the ids of the persons a caller asks about (its place and scope). */
    @FunctionalInterface
    public interface PersonIds {
        Subquery<Long> in(CriteriaBuilder cb, CriteriaQuery<?> query);
    }

    /**
     * {@link #fitBounds(Target, Collection, LocalDate)}, the snapshots read for the persons {@code among} selects
     * (a superset of {@code personIds}, e.g. everyone employed in a region) rather than for a list of ids: for
     * thousands of persons the database's join is cheaper than a list it has to parse. Null: by the list.
     */
    public Map<Long, Double> fitBounds(Target target, Collection<Long> personIds, LocalDate today, PersonIds among) {
        Map<Long, Double> out = new HashMap<>();
        if (target.requirements.isEmpty()) {
            personIds.forEach(id -> out.put(id, 1.0));
            return out;
        }
        if (personIds.isEmpty()) {
            return out;
        }
        Map<String, Requirement> byCode = new HashMap<>();
        target.requirements.forEach(r -> byCode.put(r.competencyCode(), r));
        double weights = target.requirements.stream().mapToInt(Requirement::weight).sum();
        Set<Long> wanted = among == null ? null : new HashSet<>(personIds);
        Map<Long, Map<String, Integer>> current = among == null ? snapshots.current(personIds, today)
                : snapshots.current(among, today);
        current.forEach((id, levels) -> {
            if (wanted != null && !wanted.contains(id)) {
                return;
            }
            double attained = 0;
            for (Requirement r : target.requirements) {
                Integer level = levels.get(r.competencyCode());
                attained += level == null ? 0 : r.weight() * (double) Math.min(level, r.targetLevel())
                        / r.targetLevel();
            }
            out.put(id, attained / weights);
        });
        List<Long> rest = personIds.stream().filter(id -> !out.containsKey(id)).toList();
        if (rest.isEmpty()) {
            return out;
        }
        List<EvidenceSource> counting = Arrays.stream(EvidenceSource.values()).filter(EvidenceSource::countsAsLevel)
                .toList();
        Map<Long, Double> bounds = new HashMap<>();
        em.createQuery("select e.personId, e.competencyCode, max(e.level) from Evidence e where e.personId in :ids "
                        + "and e.standardCode = :s and e.competencyCode in :c and e.observedOn <= :t "
                        + "and (e.expiresOn is null or e.expiresOn >= :t) and e.source in :src "
                        + "group by e.personId, e.competencyCode", Object[].class)
                .setParameter("ids", rest).setParameter("s", settings.standardCode())
                .setParameter("c", target.codes).setParameter("t", today).setParameter("src", counting)
                .getResultList()
                .forEach(r -> {
                    Requirement req = byCode.get((String) r[1]);
                    int level = ((Number) r[2]).intValue();
                    double attained = req.weight() * (double) Math.min(level, req.targetLevel()) / req.targetLevel();
                    bounds.merge((Long) r[0], attained / weights, Double::sum);
                });
        rest.forEach(id -> out.put(id, bounds.getOrDefault(id, 0.0)));
        return out;
    }

    /** One person's gap report against the target profile. */
    public GapReport against(long personId, long groupId, Long positionId) {
        return against(List.of(personId), groupId, positionId).get(personId);
    }

    /** The requirements of the target: the group's rows, with the position's own rows replacing them. */
    private List<Requirement> requirements(StandardVersion version, long groupId, Long positionId) {
        List<ProfileRequirement> rows = em.createQuery("select r from ProfileRequirement r left join fetch r.position "
                        + "where r.standardVersion = :v and r.positionGroup.id = :g", ProfileRequirement.class)
                .setParameter("v", version).setParameter("g", groupId).getResultList();
        List<Requirement> group = rows.stream().filter(r -> r.getPosition() == null)
                .map(ProfileRequirement::toRequirement).toList();
        List<Requirement> position = positionId == null ? List.of() : rows.stream()
                .filter(r -> r.getPosition() != null && positionId.equals(r.getPosition().getId()))
                .map(ProfileRequirement::toRequirement).toList();
        return GapCalculator.effectiveRequirements(group, position);
    }

    private String groupCode(long groupId) {
        return em.createQuery("select g.code from PositionGroup g where g.id = :g", String.class)
                .setParameter("g", groupId).getResultStream().findFirst().orElse(null);
    }

    /**
     * The evidence of the persons about the required competencies only (the report looks at nothing else), read as
     * values rather than entities: a shortlist reads the evidence of thousands of persons at once, and building,
     * tracking and discarding an entity per row was most of its cost. Every column read is in the index
     * {@code ix_evidence_levels} (the reference, which no level needs, is left out), so the database answers from the
     * index alone.
     */
    private Map<Long, List<EvidenceItem>> evidenceOf(Collection<Long> personIds, List<String> competencyCodes) {
        if (personIds.isEmpty() || competencyCodes.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<EvidenceItem>> out = new HashMap<>();
        em.createQuery("select e.personId, e.id, e.competencyCode, e.level, e.source, e.observedOn, e.expiresOn "
                        + "from Evidence e where e.personId in :ids and e.standardCode = :s "
                        + "and e.competencyCode in :c", Object[].class)
                .setParameter("ids", List.copyOf(personIds)).setParameter("s", settings.standardCode())
                .setParameter("c", competencyCodes)
                .getResultList()
                .forEach(r -> out.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new EvidenceItem(
                        (Long) r[1], (String) r[2], ((Number) r[3]).intValue(), (EvidenceSource) r[4],
                        (LocalDate) r[5], (LocalDate) r[6], null)));
        return out;
    }
}
