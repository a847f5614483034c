package org.munacademy.competency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.munacademy.competency.control.ScopeGapTable;
import org.munacademy.competency.entity.CompetencyError;
import org.munacademy.competency.entity.Evidence;
import org.munacademy.competency.entity.EvidenceItem;
import org.munacademy.competency.entity.EvidenceSource;
import org.munacademy.competency.entity.Framework;
import org.munacademy.competency.entity.LevelRule;
import org.munacademy.competency.entity.Requirement;
import org.munacademy.competency.entity.ScopeGaps;
import org.munacademy.competency.entity.StandardVersion;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.DataScope;
import org.munacademy.identity.entity.Person;
import org.munacademy.identity.entity.Role;
import org.munacademy.organisation.entity.Municipality;
import org.munacademy.organisation.entity.Position;
import org.munacademy.organisation.entity.PositionGroup;
import org.munacademy.shared.entity.NotFoundException;

/**
 * The gaps of everybody in the caller's managing scope (HR officers, administrators) as one compact table
 * ({@link ScopeGaps}), for other contexts' computations over many people — learning's "who needs which programme".
 * <p>
 * Cost: one "data stamp" statement per call; when the stamp is the one the kept table was built at, nothing more.
 * When only evidence was added (its highest id grew, nothing else changed), one more statement reads all evidence of
 * the persons the new evidence is about and only their levels are worked out again. Otherwise the table is rebuilt
 * with a fixed number of set-based statements (the published version, its requirements, the scope's persons, their
 * evidence) whatever the number of persons, and kept among the few most recently used scopes
 * ({@link ScopeGapTable}). The caller audits the personal data it shows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ScopeGapsFacade {

    /** How many scopes' tables are kept. */
    static final int SCOPES_KEPT = 4;

    /**
     * What changes a scope's gaps: evidence (added, or withdrawn by a regrading: a one-row counter), persons (added,
     * moved, given another position), requirements, positions, municipalities and standard versions (counts and
     * version sums catch edits and removals). One statement over small tables and the evidence's primary key.
     */
    static final String STAMP = "select (select coalesce(max(id), 0) from competency_evidence), "
            + "(select coalesce(max(withdrawn), 0) from competency_evidence_withdrawals), "
            + "(select count(*) from person), (select coalesce(max(id), 0) from person), "
            + "(select coalesce(sum(version), 0) from person), "
            + "(select count(*) from competency_requirement), "
            + "(select coalesce(max(id), 0) from competency_requirement), "
            + "(select coalesce(sum(version), 0) from competency_requirement), "
            + "(select count(*) from job_position), (select coalesce(sum(version), 0) from job_position), "
            + "(select count(*) from municipality), (select coalesce(sum(version), 0) from municipality), "
            + "(select count(*) from standard_version), (select coalesce(sum(version), 0) from standard_version)";

    private final ScopeGapTable table = new ScopeGapTable(SCOPES_KEPT);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    DataScope dataScope;

    @Inject
    StandardFacade standards;

    @Inject
    CompetencySettings settings;

    /** The gap table of the caller's managing scope, as of now. */
    public ScopeGaps ofMyScope() {
        currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        LocalDate today = LocalDate.now(clock);
        LevelRule rule = settings.levelRule();
        String standardCode = settings.standardCode();
        List<Object> key = List.of(dataScope.scopeKey(), standardCode, rule, today);
        Object[] values = stamp();
        long evidenceMax = ((Number) values[0]).longValue();
        String stamp = Arrays.toString(Arrays.copyOfRange(values, 1, values.length));
        return table.get(key, stamp, evidenceMax).orElseGet(() -> {
            ScopeGaps gaps = table.staleByEvidence(key, stamp, evidenceMax)
                    .map(stale -> ScopeGapTable.relevel(stale.gaps(), evidenceOfPersonsWithNewer(standardCode,
                            stale.evidence()), rule, today))
                    .orElseGet(() -> build(standardCode, rule, today));
            table.put(key, stamp, evidenceMax, gaps);
            return gaps;
        });
    }

    private Object[] stamp() {
        return (Object[]) em.createNativeQuery(STAMP).getSingleResult();
    }

    private ScopeGaps build(String standardCode, LevelRule rule, LocalDate today) {
        StandardVersion version = standards.publishedVersion(standardCode)
                .orElseThrow(() -> new NotFoundException(CompetencyError.NO_PUBLISHED_STANDARD, standardCode));
        Framework framework = version.toFramework();
        List<String> competencies = new ArrayList<>();
        framework.areas().forEach(a -> a.competencies().forEach(c -> competencies.add(c.code())));
        return ScopeGapTable.build(standardCode, competencies, members(), requirements(version),
                evidence(standardCode), rule, today);
    }

    private List<ScopeGapTable.RequirementRow> requirements(StandardVersion version) {
        return em.createQuery("select pg.code, pos.id, r.competencyCode, r.minLevel, r.targetLevel, r.weight "
                + "from ProfileRequirement r join r.positionGroup pg left join r.position pos "
                + "where r.standardVersion = :v", Object[].class).setParameter("v", version).getResultStream()
                .map(r -> new ScopeGapTable.RequirementRow((String) r[0], (Long) r[1],
                        new Requirement((String) r[2], (Integer) r[3], (Integer) r[4], (Integer) r[5])))
                .toList();
    }

    private List<ScopeGapTable.Member> members() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<Person> p = q.from(Person.class);
        Join<Person, Municipality> m = p.join("municipality");
        Join<Municipality, Municipality> parent = m.join("parent", JoinType.LEFT);
        Join<Person, Position> pos = p.join("position", JoinType.LEFT);
        Join<Position, PositionGroup> group = pos.join("group", JoinType.LEFT);
        q.multiselect(p.get("id"), p.get("lastName"), p.get("firstName"), p.get("middleName"), m.get("id"),
                parent.get("id"), m.get("name"), group.get("code"), pos.get("id"))
                .where(dataScope.personIn(cb, q, p.get("id")));
        return em.createQuery(q).getResultStream().map(r -> new ScopeGapTable.Member((Long) r[0],
                Person.fullName((String) r[1], (String) r[2], (String) r[3]), (Long) r[4], (Long) r[5],
                (String) r[6], (String) r[7], (Long) r[8])).toList();
    }

    private Map<Long, List<EvidenceItem>> evidence(String standardCode) {
        return evidence(standardCode, null);
    }

    /**
     * All evidence of the persons of the scope about whom evidence newer than {@code after} (an id) was recorded: the
     * few whose levels change, in one statement.
     */
    private Map<Long, List<EvidenceItem>> evidenceOfPersonsWithNewer(String standardCode, long after) {
        return evidence(standardCode, after);
    }

    private Map<Long, List<EvidenceItem>> evidence(String standardCode, Long newerThan) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<Evidence> e = q.from(Evidence.class);
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(e.get("standardCode"), standardCode));
        where.add(dataScope.personIn(cb, q, e.get("personId")));
        if (newerThan != null) {
            Subquery<Long> touched = q.subquery(Long.class);
            Root<Evidence> n = touched.from(Evidence.class);
            touched.select(n.get("personId")).where(cb.gt(n.get("id"), newerThan));
            where.add(e.get("personId").in(touched));
        }
        q.multiselect(e.get("id"), e.get("personId"), e.get("competencyCode"), e.get("level"), e.get("source"),
                e.get("observedOn"), e.get("expiresOn")).where(where.toArray(Predicate[]::new));
        Map<Long, List<EvidenceItem>> out = new HashMap<>();
        for (Object[] r : em.createQuery(q).getResultList()) {
            out.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(new EvidenceItem((Long) r[0],
                    (String) r[2], (Integer) r[3], (EvidenceSource) r[4], (LocalDate) r[5], (LocalDate) r[6], null));
        }
        return out;
    }
}
