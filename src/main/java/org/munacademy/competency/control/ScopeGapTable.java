package org.munacademy.competency.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.munacademy.competency.entity.CurrentLevel;
import org.munacademy.competency.entity.EvidenceItem;
import org.munacademy.competency.entity.LevelRule;
import org.munacademy.competency.entity.Requirement;
import org.munacademy.competency.entity.ScopeGaps;

/**
 * A few scopes' gap tables kept in memory (least recently used out), each with the data stamp it was built at. An
 * entry is used only while the stamp the caller read from the database (one cheap statement: the highest evidence
 * id, the persons', requirements' and positions' counts and versions) is the same, so new evidence or a changed
 * profile is seen on the next call; a changed stamp rebuilds the table with a few set-based queries. This is what
 * makes "who needs what" over 10,000 people cost the same few statements as over ten.
 */
public final class ScopeGapTable {

    /** A person of the scope as the table is built from. */
    public record Member(long id, String name, long municipalityId, Long parentMunicipalityId, String municipality,
            String positionGroupCode, Long positionId) {
    }

    /** A requirement row of the standard's published version: for a position group, or one position of it. */
    public record RequirementRow(String positionGroupCode, Long positionId, Requirement requirement) {
    }

    private record Entry(String stamp, long evidence, ScopeGaps gaps) {
    }

    /** A kept table whose stamp differs only in newer evidence: the table and the highest evidence id it holds. */
    public record Stale(ScopeGaps gaps, long evidence) {
    }

    private final int capacity;
    private final LinkedHashMap<Object, Entry> entries;

    public ScopeGapTable(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** The table of the key if it was built at this stamp. */
    public synchronized Optional<ScopeGaps> get(Object key, String stamp) {
        return get(key, stamp, 0);
    }

    /**
     * The table of the key if it was built at this stamp and highest evidence id ({@code stamp}: everything else the
     * stamp reads).
     */
    public synchronized Optional<ScopeGaps> get(Object key, String stamp, long evidence) {
        Entry e = entries.get(key);
        return e != null && e.stamp().equals(stamp) && e.evidence() == evidence ? Optional.of(e.gaps())
                : Optional.empty();
    }

    /**
     * The table of the key if only evidence was added since it was built (evidence is never changed or removed):
     * then only the persons the new evidence is about need their levels again.
     */
    public synchronized Optional<Stale> staleByEvidence(Object key, String stamp, long evidence) {
        Entry e = entries.get(key);
        return e != null && e.stamp().equals(stamp) && e.evidence() < evidence
                ? Optional.of(new Stale(e.gaps(), e.evidence())) : Optional.empty();
    }

    /** Keeps a table, dropping the least recently used one beyond the capacity. */
    public synchronized void put(Object key, String stamp, ScopeGaps gaps) {
        put(key, stamp, 0, gaps);
    }

    /** Keeps a table built at a stamp and highest evidence id, dropping the least recently used beyond capacity. */
    public synchronized void put(Object key, String stamp, long evidence, ScopeGaps gaps) {
        entries.put(key, new Entry(stamp, evidence, gaps));
        while (entries.size() > capacity) {
            Object eldest = entries.keySet().iterator().next();
            entries.remove(eldest);
        }
    }

    public synchronized int size() {
        return entries.size();
    }

    /**
     * The table with the current levels of some persons worked out again from all their evidence (the rest of each
     * row, and every profile, unchanged); persons the table does not hold are ignored.
     */
    public static ScopeGaps relevel(ScopeGaps gaps, Map<Long, List<EvidenceItem>> evidence, LevelRule rule,
            LocalDate today) {
        Map<Long, ScopeGaps.Person> replaced = new HashMap<>();
        for (ScopeGaps.Person p : gaps.persons()) {
            List<EvidenceItem> own = evidence.get(p.id());
            if (own != null) {
                replaced.put(p.id(), new ScopeGaps.Person(p.id(), p.name(), p.municipalityId(),
                        p.parentMunicipalityId(), p.municipality(), p.profile(), levels(gaps.competencies(),
                                gaps::indexOf, own, rule, today)));
            }
        }
        return gaps.withPersons(replaced);
    }

    private static byte[] levels(List<String> competencies, java.util.function.ToIntFunction<String> index,
            List<EvidenceItem> own, LevelRule rule, LocalDate today) {
        byte[] current = new byte[competencies.size()];
        java.util.Arrays.fill(current, (byte) -1);
        if (!own.isEmpty()) {
            for (Map.Entry<String, CurrentLevel> c : LevelRules.currentLevels(own, rule, today).entrySet()) {
                int i = index.applyAsInt(c.getKey());
                if (i >= 0 && c.getValue().level() != null) {
                    current[i] = (byte) Math.max(0, Math.min(Byte.MAX_VALUE, c.getValue().level()));
                }
            }
        }
        return current;
    }

    /**
     * Builds the table: each person's effective profile (the group's requirements, a position's own rows replacing
     * the group's, as {@link GapCalculator#effectiveRequirements} says; competencies the standard does not have are
     * left out) and current levels by the level rule.
     *
     * @param competencies the standard's competency codes in the framework's order
     * @param evidence     evidence by person id (any order)
     */
    public static ScopeGaps build(String standardCode, List<String> competencies, List<Member> members,
            List<RequirementRow> requirements, Map<Long, List<EvidenceItem>> evidence, LevelRule rule,
            LocalDate today) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < competencies.size(); i++) {
            index.put(competencies.get(i), i);
        }
        Map<String, List<Requirement>> groupRows = new HashMap<>();
        Map<Long, List<Requirement>> positionRows = new HashMap<>();
        for (RequirementRow r : requirements) {
            if (r.positionId() == null) {
                groupRows.computeIfAbsent(r.positionGroupCode(), k -> new ArrayList<>()).add(r.requirement());
            } else {
                positionRows.computeIfAbsent(r.positionId(), k -> new ArrayList<>()).add(r.requirement());
            }
        }
        List<ScopeGaps.Profile> profiles = new ArrayList<>();
        Map<List<Object>, Integer> profileIds = new HashMap<>();
        List<ScopeGaps.Person> persons = new ArrayList<>(members.size());
        for (Member m : members) {
            List<Object> profileKey = java.util.Arrays.asList(m.positionGroupCode(), m.positionId());
            Integer profile = profileIds.get(profileKey);
            if (profile == null) {
                List<Requirement> effective = m.positionGroupCode() == null ? List.of()
                        : GapCalculator.effectiveRequirements(groupRows.getOrDefault(m.positionGroupCode(),
                                List.of()), m.positionId() == null ? List.of()
                                : positionRows.getOrDefault(m.positionId(), List.of()));
                int[] target = new int[competencies.size()];
                int[] weight = new int[competencies.size()];
                for (Requirement r : effective) {
                    Integer i = index.get(r.competencyCode());
                    if (i != null) {
                        target[i] = r.targetLevel();
                        weight[i] = r.weight();
                    }
                }
                profile = profiles.size();
                profiles.add(new ScopeGaps.Profile(target, weight));
                profileIds.put(profileKey, profile);
            }
            byte[] current = levels(competencies, c -> index.getOrDefault(c, -1),
                    evidence.getOrDefault(m.id(), List.of()), rule, today);
            persons.add(new ScopeGaps.Person(m.id(), m.name(), m.municipalityId(),
                    Objects.requireNonNullElse(m.parentMunicipalityId(), -1L), m.municipality(), profile, current));
        }
        return new ScopeGaps(standardCode, competencies, profiles, persons);
    }
}
